import CognitoAuth

/// The wizard's logic: `update(state, event) -> (state, effects)`, pure. The
/// runtime carries out the effects (sign in, answer, write tokens, quit) and
/// feeds their results back as events; the front ends turn keys and answers
/// into events and states into screens. Nothing here knows about terminals
/// or networks. Each screen is a step model (`Step`); the wizard maps the
/// service's `NextStep` to one and owns what all steps share.
public struct Wizard: Sendable {
    public let profile: PoolProfile
    public let strings: Strings
    public let builder: FormBuilder
    public let validation: FieldValidation
    /// The FriendlyDeviceName of a new authenticator.
    public let deviceName: String
    /// Kiosk mode: quitting starts over for the next person, and an idle
    /// screen resets by itself.
    public let kiosk: KioskPolicy?
    private let catalog: AttributeCatalog
    private let validator: AttributeValidator
    private let next: (tag: String, name: String)?

    public init(profile: PoolProfile, strings: Strings, catalog: AttributeCatalog = .standard,
                validator: AttributeValidator = AttributeValidator(), deviceName: String = "cognito-onboard",
                kiosk: KioskPolicy? = nil) {
        self.profile = profile
        self.deviceName = profile.totpDeviceName ?? deviceName
        self.strings = strings
        self.kiosk = kiosk
        self.catalog = catalog
        self.validator = validator
        next = Self.nextLanguage(after: strings.language, offered: profile.languages, kiosk: kiosk)
        self.builder = FormBuilder(profile: profile, catalog: catalog, strings: strings)
        self.validation = FieldValidation(profile: profile, strings: strings, validator: validator)
    }

    /// The same wizard in another language.
    public func speaking(_ strings: Strings) -> Wizard {
        Wizard(profile: profile, strings: strings, catalog: catalog, validator: validator, deviceName: deviceName, kiosk: kiosk)
    }

    /// A kiosk's languages after the one spoken now (F3 on the welcome screen).
    public var nextLanguage: String? { next?.tag }

    /// The next language's name in its own words (the key line's F3), read
    /// from its strings once, when this wizard is made, not on every frame.
    public var nextLanguageName: String? { next?.name }

    private static func nextLanguage(after current: String, offered: [String], kiosk: KioskPolicy?) -> (tag: String, name: String)? {
        guard kiosk != nil, offered.count > 1 else { return nil }
        let index = offered.firstIndex(of: current) ?? -1
        let tag = offered[(index + 1) % offered.count]
        // One file: every shipped language names itself (TranslationsTests).
        return (tag, Strings.table(named: tag)?["language.name"] ?? tag)
    }

    /// The issuer an authenticator app shows: configured, else the pool's name, else "Cognito".
    public var totpIssuer: String { profile.totpIssuer ?? profile.poolName ?? "Cognito" }

    /// The sign-in screen, the username prefilled when given.
    public func initialState(username: String? = nil) -> WizardState {
        var state = WizardState()
        state.startingUsername = username ?? ""
        SignInStep.show(username: username, &state, self)
        return state
    }

    public func update(_ state: WizardState, _ event: Event) -> (WizardState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        if event.isInput {
            s.lastInput = s.now
            s.resumedUnattended = false
        }
        switch event {
        case .tick(let now):
            s.now = now
            if s.busy != nil { s.busy?.frame += 1 }
            effects = idle(&s)
            if effects.isEmpty { effects = sessionClock(&s) }
        case .resized:
            break
        case .paste(let text):
            guard s.dialog == nil, s.busy == nil, !s.showingHelp else { break }
            edit(&s) { $0.insert(text) }
        case .answer(let id, let text):
            effects = answer(id, text, &s)
        case .key(let key):
            effects = handle(key, &s)
        case .step(let next):
            s.busy = nil
            effects = arrive(next, &s)
        case .settled(let next, let lost):
            s.busy = nil
            effects = arrive(next, &s)
            s.notice = .init(text: strings(lost.noticeKey), isError: false)
        case .failure(let error):
            s.busy = nil
            if error.endedSession, s.model.isTimed {
                effects = resume(&s)
            } else {
                effects = fail(error, &s)
            }
        case .totpSecret(let secret):
            s.busy = nil
            TOTPSetupStep.show(secret: secret, &s, self)
            startSessionClock(&s)
        case .resetCodeSent(let destination):
            s.busy = nil
            RecoveryConfirmStep.show(destination: destination, &s, self)
        case .passwordReset:
            s.busy = nil
            RecoveryConfirmStep.finish(&s, self)
        }
        // Show password never carries over to the next screen (a passer-by
        // would read the new password).
        if s.step != state.step { s.revealSecrets = false }
        return (s, effects)
    }

    // MARK: Keys

    func handle(_ key: Key, _ s: inout WizardState) -> [Effect] {
        if s.showingHelp {
            // PgUp and PgDn page through help that does not fit (the front
            // end scrolls it); any other key closes it.
            if KeyMap.scrollStep(for: key) != nil { return [] }
            s.showingHelp = false
            // The key that closes help is not lost, unless it only closed it.
            if [.escape, .f1].contains(key) || key == .character("?") && !s.acceptsQuestionMark { return [] }
        }
        if let dialog = s.dialog { return answer(dialog, key, &s) }
        let action = KeyMap.action(for: key)
        if action == .quit {
            if s.busy == nil, s.hasTypedSomething, !s.isFinished {
                s.dialog = .quit
                return []
            }
            return (s.busy != nil ? [.cancelRequest] : []) + [.quit(exitStatus(s))]
        }
        if s.busy != nil {
            guard action == .back else { return [] }
            s.busy = nil
            s.notice = .init(text: strings("error.cancelled"), isError: false)
            return [.cancelRequest]
        }
        if let handled = s.model.key(key, &s, self) { return handled }
        switch action {
        case .help:
            s.showingHelp = true
        case .reveal:
            s.revealSecrets.toggle()
        case .nextField:
            moveFocus(by: 1, wrap: key == .tab, &s)
        case .previousField:
            moveFocus(by: -1, wrap: key == .backTab, &s)
        case .enter:
            if let id = s.focus, id != s.visibleFieldIDs.last {
                moveFocus(by: 1, wrap: false, &s)
            } else {
                return submit(&s)
            }
        case .back:
            return s.model.back(&s, self)
        case .forgotPassword, .language, .choose, .scroll, .quit, nil:
            if key == .character("?"), !s.acceptsQuestionMark {
                s.showingHelp = true
                return []
            }
            editKey(key, &s)
        }
        return []
    }

    func answer(_ dialog: WizardState.Dialog, _ key: Key, _ s: inout WizardState) -> [Effect] {
        switch key {
        case .character("y"), .character("Y"):
            s.dialog = nil
            switch dialog {
            case .quit, .quitAfterChange: return [.quit(.cancelled)]
            case .backToSignIn: backToSignIn(&s)
            }
        case .control("c") where dialog != .backToSignIn:
            return [.quit(.cancelled)]
        case .character("n"), .character("N"), .escape, .enter:
            s.dialog = nil
        default:
            break
        }
        return []
    }

    func exitStatus(_ s: WizardState) -> ExitStatus { s.isFinished ? .done : .cancelled }

    // MARK: Moving on

    /// Enter on the last field: every field is checked; the first bad one
    /// takes the focus, else the step submits.
    func submit(_ s: inout WizardState) -> [Effect] {
        s.notice = nil
        if let invalid = firstInvalid(s.visibleFieldIDs, &s) {
            s.focus = invalid
            return []
        }
        return s.model.submit(&s, self)
    }

    /// Validates `ids`, shows every problem, and returns the first bad field.
    func firstInvalid(_ ids: [FieldID], _ s: inout WizardState) -> FieldID? {
        var first: FieldID?
        for id in ids {
            guard let field = s.fields[id] else { continue }
            let problem = validation.problem(for: field, among: s.fields)
            s.fields[id]?.error = problem
            if problem != nil, first == nil { first = id }
        }
        return first
    }

    /// Back to the sign-in screen — unless the password has changed: then
    /// the temporary password is gone, and only finishing or quitting remain.
    func backToSignIn(_ s: inout WizardState) {
        if s.passwordChanged {
            s.dialog = .quitAfterChange
            return
        }
        s.step = .signIn
        s.focus = .temporaryPassword
        s.notice = nil
        s.sessionDeadline = nil
    }

    // MARK: Time

    /// A kiosk left alone starts over for the next person.
    func idle(_ s: inout WizardState) -> [Effect] {
        guard let kiosk, !s.isPristine, s.now - s.lastInput >= kiosk.idleTimeout else { return [] }
        return [.cancelRequest, .startOver]
    }

    /// The challenge session ran out on screen: the wizard signs in again by
    /// itself (the person never retypes a password); if it already did and
    /// nobody has touched a key since, the screen says what to do instead.
    func sessionClock(_ s: inout WizardState) -> [Effect] {
        guard let deadline = s.sessionDeadline, s.now >= deadline, s.busy == nil, s.model.isTimed else { return [] }
        s.sessionDeadline = nil
        s.dialog = nil
        s.showingHelp = false
        if s.resumedUnattended {
            SessionEndedStep.show(&s)
            return []
        }
        s.resumedUnattended = true
        return resume(&s)
    }

    /// Signs in again with the password the flow holds, then carries on.
    func resume(_ s: inout WizardState) -> [Effect] {
        s.resuming = true
        s.dialog = nil
        s.busy = .init(label: strings(s.passwordChanged ? "session.resuming.changed" : "session.resuming"), frame: 0)
        return [.signInAgain]
    }

    /// Each session the service hands out lives AuthSessionValidity from then.
    func startSessionClock(_ s: inout WizardState) {
        s.sessionDeadline = s.model.isTimed ? s.now + profile.sessionValidity : nil
    }
}
