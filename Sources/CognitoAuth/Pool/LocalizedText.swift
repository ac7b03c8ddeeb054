/// A text from the config that may come in several languages: a plain string
/// (every language), or an object keyed by language tag
/// (`{"en": "Welcome", "de": "Willkommen"}`), as a kiosk's greeting or a custom
/// attribute's label.
public struct LocalizedText: Equatable, Sendable, ExpressibleByStringLiteral {
    /// By language tag; "" for the text that serves every language.
    public let byLanguage: [String: String]

    public init(byLanguage: [String: String]) { self.byLanguage = byLanguage }

    public init(stringLiteral value: String) { byLanguage = ["": value] }

    /// The text for `language` (`de-AT` falls back to `de`), else the
    /// language-free one, else English, else any.
    public func text(for language: String) -> String? {
        let base = String(language.split(separator: "-").first ?? "")
        return byLanguage[language] ?? byLanguage[base] ?? byLanguage[""] ?? byLanguage["en"]
            ?? byLanguage.sorted { $0.key < $1.key }.first?.value
    }
}

extension LocalizedText {
    /// As the config writes it: a plain string, or an object keyed by language.
    var json: JSONValue {
        if byLanguage.count == 1, let text = byLanguage[""] { return .string(text) }
        return .object(byLanguage.mapValues(JSONValue.string))
    }
}

extension JSONObjectReader {
    /// A string, or an object of strings keyed by language tag.
    func localizedText(_ key: String) throws(ConfigurationError) -> LocalizedText? {
        guard has(key) else { return nil }
        switch object[key] {
        case .string(let text):
            return LocalizedText(byLanguage: ["": text])
        case .object(let table) where !table.isEmpty:
            var texts: [String: String] = [:]
            for (language, value) in table {
                guard case .string(let text) = value else { break }
                texts[language] = text
            }
            if texts.count == table.count { return LocalizedText(byLanguage: texts) }
        default:
            break
        }
        throw fail(key, "must be a string, or an object of strings keyed by language (\"en\", \"de\", ...)")
    }
}
