import FoundationEssentials

/// Reads JSON text without JSONDecoder, whose generic decoding machinery
/// costs far more than the text: the config file through it was an eighth of
/// the instructions before the first frame, the strings file a tenth.
///
/// Only the plain forms are read: objects without a repeated key, arrays,
/// strings, `true`, `false`, `null` and whole numbers that fit an Int, nested
/// at most `maximumDepth` deep, in valid UTF-8 without a byte-order mark.
/// Anything else (a fraction or an exponent, a repeated key, invalid text)
/// gives nil, and the caller asks JSONDecoder, whose answer then stands; so a
/// value read here is the one JSONDecoder would have read (the fuzz targets
/// `PoolConfig` and `StringTable` and `JSONTextScannerTests` hold it to that).
package struct JSONTextScanner {
    static let maximumDepth = 64

    let bytes: UnsafeBufferPointer<UInt8>
    /// The cursor: a reader may step back to read a value twice (once to
    /// count its bytes, once to copy them: `JSONSecretReader`).
    package var index = 0

    static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    /// Scans `bytes`, which must be valid UTF-8 (see `valid(_:)`): every
    /// string is then a run of it cut at ASCII bytes, valid too.
    package init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Whether `bytes` is UTF-8 (checked once for a whole document).
    package static func valid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// The JSON value of a whole document, or nil (see the type's note).
    package static func value(of data: Data) -> JSONValue? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard valid(bytes) else { return nil }
            var scanner = JSONTextScanner(validUTF8: bytes)
            guard let value = scanner.value(depth: 0) else { return nil }
            return scanner.atEnd() ? value : nil
        }
    }

    /// Whether only white space is left.
    package mutating func atEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }

    mutating func value(depth: Int) -> JSONValue? {
        skipSpace()
        guard index < bytes.count, depth < Self.maximumDepth else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case Self.quote: return string().map(JSONValue.string)
        case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return word("null") ? .null : nil
        default: return integer().map(JSONValue.integer)
        }
    }

    mutating func object(depth: Int) -> JSONValue? {
        guard take("{") else { return nil }
        var members: [String: JSONValue] = [:]
        if take("}") { return .object(members) }
        repeat {
            guard let key = string(), take(":"), let value = value(depth: depth + 1),
                  members.updateValue(value, forKey: key) == nil else { return nil }
        } while take(",")
        return take("}") ? .object(members) : nil
    }

    mutating func array(depth: Int) -> JSONValue? {
        guard take("[") else { return nil }
        var elements: [JSONValue] = []
        if take("]") { return .array(elements) }
        repeat {
            guard let value = value(depth: depth + 1) else { return nil }
            elements.append(value)
        } while take(",")
        return take("]") ? .array(elements) : nil
    }

    /// `-?(0|[1-9][0-9]*)` that fits an Int, not followed by a fraction or an
    /// exponent (those are JSONDecoder's to read).
    mutating func integer() -> Int? {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digits = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > digits, bytes[digits] != UInt8(ascii: "0") || index == digits + 1 else { return nil }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { return nil }
        return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    mutating func word(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { return false }
        index += count
        return true
    }

    /// Skips white space, then takes `byte` if it comes next.
    package mutating func take(_ byte: Unicode.Scalar) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: byte) else { return false }
        index += 1
        return true
    }

    package mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    /// A string, after white space: its quotes taken, its escapes decoded.
    package mutating func string() -> String? {
        skipSpace()
        guard index < bytes.count, bytes[index] == Self.quote else { return nil }
        // Most strings hold no escape: they are made from the text in place.
        var end = index + 1
        while end < bytes.count, bytes[end] != Self.quote, bytes[end] != Self.backslash, bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == Self.quote {
            defer { index = end + 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
        }
        var utf8: [UInt8] = []
        return unescape { utf8.append($0) } ? String(decoding: utf8, as: UTF8.self) : nil
    }

    /// The string whose opening quote is at the cursor, each byte of its
    /// UTF-8 handed to `emit` as its escapes are decoded; the cursor ends
    /// after the closing quote. False for no string or a broken one (an
    /// unknown escape, a lone surrogate, a raw control character, no end).
    package mutating func unescape(emit: (UInt8) -> Void) -> Bool {
        guard index < bytes.count, bytes[index] == Self.quote else { return false }
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case Self.quote: return true
            case Self.backslash: guard escape(emit: emit) else { return false }
            case 0..<0x20: return false
            default: emit(byte)
            }
        }
        return false
    }

    /// One escape after its backslash, as UTF-8.
    mutating func escape(emit: (UInt8) -> Void) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        index += 1
        switch byte {
        case Self.quote, Self.backslash, UInt8(ascii: "/"): emit(byte)
        case UInt8(ascii: "b"): emit(0x08)
        case UInt8(ascii: "f"): emit(0x0C)
        case UInt8(ascii: "n"): emit(0x0A)
        case UInt8(ascii: "r"): emit(0x0D)
        case UInt8(ascii: "t"): emit(0x09)
        case UInt8(ascii: "u"):
            guard var value = hex4() else { return false }
            if (0xD800..<0xDC00).contains(value) {
                // A high surrogate: its low half must follow as \uXXXX.
                guard index + 1 < bytes.count, bytes[index] == Self.backslash, bytes[index + 1] == UInt8(ascii: "u") else { return false }
                index += 2
                guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return false }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { return false }
            UTF8.encode(scalar) { emit($0) }
        default: return false
        }
        return true
    }

    mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            guard let digit = Hex.value(of: byte) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
