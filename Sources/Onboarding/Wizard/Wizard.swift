import CognitoAuth

/// The wizard's logic: `update(state, event) -> (state, effects)`, pure. The
/// runner carries out the effects (sign in, answer, write tokens, quit) and
/// feeds their results back as events; the front ends turn keys into events
/// and states into screens. Nothing here knows about terminals or networks.
public struct Wizard: Sendable {
    public let profile: PoolProfile
    public let strings: Strings
    public let builder: FormBuilder
    public let validation: FieldValidation

    /// The FriendlyDeviceName of a new authenticator.
    public let deviceName: String

    public init(profile: PoolProfile, strings: Strings, catalog: AttributeCatalog = .standard,
                validator: AttributeValidator = AttributeValidator(), deviceName: String = "cognito-onboard") {
        self.profile = profile
        self.deviceName = profile.totpDeviceName ?? deviceName
        self.strings = strings
        self.builder = FormBuilder(profile: profile, catalog: catalog, strings: strings)
        self.validation = FieldValidation(profile: profile, strings: strings, validator: validator)
    }

    /// The sign-in screen, the username prefilled when given.
    public func initialState(username: String? = nil, rows: Int = 24, columns: Int = 80) -> WizardState {
        var state = WizardState()
        state.rows = rows
        state.columns = columns
        let fields = builder.signInFields(username: username ?? "")
        for field in fields { state.fields[field.id] = field }
        state.signInOrder = fields.map(\.id)
        state.focus = (username ?? "").isEmpty ? "username" : "password"
        return state
    }

    public func update(_ state: WizardState, _ event: Event) -> (WizardState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        switch event {
        case .resized(let rows, let columns):
            s.rows = rows
            s.columns = columns
        case .tick:
            s.busy?.frame += 1
        case .paste(let text):
            guard s.dialog == nil, s.busy == nil, !s.showingHelp else { break }
            edit(&s) { $0.insert(text) }
        case .key(let key):
            effects = handle(key, &s)
        case .step(let next):
            s.busy = nil
            effects = arrive(next, &s)
        case .failure(let error):
            s.busy = nil
            fail(error, &s)
        case .totpSecret(let secret):
            s.busy = nil
            s.totpSecret = secret
            s.phase = .totpSetup
            s.fields["mfaCode"] = builder.codeField(id: "mfaCode")
            s.focus = "mfaCode"
        case .resetCodeSent(let destination):
            s.busy = nil
            showRecoveryConfirm(destination: destination, &s)
        case .passwordReset:
            s.busy = nil
            finishRecovery(&s)
        }
        return (s, effects)
    }

    // MARK: Keys

    func handle(_ key: Key, _ s: inout WizardState) -> [Effect] {
        if s.showingHelp {
            s.showingHelp = false
            return []
        }
        if let dialog = s.dialog { return answer(dialog, key, &s) }
        if key == .control("c") {
            if s.busy == nil, s.hasTypedSomething, !isFinished(s) {
                s.dialog = .quit
                return []
            }
            return (s.busy != nil ? [.cancelRequest] : []) + [.quit(exitStatus(s))]
        }
        if s.busy != nil {
            guard key == .escape else { return [] }
            s.busy = nil
            s.notice = .init(text: strings("error.cancelled"), isError: false)
            return [.cancelRequest]
        }
        switch s.phase {
        case .done:
            return [.enter, .escape, .character("q")].contains(key) ? [.quit(.done)] : []
        case .failed:
            if key == .enter { backToSignIn(&s) }
            if key == .escape { return [.quit(.failed)] }
            return []
        default:
            return handleForm(key, &s)
        }
    }

    func handleForm(_ key: Key, _ s: inout WizardState) -> [Effect] {
        let focused = s.focus.flatMap { s.fields[$0] }
        switch key {
        case .f1:
            s.showingHelp = true
        case .character("?") where focused?.editor.isEmpty ?? true:
            s.showingHelp = true
        case .control("r"):
            s.revealSecrets.toggle()
        case .f2 where s.phase == .signIn:
            startRecovery(&s)
        case .tab, .down:
            moveFocus(by: 1, wrap: key == .tab, &s)
        case .backTab, .up:
            moveFocus(by: -1, wrap: key == .backTab, &s)
        case .enter:
            if let id = s.focus, id != s.visibleFieldIDs.last {
                moveFocus(by: 1, wrap: false, &s)
            } else {
                return submit(&s)
            }
        case .escape:
            goBack(&s)
        default:
            editKey(key, &s)
        }
        return []
    }

    func answer(_ dialog: WizardState.Dialog, _ key: Key, _ s: inout WizardState) -> [Effect] {
        switch key {
        case .character("y"), .character("Y"):
            s.dialog = nil
            switch dialog {
            case .quit: return [.quit(.cancelled)]
            case .backToSignIn: backToSignIn(&s)
            }
        case .control("c") where dialog == .quit:
            return [.quit(.cancelled)]
        case .character("n"), .character("N"), .escape:
            s.dialog = nil
        default:
            break
        }
        return []
    }

    func isFinished(_ s: WizardState) -> Bool {
        if case .done = s.phase { return true }
        return false
    }

    func exitStatus(_ s: WizardState) -> ExitStatus {
        if case .done = s.phase { return .done }
        return .cancelled
    }

    // MARK: Focus and editing

    func moveFocus(by delta: Int, wrap: Bool, _ s: inout WizardState) {
        let ids = s.visibleFieldIDs
        guard !ids.isEmpty else { return }
        if let current = s.focus { leave(current, &s) }
        let index = s.focus.flatMap { ids.firstIndex(of: $0) } ?? 0
        var next = index + delta
        if wrap { next = (next + ids.count) % ids.count } else { next = min(max(next, 0), ids.count - 1) }
        s.focus = ids[next]
    }

    /// Leaving a field shows what is wrong with it (if anything was typed).
    func leave(_ id: String, _ s: inout WizardState) {
        s.visited.insert(id)
        guard let field = s.fields[id], !field.editor.isEmpty else { return }
        let problem = validation.problem(for: field, among: Array(s.fields.values))
        s.fields[id]?.error = problem
    }

    func editKey(_ key: Key, _ s: inout WizardState) {
        guard let id = s.focus, let field = s.fields[id] else { return }
        if case .choice(let options) = field.kind, !options.isEmpty {
            let current = options.firstIndex(of: field.text)
            switch key {
            case .right, .character(" "):
                s.fields[id]?.editor.set(options[((current ?? -1) + 1) % options.count])
            case .left:
                s.fields[id]?.editor.set(options[((current ?? 0) - 1 + options.count) % options.count])
            case .backspace, .delete, .control("u"):
                s.fields[id]?.editor.set("")
            default:
                return
            }
            s.fields[id]?.error = nil
            return
        }
        if key == .right, case .searchList = field.kind, field.editor.cursor == field.editor.characters.count,
           let completion = Completion.first(for: field) {
            s.fields[id]?.editor.set(completion)
            s.fields[id]?.error = nil
            return
        }
        edit(&s) { editor in
            switch key {
            case .character(let c): editor.insert(String(c))
            case .backspace: editor.backspace()
            case .delete: editor.deleteForward()
            case .left: editor.left()
            case .right: editor.right()
            case .home, .control("a"): editor.home()
            case .end, .control("e"): editor.end()
            case .control("u"): editor.deleteToStart()
            case .control("k"): editor.deleteToEnd()
            case .control("w"): editor.deleteWordBackward()
            case .wordLeft: editor.wordLeft()
            case .wordRight: editor.wordRight()
            default: break
            }
        }
    }

    /// Applies an edit to the focused field; its error clears as the person
    /// types, and a phone number drops its separators as they are typed.
    func edit(_ s: inout WizardState, _ change: (inout LineEditor) -> Void) {
        guard let id = s.focus, var field = s.fields[id] else { return }
        let before = field.editor
        change(&field.editor)
        if field.kind == .phone, field.editor.text != before.text {
            let normalized = PhoneNumber.normalize(field.editor.text)
            if normalized != field.editor.text { field.editor.set(normalized) }
        }
        if field.editor.text != before.text { field.error = nil }
        s.fields[id] = field
    }

    // MARK: Moving between screens

    func goBack(_ s: inout WizardState) {
        switch s.phase {
        case .newPassword(let page) where page > 0:
            s.phase = .newPassword(page: page - 1)
            s.focus = s.visibleFieldIDs.first
        case .newPassword:
            s.dialog = .backToSignIn
        case .signIn:
            if s.hasTypedSomething { s.dialog = .quit }
        case .recoveryRequest, .recoveryConfirm, .totpSetup, .emailSetup, .mfaCode, .selectMFA, .chooseMFASetup:
            let typed = s.visibleFields.contains { !$0.editor.isEmpty && $0.role != .mfaChoice && $0.role != .recoveryUsername }
            if typed { s.dialog = .backToSignIn } else { backToSignIn(&s) }
        default:
            break
        }
    }

    func backToSignIn(_ s: inout WizardState) {
        s.phase = .signIn
        s.focus = "password"
        s.notice = nil
    }

    func submit(_ s: inout WizardState) -> [Effect] {
        s.notice = nil
        let ids = s.visibleFieldIDs
        if let invalid = firstInvalid(ids, &s) {
            s.focus = invalid
            return []
        }
        switch s.phase {
        case .signIn:
            s.busy = .init(label: strings("signin.signingIn"), frame: 0)
            let username = (s.fields["username"]?.text ?? "").trimmingCharacters(in: .whitespaces)
            return [.signIn(username: username, password: s.fields["password"]?.text ?? "")]
        case .newPassword(let page) where page + 1 < s.pages.count:
            s.phase = .newPassword(page: page + 1)
            s.focus = s.visibleFieldIDs.first
            return []
        case .chooseMFASetup, .totpSetup, .emailSetup, .mfaCode, .selectMFA, .recoveryRequest, .recoveryConfirm:
            return submitMFAOrRecovery(&s)
        case .newPassword:
            for (index, page) in s.pages.enumerated() {
                if let invalid = firstInvalid(page, &s) {
                    s.phase = .newPassword(page: index)
                    s.focus = invalid
                    return []
                }
            }
            s.busy = .init(label: strings("newpassword.saving"), frame: 0)
            return [.answerNewPassword(password: s.fields["newPassword"]?.text ?? "", attributes: attributes(s))]
        default:
            return []
        }
    }

    /// Validates `ids`, shows every problem, and returns the first bad field.
    func firstInvalid(_ ids: [String], _ s: inout WizardState) -> String? {
        var first: String?
        let all = Array(s.fields.values)
        for id in ids {
            guard let field = s.fields[id] else { continue }
            s.visited.insert(id)
            let problem = validation.problem(for: field, among: all)
            s.fields[id]?.error = problem
            if problem != nil, first == nil { first = id }
        }
        return first
    }

    /// The attributes to send: each field's normalised value, the address
    /// parts joined into the JSON object Cognito expects.
    func attributes(_ s: WizardState) -> [String: String] {
        var values: [String: String] = [:]
        var address: [String: String] = [:]
        for field in s.pages.flatMap({ $0 }).compactMap({ s.fields[$0] }) {
            guard case .attribute(let name, let part) = field.role else { continue }
            if let part {
                address[part] = field.text
                continue
            }
            let value = validation.value(of: field)
            if !value.isEmpty { values[name] = value }
        }
        if address.values.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            values["address"] = AddressAttribute.encode(address)
        }
        return values
    }

    // MARK: Results

    func arrive(_ next: NextStep, _ s: inout WizardState) -> [Effect] {
        s.notice = nil
        switch next {
        case .newPasswordRequired(let challenge):
            showNewPasswordForm(challenge, &s)
            return []
        case .signedIn(let tokens):
            // Nothing was set up on the way (no new password, no MFA setup).
            let alreadySetUp = s.challenge == nil && s.totpSecret == nil && s.fields["mfaEmail"] == nil
            s.phase = .done(alreadySetUp: alreadySetUp)
            s.focus = nil
            s.tokens = tokens
            forgetSecrets(&s)
            return [.deliverTokens(tokens)]
        case .mfaSetup(let kinds):
            return startMFASetup(kinds, &s)
        case .code(let challenge):
            s.phase = .mfaCode(challenge)
            s.fields["mfaCode"] = builder.codeField(id: "mfaCode")
            s.focus = "mfaCode"
            return []
        case .selectMFA(let kinds):
            s.phase = .selectMFA(kinds)
            s.fields["mfaChoice"] = builder.mfaChoiceField(kinds)
            s.focus = "mfaChoice"
            return []
        }
    }

    /// Builds (or, after signing in again, rebuilds keeping what was typed)
    /// the new-password form.
    func showNewPasswordForm(_ challenge: NewPasswordChallenge, _ s: inout WizardState) {
        s.challenge = challenge
        let fields = builder.passwordFields() + builder.attributeFields(challenge)
        for field in fields {
            var kept = field
            if let previous = s.fields[field.id] { kept.editor = previous.editor }
            s.fields[field.id] = kept
        }
        let checklistRows = profile.passwordPolicy.rules(hasTemporaryPassword: true).count + 1
        let contextRows = builder.currentAttributes(challenge).count
        s.pages = Paging.pages(
            passwordIDs: ["newPassword", "confirmPassword"], checklistRows: checklistRows, contextRows: contextRows,
            attributeIDs: fields.dropFirst(2).map(\.id), rows: s.rows)
        s.phase = .newPassword(page: 0)
        s.focus = "newPassword"
    }

    /// Once signed in, the passwords have no further use on screen or in state.
    func forgetSecrets(_ s: inout WizardState) {
        for (id, field) in s.fields where field.isSecret { s.fields[id]?.editor.set("") }
        s.revealSecrets = false
    }

    func fail(_ error: AuthError, _ s: inout WizardState) {
        if case .service(let e) = error, e.name == .passwordResetRequired, s.phase == .signIn {
            startRecovery(&s)
            s.notice = .init(text: strings("error.resetRequired"), isError: false)
            return
        }
        switch ErrorPlacement.place(error, fields: s.fields, visible: s.visibleFieldIDs, strings: strings) {
        case .field(let id, let message) where s.fields[id] != nil:
            s.fields[id]?.error = message
            if let page = s.pages.firstIndex(where: { $0.contains(id) }), case .newPassword = s.phase {
                s.phase = .newPassword(page: page)
            }
            s.focus = id
        case .field(_, let message), .notice(let message):
            s.notice = .init(text: message, isError: true)
            if s.phase == .signIn, case .service(let e) = error, e.name == .notAuthorized || e.name == .userNotFound {
                s.focus = "password"
            }
        case .quiet(let message):
            s.notice = .init(text: message, isError: false)
        }
    }
}

/// Completion for search-list fields (time zones, languages).
enum Completion {
    static let timeZones: [String] = TimeZoneDatabase.system.allNames()
    static let locales: [String] = [
        "ar", "de", "de-AT", "de-CH", "de-DE", "en", "en-AU", "en-CA", "en-GB", "en-IE", "en-IN", "en-NZ", "en-US", "en-ZA",
        "es", "es-419", "es-ES", "es-MX", "fi", "fr", "fr-BE", "fr-CA", "fr-CH", "fr-FR", "he", "hi", "it", "ja", "ko",
        "nb", "nl", "nl-BE", "pl", "pt", "pt-BR", "pt-PT", "ru", "sv", "tr", "uk", "zh-Hans", "zh-Hant",
    ]

    static func candidates(for source: InputKind.ListSource) -> [String] {
        source == .timezones ? timeZones : locales
    }

    /// The first entry that starts with what was typed (ignoring case), if it
    /// adds anything.
    static func first(for field: Field) -> String? {
        guard case .searchList(let source) = field.kind, !field.text.isEmpty else { return nil }
        let typed = field.text.lowercased()
        return candidates(for: source).first { $0.lowercased().hasPrefix(typed) && $0.count > typed.count }
    }
}
