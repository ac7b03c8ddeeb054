/// Which shipped language the screens speak, chosen as gettext does: `--lang`,
/// then `LANGUAGE` (a colon-separated list), `LC_ALL`, `LC_MESSAGES`, `LANG`
/// (`C` and `POSIX` name no language), then the site's default from the
/// config, then English. A region falls back to its language (`de_AT` → `de`),
/// Chinese to the shipped script (`zh_CN` → `zh-Hans`), Portuguese to the
/// shipped variety (`pt_PT` → `pt-BR`, with a note). What was asked for and is
/// not shipped is said in `notes` (for standard error), never silently.
public struct LanguageChoice: Equatable, Sendable {
    /// The shipped language tag: `en`, `de`, `pt-BR`, `zh-Hans`, ...
    public let tag: String
    /// What the operator should know (English: standard error, not the screen).
    public let notes: [String]

    /// Languages whose characters the Linux console's fonts do not have.
    static let needsWideGlyphs: Set<String> = ["ja", "ko", "zh-Hans"]

    public static func resolve(flag: String?, environment: [String: String], siteDefault: String?,
                               available: [String], term: String?) -> LanguageChoice {
        var notes: [String] = []
        var requests: [(source: String, value: String)] = []
        if let flag { requests.append(("--lang", flag)) }
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
            for value in (environment[name] ?? "").split(separator: ":") { requests.append((name, String(value))) }
        }
        if let siteDefault { requests.append(("the config's language", siteDefault)) }
        var chosen = "en"
        for request in requests {
            let tag = normalise(request.value)
            guard let tag else { continue }  // C, POSIX: no language named
            if let (found, note) = match(tag, available: available) {
                if let note { notes.append(note) }
                chosen = found
                break
            }
            notes.append("\(request.source): \(request.value) is not one of the shipped languages (\(available.joined(separator: ", "))); trying the next choice")
        }
        if term == "linux", needsWideGlyphs.contains(chosen) {
            notes.append("the Linux console cannot draw \(chosen): using English")
            chosen = "en"
        }
        return LanguageChoice(tag: chosen, notes: notes)
    }

    /// `de_DE.UTF-8@euro` → `de-DE`; nil for C, POSIX and empty values.
    static func normalise(_ value: String) -> String? {
        let base = value.split(separator: ".").first.map(String.init)?.split(separator: "@").first.map(String.init) ?? ""
        guard !base.isEmpty, base != "C", base != "POSIX" else { return nil }
        return base.replacing("_", with: "-")
    }

    /// The shipped language for `tag`, and a note when it is not the same.
    static func match(_ tag: String, available: [String]) -> (String, String?)? {
        func shipped(_ candidate: String) -> String? { available.first { $0.lowercased() == candidate.lowercased() } }
        if let exact = shipped(tag) { return (exact, nil) }
        let parts = tag.split(separator: "-").map(String.init)
        let language = parts.first?.lowercased() ?? ""
        if language == "zh" {
            let traditional = parts.dropFirst().contains { ["tw", "hk", "mo", "hant"].contains($0.lowercased()) }
            if !traditional, let simplified = shipped("zh-Hans") { return (simplified, nil) }
            return nil
        }
        if language == "pt", let brazil = shipped("pt-BR") {
            return (brazil, tag.lowercased() == "pt-br" || tag.lowercased() == "pt" ? nil : "\(tag) is not shipped: using pt-BR")
        }
        if let plain = shipped(language) { return (plain, nil) }
        return nil
    }
}
