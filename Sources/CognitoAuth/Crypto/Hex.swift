/// Lowercase hexadecimal, the way Cognito's SRP parameters are written.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes hex digits (either case); an odd count reads as if led by a 0.
    /// Returns nil for anything that is not a hex digit.
    public static func decode(_ text: String) -> [UInt8]? {
        var nibbles = [UInt8]()
        nibbles.reserveCapacity(text.utf8.count + 1)
        if text.utf8.count % 2 == 1 { nibbles.append(0) }
        for c in text.utf8 {
            guard let nibble = value(of: c) else { return nil }
            nibbles.append(nibble)
        }
        return stride(from: 0, to: nibbles.count, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] }
    }

    /// The value of one hex digit (either case), nil for any other byte; also
    /// for `%XX` and the `\uXXXX` escapes of the JSON readers.
    public static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
