import CognitoAuth
import FoundationEssentials

/// Reads a strings file (one JSON object whose values are all strings) with
/// `JSONTextScanner`, without JSONDecoder, which took about a tenth of the
/// time to the first frame for en.json alone.
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
            guard JSONTextScanner.valid(bytes) else { return nil }
            var scanner = JSONTextScanner(validUTF8: bytes)
            // Sized for the file's lines (a key a line, as the files are
            // written): growing the table as it filled cost a sixth of the read.
            var table = [String: String](minimumCapacity: bytes.count(where: { $0 == 0x0A }))
            guard scanner.take("{") else { return nil }
            if !scanner.take("}") {
                repeat {
                    guard let key = scanner.string(), scanner.take(":"), let value = scanner.string(),
                          table.updateValue(value, forKey: key) == nil else { return nil }
                } while scanner.take(",")
                guard scanner.take("}") else { return nil }
            }
            return scanner.atEnd() ? table : nil
        }
    }
}
