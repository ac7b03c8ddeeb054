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

    public static let unicode = Glyphs(
        met: "✓", unmet: "○", error: "✗", focus: "▸", rule: "─", bullet: "•", up: "↑", down: "↓",
        choiceLeft: "‹", choiceRight: "›", spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"], ellipsis: "…")

    public static let ascii = Glyphs(
        met: "+", unmet: "-", error: "!", focus: ">", rule: "-", bullet: "*", up: "^", down: "v",
        choiceLeft: "<", choiceRight: ">", spinner: ["|", "/", "-", "\\"], ellipsis: "~")

    /// ASCII on the Linux console (its fonts lack most of these) and when the
    /// character type is not UTF-8.
    public static func forTerminal(term: String?, utf8: Bool) -> Glyphs {
        (!utf8 || term == "linux" || term == "dumb") ? .ascii : .unicode
    }
}
