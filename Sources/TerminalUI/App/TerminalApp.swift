import CognitoAuth
import Foundation
import Onboarding

/// The full-screen wizard: the loop that draws the screen, reads keys, feeds
/// the wizard, and has the runner carry out what it asks. Requests run off the
/// loop, so a key is never kept waiting by the network.
public final class TerminalApp {
    private let wizard: Wizard
    private let runner: WizardRunner
    private let events: EventQueue
    private let username: String?
    private let noColor: Bool
    private let layout: ScreenLayout
    private let tokensSaved: () -> Bool

    public init(wizard: Wizard, runner: WizardRunner, events: EventQueue, username: String?,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                tokensSaved: @escaping () -> Bool = { false }) {
        self.wizard = wizard
        self.runner = runner
        self.events = events
        self.username = username
        self.tokensSaved = tokensSaved
        noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let utf8 = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }?.uppercased().replacingOccurrences(of: "-", with: "").contains("UTF8") ?? false
        layout = ScreenLayout(
            glyphs: .forTerminal(term: environment["TERM"], utf8: utf8), tooSmallText: wizard.strings("terminal.tooSmall"),
            moreAbove: wizard.strings("more.above"), moreBelow: wizard.strings("more.below"),
            qrTooSmall: wizard.strings("mfa.qr.enlarge"))
    }

    /// Runs until the wizard quits; the terminal is restored however it ends.
    public func run() -> ExitStatus {
        let terminal = CursesScreen()
        terminal.open(noColor: noColor)
        defer { terminal.close() }
        var state = wizard.initialState(username: username, rows: terminal.rows, columns: terminal.columns)
        while true {
            let screen = ScreenBuilder(wizard: wizard, tokensSaved: tokensSaved()).screen(for: state)
            terminal.draw(layout.render(screen, rows: terminal.rows, columns: terminal.columns))
            var incoming = terminal.read(timeout: state.busy != nil ? 80 : 200)
            incoming += events.drain()
            if state.busy != nil, incoming.isEmpty { incoming.append(.tick) }
            for event in incoming {
                let (next, effects) = wizard.update(state, event)
                state = next
                for effect in effects {
                    if let status = runner.perform(effect) { return status }
                }
            }
        }
    }
}
