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
    private let kiosk: KioskSettings?

    public init(wizard: Wizard, runner: WizardRunner, events: EventQueue, username: String?,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                kiosk: KioskSettings? = nil, tokensSaved: @escaping () -> Bool = { false }) {
        self.wizard = wizard
        self.kiosk = kiosk
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

    /// Runs until the wizard quits (in a kiosk: until SIGTERM); the terminal is
    /// restored however it ends.
    public func run() -> ExitStatus {
        let terminal = CursesScreen()
        terminal.open(noColor: noColor)
        defer { terminal.close() }
        if kiosk != nil { terminal.clearOnExit() }
        let fresh = { (t: CursesScreen) in self.wizard.initialState(username: self.username, rows: t.rows, columns: t.columns) }
        var state = fresh(terminal)
        var pristine = Self.sizeless(state)
        var lastInput = ContinuousClock.now
        var challengeClock = SessionClock(validity: wizard.profile.sessionValidity)
        var lastShown: (Screen, Int, Int)?
        // The next person: nothing of this one remains.
        func startOver() {
            _ = runner.perform(.cancelRequest)
            _ = events.drain()
            state = fresh(terminal)
            pristine = Self.sizeless(state)
            terminal.wipe()
            lastShown = nil
            lastInput = .now
        }
        while true {
            var screen = ScreenBuilder(wizard: wizard, tokensSaved: tokensSaved()).screen(for: state)
            challengeClock.observe(state.phase)
            if let left = challengeClock.remainingText(strings: wizard.strings) {
                screen.step = [screen.step, left].compactMap { $0 }.joined(separator: " · ")
            }
            let idle = ContinuousClock.now - lastInput
            if let kiosk, Self.sizeless(state) != pristine {
                if idle >= kiosk.idleTimeout {
                    startOver()
                    continue
                }
                if let warning = KioskClock.warning(idle: idle, settings: kiosk, strings: wizard.strings) { screen.notice = warning }
            }
            // Lay out and draw only when something changed: the loop also wakes
            // on idle ticks, and a QR screen would be encoded again each time.
            let shown = (screen, terminal.rows, terminal.columns)
            if lastShown.map({ $0 != shown }) ?? true {
                terminal.draw(layout.render(screen, rows: terminal.rows, columns: terminal.columns))
                lastShown = shown
            }
            var incoming = terminal.read(timeout: state.busy != nil || kiosk != nil ? 80 : 200)
            if incoming.contains(where: \.isInput) { lastInput = .now }
            if incoming.contains(where: { if case .resized = $0 { return true } else { return false } }) {
                lastShown = nil  // ncurses repaints after a resize: so must we
            }
            incoming += events.drain()
            if state.busy != nil, incoming.isEmpty { incoming.append(.tick) }
            events: for event in incoming {
                let (next, effects) = wizard.update(state, event)
                state = next
                for effect in effects {
                    guard let status = runner.perform(effect) else { continue }
                    guard kiosk != nil else { return status }
                    startOver()
                    break events
                }
            }
        }
    }
}

extension TerminalApp {
    /// A state with the terminal size taken out, to tell "nothing happened yet".
    static func sizeless(_ state: WizardState) -> WizardState {
        var s = state
        s.rows = 0
        s.columns = 0
        return s
    }
}

extension Event {
    /// Something the person did (not a result or a tick).
    var isInput: Bool {
        switch self {
        case .key, .paste, .resized: return true
        default: return false
        }
    }
}

/// The challenge session's remaining time on the screens where running out
/// matters: an MFA step cannot be recovered by signing in again behind the
/// person's back, as the new-password step is.
struct SessionClock {
    let validity: Duration
    private var started: ContinuousClock.Instant?
    private var phase: WizardState.Phase?

    init(validity: Duration) { self.validity = validity }

    mutating func observe(_ current: WizardState.Phase) {
        guard current != phase else { return }
        phase = current
        switch current {
        case .totpSetup, .mfaCode, .emailSetup, .selectMFA, .chooseMFASetup:
            if started == nil { started = .now }
        default:
            started = nil
        }
    }

    func remainingText(strings: Strings) -> String? {
        guard let started else { return nil }
        let left = max(.zero, validity - (ContinuousClock.now - started))
        let seconds = Int(left.components.seconds)
        return strings("session.left", ["time": "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)"])
    }
}

/// The kiosk's idle countdown, shown in its last seconds.
enum KioskClock {
    static func warning(idle: Duration, settings: KioskSettings, strings: Strings) -> Notice? {
        let left = settings.idleTimeout - idle
        guard left <= settings.warning, left > .zero else { return nil }
        let seconds = Int((Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18).rounded(.up))
        return Notice(text: strings("kiosk.idle", ["seconds": "\(seconds)"]), isError: false)
    }
}
