/// A key press, as the front ends report it.
public enum Key: Equatable, Sendable {
    case character(Character)
    case enter, tab, backTab, up, down, left, right, home, end, pageUp, pageDown
    case backspace, delete, escape, f1, f2, f3
    case wordLeft, wordRight
    /// Ctrl with a letter: `.control("c")` for Ctrl-C.
    case control(Character)
}
