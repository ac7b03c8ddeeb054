import FoundationEssentials

/// Every user-facing text, from strings/<language>.json among Onboarding's
/// resources (see `ResourceFiles`). Code names
/// keys; the words live in data so a deployment can translate or reword them.
public struct Strings: Sendable {
    private let table: [String: String]
    private let fallback: [String: String]
    /// The language tag these strings are in (`en`, `de`, `pt-BR`, ...).
    public let language: String

    public init(table: [String: String], fallback: [String: String] = [:], language: String = "en") {
        self.table = table
        self.fallback = fallback
        self.language = language
    }

    /// The strings of a shipped `language` (see `LanguageChoice`), with
    /// English for any key a translation lacks; English when it is not shipped.
    public static func load(language: String = "en") -> Strings {
        let english = table(named: "en") ?? [:]
        guard language != "en", let translated = table(named: language) else { return Strings(table: english) }
        return Strings(table: translated, fallback: english, language: language)
    }

    /// The languages shipped: the files in strings/.
    public static var available: [String] {
        ResourceFiles.list("strings").filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
    }

    /// A language's table: by `StringTableReader` (the first frame waits for
    /// it), by JSONDecoder when that reader declines the file.
    static func table(named language: String) -> [String: String]? {
        guard language.allSatisfy({ $0.isLetter || $0 == "-" }),
              let data = ResourceFiles.data("strings/\(language).json") else { return nil }
        return StringTableReader.read(data) ?? (try? JSONDecoder().decode([String: String].self, from: data))
    }

    /// The text for `key`, with `{name}` placeholders filled. A missing key
    /// shows as the key itself, so it is noticed rather than blank.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = table[key] ?? fallback[key] ?? key
        for (name, value) in values { text = text.replacing("{\(name)}", with: value) }
        return text
    }

    /// The text for `key`, or nil when no language has it or it is empty.
    public func optional(_ key: String) -> String? {
        guard let text = table[key] ?? fallback[key], !text.isEmpty else { return nil }
        return text
    }

    public func has(_ key: String) -> Bool { table[key] != nil || fallback[key] != nil }
}
