import Glibc
import Onboarding

/// The full-screen wizard: draws the runtime's screen, turns keys into
/// events, and waits for a key or a result in one `poll` (no timer loop;
/// a tick when the spinner turns or a clock shows). Requests run off the
/// loop, so a key is never kept waiting by the network.
public final class TerminalApp {
    private let runtime: WizardRuntime
    private let noColor: Bool
    private let glyphs: Glyphs

    public init(runtime: WizardRuntime, environment: [String: String]) {
        self.runtime = runtime
        noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty }
        glyphs = .forTerminal(term: environment["TERM"], utf8: locale.map(Glyphs.namesUTF8) ?? false)
    }

    /// The layout in the language spoken now (a kiosk may switch).
    private var layout: ScreenLayout {
        let strings = runtime.wizard.strings
        return ScreenLayout(glyphs: glyphs, tooSmallText: strings("terminal.tooSmall"), moreAbove: strings("more.above"),
                            moreBelow: strings("more.below"), qrTooSmall: strings("mfa.qr.enlarge"))
    }

    /// Runs until the wizard quits (in a kiosk: until SIGTERM); the terminal is
    /// restored however it ends.
    public func run() -> ExitStatus {
        let terminal = CursesScreen()
        terminal.open(noColor: noColor)
        defer { terminal.close() }
        if runtime.wizard.kiosk != nil { terminal.clearOnExit() }
        var lastShown: (Screen, Int, Int, Int)?
        // PgUp and PgDn scroll the body here, in the layout's pages; any
        // other key, or another screen or field, puts it back where the
        // focus wants it.
        var scroll = 0
        var scrolledFor: (String, FieldID?)?
        runtime.onStartOver = {
            terminal.wipe()
            lastShown = nil
        }
        while true {
            // Lay out and draw only when something changed: a QR screen would
            // otherwise be encoded again on every tick.
            let screen = runtime.screen
            if let place = scrolledFor, place != (screen.title, screen.focusedField?.id) { scroll = 0 }
            scrolledFor = (screen.title, screen.focusedField?.id)
            let shown = (screen, terminal.rows, terminal.columns, scroll)
            if lastShown.map({ $0 != shown }) ?? true {
                let frame = layout.render(screen, rows: shown.1, columns: shown.2, scroll: scroll)
                terminal.draw(frame)
                scroll = frame.scrolledPages
                lastShown = (screen, shown.1, shown.2, scroll)
            }
            waitForInput(timeout: runtime.state.busy != nil ? 80 : 1000)
            let keys = terminal.read(timeout: 0)
            if keys.contains(where: \.isResize) {
                lastShown = nil  // ncurses repaints after a resize: so must we
            }
            for event in keys {
                if case .key(let key) = event {
                    switch KeyMap.scrollStep(for: key) {
                    case let pages?: scroll += pages
                    case nil: scroll = 0
                    }
                }
                if let status = runtime.send(event) { return status }
            }
            if let status = runtime.sendResults() { return status }
        }
    }

    /// Sleeps until a key, a result, or `timeout` milliseconds.
    private func waitForInput(timeout: Int32) {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: runtime.wakeDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        _ = poll(&descriptors, 2, timeout)
    }
}
