extension StringProtocol {
    /// `%XX` escapes turned back into bytes, or nil when an escape is cut
    /// short, not hex, or the result is not UTF-8: what Foundation's
    /// `removingPercentEncoding` does, which FoundationEssentials lacks.
    public func removingPercentEscapes() -> String? {
        var bytes: [UInt8] = []
        var input = utf8.makeIterator()
        while let byte = input.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = input.next().flatMap(Hex.value), let low = input.next().flatMap(Hex.value) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
