@testable import CognitoAuth
import CognitoAuthTesting
import Foundation
import Testing

/// `JSONTextScanner` stands in for JSONDecoder on plain JSON; whatever it
/// reads must be what JSONDecoder reads, and what it declines JSONDecoder reads.
@Suite struct JSONTextScannerTests {
    static func decoded(_ text: String) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    static func scanned(_ text: String) -> JSONValue? {
        JSONTextScanner.value(of: Data(text.utf8))
    }

    @Test(arguments: [
        #"{"user_pool_id": "eu-west-1_AbC123", "user_pool_client_id": "abc", "endpoint_url": "http://127.0.0.1:9/"}"#,
        #"{"a": [1, -2, 0, -0, 9223372036854775807, -9223372036854775808], "b": {"c": null, "d": true, "e": false}}"#,
        #"  [ ]  "#, #"{}"#, #""just a string""#, "42", "null", "true",
        #"{"escapes": "\" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 é 山"}"#,
        #"{"password_policy": {"minimum_length": 12, "require_symbols": true}, "attributes": ["email", "phone_number"]}"#,
    ])
    func plainJSONIsReadAsJSONDecoderReadsIt(_ text: String) throws {
        let scanned = try #require(Self.scanned(text))
        #expect(scanned == Self.decoded(text))
    }

    @Test(arguments: [
        "1.5", "1e3", "-1.0E+2", "9223372036854775808", "-9223372036854775809", #"{"a": 1, "a": 2}"#, "01", "-", "+1",
        "\u{FEFF}{}", "", "   ", "{", #"{"a" 1}"#, #"{"a": 1,}"#, "[1,]", #""\x""#, #""\ud800""#, #""\udc00""#, "tru", "nul",
        "[1] [2]", "\"a\u{01}b\"", String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func everythingElseIsLeftToJSONDecoder(_ text: String) {
        #expect(Self.scanned(text) == nil)
    }

    @Test func invalidUTF8IsLeftToJSONDecoder() {
        #expect(JSONTextScanner.value(of: Data([0x22, 0xC3, 0x28, 0x22])) == nil)
    }

    /// Random documents of every kind of value, plain and not: whenever the
    /// scanner reads one, JSONDecoder reads the same.
    @Test func generatedDocumentsAgreeWithJSONDecoder() {
        var random = SplitMix64(seed: 0x15C4)
        let strings = ["", "a", "é", "日本", "\\n", "\\u0041", "\\ud83d\\ude00", "\\\"", "tab\\t", "key"]
        let numbers = ["0", "-0", "7", "-13", "1.5", "2e3", "1E-2", "123456789012345678901", "-9", "10"]
        func value(_ depth: Int) -> String {
            switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &random) {
            case 0: return "\"\(strings.randomElement(using: &random)!)\""
            case 1: return numbers.randomElement(using: &random)!
            case 2: return ["true", "false", "null"].randomElement(using: &random)!
            case 3, 4: return " \(numbers.randomElement(using: &random)!) "
            case 5: return "[" + (0..<Int.random(in: 0..<4, using: &random)).map { _ in value(depth + 1) }.joined(separator: ", ") + "]"
            default:
                let keys = (0..<Int.random(in: 0..<4, using: &random)).map { _ in strings.randomElement(using: &random)! }
                return "{" + keys.map { "\"\($0)\": \(value(depth + 1))" }.joined(separator: ",\n ") + "}"
            }
        }
        var read = 0
        for _ in 0..<2000 {
            let text = value(0)
            guard let scanned = Self.scanned(text) else { continue }
            read += 1
            #expect(scanned == Self.decoded(text), "\(text)")
        }
        #expect(read > 400, "only \(read) read")
    }
}
