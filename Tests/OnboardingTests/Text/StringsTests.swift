import Foundation
import Testing
@testable import Onboarding

/// Every key the code names exists in en.json, and no screen text is a literal.
@Suite struct StringsTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    @Test func everyKeyInTheCodeExists() throws {
        let strings = Strings.load(language: "en")
        let pattern = try NSRegularExpression(pattern: #"(?:strings|k)\((?:\.[a-zA-Z]+, )?"([a-zA-Z.]+)""#)
        var keys: Set<String> = []
        for folder in ["Onboarding", "TerminalUI", "PlainUI", "cognito-onboard"] {
            let enumerator = FileManager.default.enumerator(atPath: Self.sources.appendingPathComponent(folder).path)!
            while let file = enumerator.nextObject() as? String {
                guard file.hasSuffix(".swift") else { continue }
                let text = try String(contentsOf: Self.sources.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8)
                for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    keys.insert(String(text[Range(m.range(at: 1), in: text)!]))
                }
            }
        }
        #expect(keys.count > 30)
        for key in keys.sorted() { #expect(strings.has(key), "\(key) is missing from Resources/strings/en.json") }
    }

    @Test func placeholdersAndFallback() {
        let s = Strings(table: ["a": "Hello {name}"], fallback: ["b": "fallback"])
        #expect(s("a", ["name": "Ada"]) == "Hello Ada")
        #expect(s("b") == "fallback")
        #expect(s("missing.key") == "missing.key")
        #expect(Strings.load(language: "xx-YY")("signin.title") == "Sign in")
        #expect(Strings.load(language: "de")("signin.title") != "Sign in")
        #expect(Strings.load(language: "de").language == "de")
    }
}
