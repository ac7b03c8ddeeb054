import Foundation
import Testing
@testable import Onboarding

/// Every language file in `Sources/Onboarding/Resources/strings` says what
/// en.json says: the same keys in the same order, the same `{placeholders}`,
/// nothing left empty, the same number of help lines. A missing key would show
/// English in the middle of a translated screen, a missing placeholder would
/// drop a code's destination or a countdown, an extra one would show braces.
/// The files are read from the source folder (not the built resources), so a
/// new language is checked as soon as its file exists.
@Suite struct TranslationsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Onboarding/Resources/strings")

    /// The language tags present, English included (`de`, `pt-BR`, `zh-Hans`).
    static let languages: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }.sorted()
    }()

    /// One language file: its strings, and its keys in the order they are written
    /// (JSON objects have no order, so the order and any repeated key come from the text).
    struct LanguageFile {
        var table: [String: String]
        var orderedKeys: [String]
    }

    static func load(_ language: String) throws -> LanguageFile {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(language).json"))
        let object = try JSONSerialization.jsonObject(with: data)
        let table = try #require(object as? [String: String], "\(language).json is not a JSON object of strings")
        let text = String(decoding: data, as: UTF8.self)
        let keyPattern = try NSRegularExpression(pattern: #"^\s*"([^"\\]+)"\s*:"#, options: .anchorsMatchLines)
        let orderedKeys = keyPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
        return LanguageFile(table: table, orderedKeys: orderedKeys)
    }

    static func placeholders(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"\{[A-Za-z_]+\}"#)
        return Set(pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range, in: text)!])
        })
    }

    @Test func theTenLanguagesArePresent() {
        for tag in ["en", "de", "es", "fr", "it", "nl", "pt-BR", "ja", "ko", "zh-Hans"] {
            #expect(Self.languages.contains(tag), "strings/\(tag).json is missing")
        }
    }

    @Test(arguments: TranslationsTests.languages) func sameKeysInTheSameOrder(language: String) throws {
        let english = try Self.load("en")
        let file = try Self.load(language)
        let missing = Set(english.table.keys).subtracting(file.table.keys).sorted()
        let extra = Set(file.table.keys).subtracting(english.table.keys).sorted()
        #expect(missing.isEmpty, "\(language).json lacks \(missing)")
        #expect(extra.isEmpty, "\(language).json has keys English does not: \(extra)")
        #expect(file.orderedKeys == english.orderedKeys, "\(language).json: keys repeated or not in en.json's order")
    }

    @Test(arguments: TranslationsTests.languages) func samePlaceholdersAndNothingEmpty(language: String) throws {
        let english = try Self.load("en")
        let file = try Self.load(language)
        for (key, source) in english.table {
            guard let translated = file.table[key] else { continue }
            #expect(Self.placeholders(translated) == Self.placeholders(source),
                    "\(language).json \(key): placeholders \(Self.placeholders(translated).sorted()) instead of \(Self.placeholders(source).sorted())")
            if !source.isEmpty {
                #expect(!translated.trimmingCharacters(in: .whitespaces).isEmpty, "\(language).json \(key) is empty")
            }
        }
    }

    @Test(arguments: TranslationsTests.languages) func helpHasTheSameLines(language: String) throws {
        let english = try Self.load("en")
        let file = try Self.load(language)
        let count = { (text: String?) in text?.split(separator: "\n", omittingEmptySubsequences: false).count ?? 0 }
        #expect(count(file.table["help.lines"]) == count(english.table["help.lines"]), "\(language).json help.lines")
    }

    /// Key hints share one footer line and each password rule is one checklist
    /// line beside a mark, down to a 40-column terminal: both must stay short
    /// (CJK characters count two columns).
    @Test(arguments: TranslationsTests.languages) func keyHintsAndRulesStayShort(language: String) throws {
        let file = try Self.load(language)
        for (key, text) in file.table {
            if key.hasPrefix("key.") {
                #expect(DisplayWidth.of(text) <= 20, "\(language).json \(key) is \(DisplayWidth.of(text)) columns")
            }
            if key.hasPrefix("rule.") {
                #expect(DisplayWidth.of(text) <= 36, "\(language).json \(key) is \(DisplayWidth.of(text)) columns")
            }
        }
    }
}
