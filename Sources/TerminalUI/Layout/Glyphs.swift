/// The marks the screens use, in Unicode, or in ASCII where the terminal's
/// font may lack them (the Linux console, a non-UTF-8 locale).
public struct Glyphs: Equatable, Sendable {
    public var met: String
    public var unmet: String
    public var error: String
    public var focus: String
    public var rule: String
    public var bullet: String
    public var up: String
    public var down: String
    public var choiceLeft: String
    public var choiceRight: String
    public var spinner: [String]
    public var ellipsis: String
    /// Around a hint shown where a value would be.
    public var hintLeft = "("
    public var hintRight = ")"

    /// `hint` as a placeholder: bracketed, so no colour scheme makes it a value.
    public func placeholder(_ hint: String) -> String { hintLeft + hint + hintRight }

    public static let unicode = Glyphs(
        met: "✓", unmet: "○", error: "✗", focus: "▸", rule: "─", bullet: "•", up: "↑", down: "↓",
        choiceLeft: "‹", choiceRight: "›", spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"], ellipsis: "…")

    public static let ascii = Glyphs(
        met: "[x]", unmet: "[ ]", error: "!", focus: ">", rule: "-", bullet: "*", up: "^", down: "v",
        choiceLeft: "<", choiceRight: ">", spinner: ["|", "/", "-", "\\"], ellipsis: "~")

    /// ASCII on the Linux console (its fonts lack most of these) and when the
    /// character type is not UTF-8.
    /// Whether a locale name (`LANG`'s form, `language_TERRITORY.codeset@modifier`)
    /// names UTF-8 as its codeset, spelt in any of the ways glibc accepts
    /// (`UTF-8`, `utf8`); a name that is only a codeset counts too (macOS
    /// sends `LC_CTYPE=UTF-8` over ssh). Compared by hand: a substring search
    /// would be the run's first, whose setup cost 0.25 M instructions before
    /// the first frame.
    static func namesUTF8(_ locale: String) -> Bool {
        let codeset = locale.split(separator: ".", maxSplits: 1).last?.prefix { $0 != "@" } ?? ""
        return String(codeset.filter { $0 != "-" }).uppercased() == "UTF8"
    }

    public static func forTerminal(term: String?, utf8: Bool) -> Glyphs {
        (!utf8 || term == "linux" || term == "dumb") ? .ascii : .unicode
    }
}
