
/// Reads a fuzzer's bytes as a sequence of choices: small numbers and
/// strings, ending quietly when the bytes run out.
struct FuzzBytes {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index >= bytes.count }

    mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    /// Up to `limit` bytes as UTF-8 (invalid sequences become U+FFFD, as a
    /// terminal's decoder would give them).
    mutating func text(limit: Int) -> String {
        let count = min(Int(byte()) % (limit + 1), bytes.count - index)
        guard count > 0 else { return "" }
        defer { index += count }
        return String(decoding: bytes[index..<(index + count)], as: UTF8.self)
    }

    /// One Unicode scalar, biased towards the troublesome ones: controls,
    /// bidi and invisible formatting characters, combining marks, wide
    /// characters, emoji parts and variation selectors.
    mutating func scalar() -> Unicode.Scalar {
        let interesting: [UInt32] = [
            0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, 0xAD, 0x301, 0x34F, 0x61C, 0x094D, 0x180E, 0x200B,
            0x200C, 0x200D, 0x200E, 0x2028, 0x202E, 0x2060, 0x2066, 0x3164, 0x5C71, 0xFE0F, 0xFEFF, 0xFFF9, 0x1F3F4,
            0x1F469, 0x1F4BB, 0x1F3FB, 0xE0067, 0xE007F, 0xE0100, 0x5B, 0x5D, 0x20,
        ]
        let choice = byte()
        if choice < 128 {
            return Unicode.Scalar(interesting[Int(choice) % interesting.count])!
        }
        let value = UInt32(byte()) << 16 | UInt32(byte()) << 8 | UInt32(byte())
        return Unicode.Scalar(value % 0x110000) ?? "?"
    }
}
