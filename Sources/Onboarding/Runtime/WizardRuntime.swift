import CognitoAuth

/// The one loop body both front ends share: it stamps each event with the
/// clock's time, runs it through the wizard, has the runner carry out the
/// effects, and feeds results back. The front end only supplies input (keys
/// or answers) and draws `screen`; waiting for a result is `poll`, never a
/// timer loop.
public final class WizardRuntime {
    public private(set) var wizard: Wizard
    /// The wizard in the site's language, which every new person starts with.
    private let siteWizard: Wizard
    public private(set) var state: WizardState
    private let runner: WizardRunner
    private let events: EventQueue
    private let clock: any WizardClock
    private let username: String?
    /// Called after a kiosk's start-over, for the front end to wipe the screen.
    public var onStartOver: () -> Void = {}
    /// Called once, on the person's first key, paste or answer. The command
    /// opens the connection to the service then: a sign-in screen left idle
    /// holds no TLS library (loading libcurl costs some 6 MB of memory), and
    /// the person's typing still covers the handshake.
    public var onFirstInput: () -> Void = {}
    private var sawInput = false

    public init(wizard: Wizard, runner: WizardRunner, events: EventQueue, clock: any WizardClock = SystemClock(),
                username: String? = nil) {
        self.wizard = wizard
        siteWizard = wizard
        self.runner = runner
        self.events = events
        self.clock = clock
        self.username = username
        state = wizard.initialState(username: username)
        let now = clock.now()
        state.now = now
        state.lastInput = now
    }

    /// The username of the sign-in that ran (for a last line after the screen closes).
    public var lastUsername: String { (state.fields[.username]?.text ?? "").trimmingWhitespace() }

    /// What to draw now.
    public var screen: Screen { ScreenBuilder(wizard: wizard).screen(for: state) }

    /// Readable when a result is waiting: a front end polls it beside its input.
    public var wakeDescriptor: Int32 { events.wakeDescriptor }

    /// Applies `event` (after a tick that brings the time), and whatever the
    /// effects it asked for answered already. Returns the exit status when the
    /// wizard is done (never in a kiosk: there it starts over).
    @discardableResult
    public func send(_ event: Event) -> ExitStatus? {
        if let status = apply(.tick(now: clock.now())) { return status }
        if case .tick = event { return nil }
        if !sawInput, event.isInput, !event.isResize {
            sawInput = true
            onFirstInput()
        }
        return apply(event)
    }

    /// Applies the results that have arrived, and the time.
    @discardableResult
    public func sendResults() -> ExitStatus? {
        for event in events.drain() {
            if let status = send(event) { return status }
        }
        return send(.tick(now: clock.now()))
    }

    /// Waits up to `timeout` for a result, then applies what arrived (plain
    /// mode waits here while a request is in flight).
    @discardableResult
    public func waitForResults(timeout: Duration) -> ExitStatus? {
        for event in events.wait(timeout: timeout) {
            if let status = send(event) { return status }
        }
        return send(.tick(now: clock.now()))
    }

    private func apply(_ event: Event) -> ExitStatus? {
        let (next, effects) = wizard.update(state, event)
        replaceState(with: next)
        for effect in effects {
            switch effect {
            case .startOver:
                startOver()
                return nil
            case .switchLanguage(let language):
                speak(language)
            case .quit(let status) where wizard.kiosk != nil:
                _ = status
                startOver()
                return nil
            case .deliverTokens:
                _ = runner.perform(effect)
                state.tokensSaved = runner.tokensSaved
            default:
                if let status = runner.perform(effect) { return status }
            }
        }
        return nil
    }

    /// Another language: the same screen in its words, what was typed kept.
    func speak(_ language: String) {
        wizard = wizard.speaking(Strings.load(language: language))
        var fresh = wizard.initialState(username: nil)
        for (id, field) in fresh.fields { fresh.fields[id]?.editor = state.fields[id]?.editor ?? field.editor }
        fresh.focus = state.focus
        fresh.startingUsername = state.startingUsername
        fresh.now = state.now
        fresh.lastInput = state.lastInput
        replaceState(with: fresh)
    }

    /// Every keystroke in a password field makes a new buffer (the state is a
    /// value, copied on write); the one replaced is zeroed here, by its last
    /// holder, instead of being freed with the characters in it. Buffers the
    /// new state still shares are left as they are (see `LineEditor.wipe`).
    private func replaceState(with next: WizardState) {
        // A tick or a key that changed no field shares every buffer: nothing
        // to zero, and wiping would only copy them first.
        if next.fields != state.fields { state.wipeSecrets() }
        state = next
    }

    /// The next person: nothing of this one remains, here or in the runner.
    public func startOver() {
        wizard = siteWizard
        runner.reset()
        _ = events.drain()
        replaceState(with: wizard.initialState(username: username))
        let now = clock.now()
        state.now = now
        state.lastInput = now
        onStartOver()
    }
}

extension Event {
    public var isResize: Bool {
        if case .resized = self { return true }
        return false
    }
}
