import FoundationEssentials

/// Every user-facing text, from strings/<language>.json among Onboarding's
/// resources (see `ResourceFiles`). Code names
/// keys; the words live in data so a deployment can translate or reword them.
public struct Strings: Sendable {
    private let table: [String: String]
    private let fallback: [String: String]

    public init(table: [String: String], fallback: [String: String] = [:]) {
        self.table = table
        self.fallback = fallback
    }

    /// The strings of `language` (`de`, `pt-BR`: the region falls back to the
    /// language), with English for any key a translation lacks.
    public static func load(language: String? = nil) -> Strings {
        let english = table(named: "en") ?? [:]
        let wanted = language ?? Self.preferredLanguage()
        let candidates = [wanted, wanted.split(separator: "-").first.map(String.init)].compactMap { $0 }
        for name in candidates where name != "en" {
            if let translated = table(named: name) { return Strings(table: translated, fallback: english) }
        }
        return Strings(table: english)
    }

    static func table(named language: String) -> [String: String]? {
        guard language.allSatisfy({ $0.isLetter || $0 == "-" }),
              let data = ResourceFiles.data("strings/\(language).json"),
              let object = try? JSONDecoder().decode([String: String].self, from: data) else { return nil }
        return object
    }

    /// From LC_ALL / LC_MESSAGES / LANG (`de_DE.UTF-8` gives `de-DE`).
    static func preferredLanguage() -> String {
        let env = ProcessInfo.processInfo.environment
        let value = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? "en"
        let base = value.split(separator: ".").first.map(String.init) ?? "en"
        return base == "C" || base == "POSIX" ? "en" : base.replacing("_", with: "-")
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
