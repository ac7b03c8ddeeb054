/// One table of the keys that do something beyond typing: the wizard
/// dispatches keys through it, and the key line and help are written from it,
/// so a key and its description cannot drift apart.
public enum KeyMap {
    /// What a key does, apart from typing.
    public enum Action: Equatable, Sendable {
        case nextField, previousField, enter, back, reveal, help, forgotPassword, quit
        /// A kiosk's welcome screen: the next of the site's languages.
        case language
        /// Left and Right in a choice: listed in the key line, handled by editing.
        case choose
        /// PgUp and PgDn: the terminal scrolls what does not fit; the wizard
        /// has nothing to do with it.
        case scroll
    }

    public struct Binding: Sendable {
        public let keys: [Key]
        /// How the key is written on the screen: its keycap.
        public let cap: String
        public let action: Action
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.tab, .down], cap: "Tab", action: .nextField),
        Binding(keys: [.backTab, .up], cap: "Shift-Tab", action: .previousField),
        Binding(keys: [.enter], cap: "Enter", action: .enter),
        Binding(keys: [.escape], cap: "Esc", action: .back),
        Binding(keys: [.control("r")], cap: "Ctrl-R", action: .reveal),
        Binding(keys: [.f1], cap: "F1", action: .help),
        Binding(keys: [.f2], cap: "F2", action: .forgotPassword),
        Binding(keys: [.f3], cap: "F3", action: .language),
        Binding(keys: [.control("c")], cap: "Ctrl-C", action: .quit),
        Binding(keys: [.left, .right], cap: "←→", action: .choose),
        Binding(keys: [.pageUp, .pageDown], cap: "PgUp/PgDn", action: .scroll),
    ]

    /// The action of `key`, if it has one beyond typing (Left and Right move
    /// the cursor or choose, and PgUp and PgDn scroll the terminal, so they
    /// are not dispatched here).
    public static func action(for key: Key) -> Action? {
        guard let binding = bindings.first(where: { $0.keys.contains(key) }), ![.choose, .scroll].contains(binding.action) else { return nil }
        return binding.action
    }

    /// Pages to scroll for a key: -1 up, 1 down; nil for a key that does not scroll.
    public static func scrollStep(for key: Key) -> Int? {
        guard bindings.contains(where: { $0.action == .scroll && $0.keys.contains(key) }) else { return nil }
        return key == .pageUp ? -1 : 1
    }

    /// The keycap of an action, for the key line.
    public static func cap(_ action: Action) -> String {
        bindings.first { $0.action == action }?.cap ?? ""
    }
}
