import CognitoAuth

/// Turns a wizard state into a Screen. Pure; every string from the service or
/// a config file passes through the Sanitizer on its way here.
public struct ScreenBuilder: Sendable {
    public let wizard: Wizard
    public let tokensSaved: Bool

    public init(wizard: Wizard, tokensSaved: Bool = false) {
        self.wizard = wizard
        self.tokensSaved = tokensSaved
    }

    var strings: Strings { wizard.strings }

    public func screen(for s: WizardState) -> Screen {
        var screen: Screen
        switch s.phase {
        case .signIn:
            let profile = wizard.profile
            screen = Screen(title: profile.welcomeTitle.map(Sanitizer.clean) ?? strings("signin.title"), step: stepLabel(0, s),
                            intro: [profile.welcomeText.map(Sanitizer.clean) ?? strings("signin.intro")],
                            rows: fieldRows(s.visibleFieldIDs, s))
        case .newPassword(let page):
            screen = newPasswordScreen(page: page, s)
        case .done(let alreadySetUp):
            var body = [strings(alreadySetUp ? "already.body" : "done.body")]
            if tokensSaved { body.append(strings("done.tokens")) }
            screen = Screen(title: strings(alreadySetUp ? "already.title" : "done.title"), intro: body)
        case .failed(let message):
            screen = Screen(title: strings("failed.title"), intro: [Sanitizer.clean(message)])
        case .chooseMFASetup:
            screen = Screen(title: strings("mfa.setup.title"), intro: [strings("mfa.setup.choose")], rows: fieldRows(["mfaChoice"], s))
        case .selectMFA:
            screen = Screen(title: strings("mfa.select.title"), intro: [strings("mfa.select.intro")], rows: fieldRows(["mfaChoice"], s))
        case .totpSetup:
            screen = totpScreen(s)
        case .emailSetup:
            screen = Screen(title: strings("mfa.email.title"), intro: [strings("mfa.email.intro")], rows: fieldRows(["mfaEmail"], s))
        case .mfaCode(let challenge):
            screen = Screen(title: strings("mfa.code.title"), intro: [codeIntro(challenge)], rows: fieldRows(["mfaCode"], s))
        case .recoveryRequest:
            screen = Screen(title: strings("recovery.title"), intro: [strings("recovery.intro")], rows: fieldRows(["recoveryUsername"], s))
        case .recoveryConfirm(let destination):
            screen = recoveryScreen(destination, s)
        }
        screen.notice = s.notice.map { .init(text: Sanitizer.clean($0.text), isError: $0.isError) }
        screen.busy = s.busy
        if let dialog = s.dialog {
            screen.dialog = [strings(dialog == .quit ? "confirm.quit" : "confirm.back"), strings("confirm.yesNo")]
        }
        if s.showingHelp {
            screen.help = strings("help.lines").split(separator: "\n").map(String.init)
        }
        screen.keys = keys(for: s)
        return screen
    }

    private func newPasswordScreen(page: Int, _ s: WizardState) -> Screen {
        let ids = s.visibleFieldIDs
        let hasPasswords = ids.contains("newPassword")
        let hasAttributes = ids.contains { $0.hasPrefix("attr:") }
        var rows: [Screen.Row] = []
        if hasPasswords {
            rows += fieldRows(["newPassword", "confirmPassword"], s)
            let checklist = PasswordChecklist(
                policy: wizard.profile.passwordPolicy, password: s.fields["newPassword"]?.text ?? "",
                confirmation: s.fields["confirmPassword"]?.text ?? "", temporaryPassword: s.fields["password"]?.text,
                strings: strings)
            rows += checklist.items.map { .check(text: $0.text, isMet: $0.isMet) }
        }
        if hasAttributes {
            if hasPasswords { rows.append(.blank) }
            if let challenge = s.challenge {
                rows += wizard.builder.currentAttributes(challenge).map { .info(label: $0.0, value: $0.1) }
            }
            rows += fieldRows(ids.filter { $0.hasPrefix("attr:") }, s)
        }
        let intro: String
        if hasPasswords { intro = strings(hasAttributes || s.pages.count > 1 ? "newpassword.intro" : "newpassword.introOnly") }
        else { intro = strings("details.intro") }
        return Screen(title: strings(hasPasswords ? "newpassword.title" : "details.title"), step: stepLabel(page + 1, s),
                      intro: [intro], rows: rows)
    }

    private func totpScreen(_ s: WizardState) -> Screen {
        guard let secret = s.totpSecret else {
            return Screen(title: strings("mfa.totp.title"), intro: [strings("mfa.totp.intro")])
        }
        let account = s.fields["username"]?.text.trimmingCharacters(in: .whitespaces) ?? ""
        let uri = OTPAuthURI.make(issuer: wizard.totpIssuer, account: account, secret: secret)
        return Screen(title: strings("mfa.totp.title"), intro: [strings("mfa.totp.intro")],
                      rows: [.qr(uri), .info(label: strings("mfa.secret"), value: OTPAuthURI.grouped(Sanitizer.clean(secret)))]
                        + fieldRows(["mfaCode"], s))
    }

    private func codeIntro(_ challenge: CodeChallenge) -> String {
        switch challenge.kind {
        case .totp: return strings("mfa.code.totp", ["issuer": Sanitizer.clean(wizard.totpIssuer)])
        case .sms, .email:
            guard let destination = challenge.destination else { return strings("mfa.code.sentSomewhere") }
            return strings("mfa.code.sent", ["destination": Sanitizer.clean(destination)])
        }
    }

    private func recoveryScreen(_ destination: String?, _ s: WizardState) -> Screen {
        let intro = destination.map { strings("recovery.sent", ["destination": Sanitizer.clean($0)]) } ?? strings("recovery.sentSomewhere")
        let checklist = PasswordChecklist(
            policy: wizard.profile.passwordPolicy, password: s.fields["newPassword"]?.text ?? "",
            confirmation: s.fields["confirmPassword"]?.text ?? "", temporaryPassword: nil, strings: strings)
        return Screen(title: strings("recovery.title"), intro: [intro],
                      rows: fieldRows(["recoveryCode", "newPassword", "confirmPassword"], s)
                        + checklist.items.map { .check(text: $0.text, isMet: $0.isMet) })
    }

    /// "Step n of N": sign-in, then each page of the new-password form.
    private func stepLabel(_ index: Int, _ s: WizardState) -> String? {
        guard !s.pages.isEmpty else { return nil }
        return strings("app.step", ["current": "\(index + 1)", "total": "\(s.pages.count + 1)"])
    }

    private func fieldRows(_ ids: [String], _ s: WizardState) -> [Screen.Row] {
        ids.compactMap { s.fields[$0] }.map { field in
            let masked = field.isSecret && !s.revealSecrets
            let value = masked ? String(repeating: "•", count: field.editor.characters.count) : field.text
            var isChoice = false
            if case .choice = field.kind { isChoice = true }
            return .field(.init(
                id: field.id, label: Sanitizer.clean(field.label), value: masked ? value : Sanitizer.clean(value),
                cursor: field.editor.cursor, isFocused: s.focus == field.id && s.dialog == nil, isMasked: masked,
                isRequired: field.required, hint: field.hint.isEmpty ? nil : Sanitizer.clean(field.hint),
                error: field.error.map(Sanitizer.clean), suggestion: s.focus == field.id ? Completion.first(for: field) : nil,
                isChoice: isChoice))
        }
    }

    private func keys(for s: WizardState) -> [Screen.KeyHint] {
        func k(_ key: String, _ action: String) -> Screen.KeyHint { .init(key: key, action: strings(action)) }
        if s.showingHelp { return [k("Esc", "key.close")] }
        if s.dialog != nil { return [] }
        if s.busy != nil { return [k("Esc", "key.back"), k("Ctrl-C", "key.quit")] }
        switch s.phase {
        case .done: return [k("Enter", "key.finish")]
        case .failed: return [k("Enter", "key.back"), k("Esc", "key.quit")]
        default:
            let last = s.focus == s.visibleFieldIDs.last
            // Most useful first: the line is cut where the terminal ends.
            var hints = [k("Enter", last ? "key.continue" : "key.next")]
            if s.visibleFieldIDs.count > 1 { hints.insert(k("Tab", "key.next"), at: 0) }
            if s.phase == .signIn { hints.append(k("F2", "key.forgot")) } else { hints.append(k("Esc", "key.back")) }
            if let focused = s.focus.flatMap({ s.fields[$0] }) {
                if case .choice = focused.kind { hints.append(k("←→", "key.choose")) }
                if focused.isSecret { hints.append(k("Ctrl-R", s.revealSecrets ? "key.hide" : "key.show")) }
            }
            hints += [k("F1", "key.help"), k("Ctrl-C", "key.quit")]
            return hints
        }
    }
}
