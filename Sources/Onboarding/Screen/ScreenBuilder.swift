import CognitoAuth

/// Turns a wizard state into a Screen: the step's own description, then what
/// every screen shares (the step counter, the time left, the notice, the
/// spinner, a dialog, help, the key line). Pure; every string from the
/// service or a config file passes through the Sanitizer on its way here.
public struct ScreenBuilder: Sendable {
    public let wizard: Wizard

    public init(wizard: Wizard) { self.wizard = wizard }

    var strings: Strings { wizard.strings }

    public func screen(for s: WizardState) -> Screen {
        var screen = s.model.screen(s, wizard)
        screen.step = StepCounter.label(s, wizard)
        if let deadline = s.sessionDeadline {
            let seconds = Int(max(.zero, deadline - s.now).components.seconds)
            screen.timeLeft = strings("session.left", ["time": "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)"])
            screen.timeIsShort = seconds <= 30
        }
        screen.notice = s.notice.map { .init(text: Sanitizer.clean($0.text), isError: $0.isError) }
        if let warning = kioskWarning(s) { screen.notice = warning }
        screen.busy = s.busy
        if let dialog = s.dialog {
            screen.dialog = [question(dialog, s), strings("confirm.yesNo")]
        }
        if s.showingHelp {
            screen.help = strings("help.lines").split(separator: "\n").map(String.init)
        }
        screen.keys = keys(for: s)
        return screen
    }

    func question(_ dialog: WizardState.Dialog, _ s: WizardState) -> String {
        switch dialog {
        case .quit: return strings("confirm.quit")
        case .backToSignIn: return strings("confirm.back")
        case .quitAfterChange:
            return strings("confirm.quitAfterChange", ["remaining": strings(s.setsUpMFA ? "remaining.mfa" : "remaining.code")])
        }
    }

    /// In a kiosk's last idle seconds: when it will start over.
    func kioskWarning(_ s: WizardState) -> Notice? {
        guard let kiosk = wizard.kiosk, !s.isPristine else { return nil }
        let left = kiosk.idleTimeout - (s.now - s.lastInput)
        guard left <= kiosk.warning, left > .zero else { return nil }
        let seconds = Int((Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18).rounded(.up))
        return Notice(text: strings("kiosk.idle", ["seconds": "\(seconds)"]), isError: false)
    }

    /// The key line, most useful first (it is cut where the terminal ends),
    /// written from the key map.
    func keys(for s: WizardState) -> [Screen.KeyHint] {
        func k(_ action: KeyMap.Action, _ words: String) -> Screen.KeyHint { .init(key: KeyMap.cap(action), action: strings(words)) }
        let quit = wizard.kiosk == nil ? [k(.quit, "key.quit")] : []
        if s.showingHelp { return [k(.back, "key.close")] }
        if s.dialog != nil { return [] }
        if s.busy != nil { return [k(.back, "key.back")] + quit }
        switch s.step {
        case .done: return [k(.enter, "key.finish")]
        case .sessionEnded: return [k(.enter, "key.continue")] + (wizard.kiosk == nil ? [k(.back, "key.quit")] : [])
        case .failed: return [k(.enter, "key.back")] + (wizard.kiosk == nil ? [k(.back, "key.quit")] : [])
        default:
            let last = s.focus == s.visibleFieldIDs.last
            var hints = [k(.enter, last ? "key.continue" : "key.next")]
            if s.visibleFieldIDs.count > 1 { hints.insert(k(.nextField, "key.next"), at: 0) }
            // Once the password has changed Esc offers to quit, not to go back.
            hints.append(s.step == .signIn ? k(.forgotPassword, "key.forgot")
                         : k(.back, s.passwordChanged ? "key.quit" : "key.back"))
            if s.step == .signIn, let next = wizard.nextLanguageName {
                hints.append(.init(key: KeyMap.cap(.language), action: next))
            }
            if let focused = s.focus.flatMap({ s.fields[$0] }) {
                if case .choice = focused.kind { hints.append(k(.choose, "key.choose")) }
                if focused.isSecret { hints.append(k(.reveal, s.revealSecrets ? "key.hide" : "key.show")) }
            }
            return hints + [k(.help, "key.help")] + quit
        }
    }
}

/// Sections the steps share: fields and the password checklist.
extension Wizard {
    /// The fields of `ids` as one section of the form.
    func form(_ ids: [FieldID], _ s: WizardState) -> Screen.Section {
        Screen.Section(.fields(fieldRows(ids, s)))
    }

    func fieldRows(_ ids: [FieldID], _ s: WizardState) -> [Screen.FieldRow] {
        ids.compactMap { s.fields[$0] }.map { field in
            let masked = field.isSecret && !s.revealSecrets
            var choices: [String]?
            if case .choice(let options) = field.kind { choices = options.map { Sanitizer.clean($0.label) } }
            return Screen.FieldRow(
                // Required is the rule; the exceptions say so in words, in every colour mode.
                id: field.id, label: field.required ? Sanitizer.clean(field.label)
                    : strings("field.optional", ["label": Sanitizer.clean(field.label)]), value: masked ? "" : Sanitizer.clean(field.displayText),
                maskedLength: masked ? field.editor.characters.count : 0,
                cursor: field.editor.cursor, isFocused: s.focus == field.id && s.dialog == nil, isMasked: masked,
                hint: field.hint.isEmpty ? nil : Sanitizer.clean(field.hint),
                error: field.error.map(Sanitizer.clean), suggestion: s.focus == field.id ? Completion.first(for: field) : nil,
                choices: choices)
        }
    }

    /// The live checklist under a new password.
    func checklist(temporaryPassword: [Character]?, _ s: WizardState) -> Screen.Section {
        let list = PasswordChecklist(
            policy: profile.passwordPolicy, password: s.fields[.newPassword]?.editor.characters ?? [],
            confirmation: s.fields[.confirmPassword]?.editor.characters ?? [],
            temporaryPassword: temporaryPassword?.isEmpty == false ? temporaryPassword : nil, strings: strings)
        return Screen.Section(.checklist(list.items.map { Screen.Check(text: $0.text, isMet: $0.isMet) }))
    }
}
