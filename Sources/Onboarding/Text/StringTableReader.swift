import CognitoAuth
import FoundationEssentials

/// Reads a strings file (one JSON object whose values are all strings) without
/// JSONDecoder, which took about a tenth of the time to the first frame for
/// en.json alone: its generic decoding machinery costs far more than the text.
///
/// Only that one shape is read; anything else (another kind of value, a
/// duplicate key, a byte-order mark, invalid UTF-8 or escapes, trailing text)
/// gives nil, and the caller asks JSONDecoder, whose answer then stands. So a
/// table read here is the one JSONDecoder would have read. Package access:
/// the files may come from an operator, so the fuzz target `StringTable`
/// (Sources/Fuzz) holds it to that promise.
package enum StringTableReader {
    package static func read(_ data: Data) -> [String: String]? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            // UTF-8 checked once for the whole file: every string is then a run
            // of it cut at ASCII quotes, so valid too, and made without checking.
            guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
            var scanner = Scanner(bytes: bytes)
            return scanner.table()
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func table() -> [String: String]? {
            var table: [String: String] = [:]
            guard take("{") else { return nil }
            if !take("}") {
                repeat {
                    guard let key = string(), take(":"), let value = string(),
                          table.updateValue(value, forKey: key) == nil else { return nil }
                } while take(",")
                guard take("}") else { return nil }
            }
            skipSpace()
            return index == bytes.count ? table : nil
        }

        /// Skips white space, then takes `byte` if it comes next.
        mutating func take(_ byte: Unicode.Scalar) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: byte) else { return false }
            index += 1
            return true
        }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        mutating func string() -> String? {
            guard take("\"") else { return nil }
            // Most strings hold no escape: they are made from the text in place.
            let start = index
            while index < bytes.count, bytes[index] != Self.quote, bytes[index] != Self.backslash, bytes[index] >= 0x20 {
                index += 1
            }
            guard index < bytes.count else { return nil }
            if bytes[index] == Self.quote {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
            }
            var utf8 = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case Self.quote: return String(decoding: utf8, as: UTF8.self)
                case Self.backslash: guard unescape(into: &utf8) else { return nil }
                case 0..<0x20: return nil
                default: utf8.append(byte)
                }
            }
            return nil
        }

        /// One escape after its backslash, as UTF-8.
        mutating func unescape(into utf8: inout [UInt8]) -> Bool {
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            index += 1
            switch byte {
            case Self.quote, Self.backslash, UInt8(ascii: "/"): utf8.append(byte)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
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
                UTF8.encode(scalar) { utf8.append($0) }
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
}
