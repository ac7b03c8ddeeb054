import Foundation
import Onboarding

/// A strings file as an operator may supply it (`COGNITO_ONBOARD_RESOURCES`):
/// `StringTableReader` never crashes, and a table it reads is the one
/// JSONDecoder reads from the same bytes, key for key and byte for byte
/// (a Dictionary keeps no order, so there is none to compare). Declining is
/// always allowed: JSONDecoder then reads the file.
public enum StringTableCheck {
    public static let check: FuzzCheck = { input in
        let data = Data(input)
        guard let table = StringTableReader.read(data) else { return [] }
        guard let decoded = try? JSONDecoder().decode([String: String].self, from: data) else {
            return ["read a table of \(table.count) keys that JSONDecoder refuses"]
        }
        var problems: Violations = []
        // String's == is canonical equivalence: compare the UTF-8 itself.
        if bytes(of: table) != bytes(of: decoded) {
            problems.append("a table unlike JSONDecoder's: \(table.count) keys against \(decoded.count); first difference at \(firstDifference(table, decoded))")
        }
        if StringTableReader.read(data).map(bytes(of:)) != bytes(of: table) { problems.append("the same bytes read differently") }
        return problems
    }

    /// The table as sorted pairs of UTF-8 bytes.
    static func bytes(of table: [String: String]) -> [[UInt8]] {
        table.map { Array($0.key.utf8) + [0xFF] + Array($0.value.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    static func firstDifference(_ ours: [String: String], _ theirs: [String: String]) -> String {
        for (key, value) in ours.sorted(by: { $0.key < $1.key }) {
            guard let other = theirs.first(where: { Array($0.key.utf8) == Array(key.utf8) }) else { return "key \(hex(key)) only here" }
            if Array(other.value.utf8) != Array(value.utf8) { return "key \(hex(key)): \(hex(value)) against \(hex(other.value))" }
        }
        return "a key only in JSONDecoder's table"
    }

    static func hex(_ text: String) -> String { text.utf8.map { String($0, radix: 16) }.joined(separator: " ") }
}
