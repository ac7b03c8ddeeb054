import CognitoAuth

/// What the service answered, shown by its step (`Step.arrive`), with what
/// every arrival shares: the session clock and the note after a resumed session.
extension Wizard {
    func arrive(_ next: NextStep, _ s: inout WizardState) -> [Effect] {
        s.notice = nil
        // Leaving the password screen for anything but itself: the password
        // changed (also when a lost reply was settled, `.settled`).
        if case .newPassword = s.step {
            if case .newPasswordRequired = next {} else { s.passwordChanged = true }
        }
        let effects = Step.arrive(next, &s, self)
        startSessionClock(&s)
        if s.resuming {
            s.resuming = false
            s.notice = .init(text: strings(s.passwordChanged ? "session.resumed.changed" : "session.resumed"), isError: false)
        }
        return effects
    }

    /// Once signed in, the passwords have no further use on screen or in state.
    func forgetSecrets(_ s: inout WizardState) {
        s.wipeSecrets()
        s.revealSecrets = false
    }

    func fail(_ error: AuthError, _ s: inout WizardState) -> [Effect] {
        if case .service(let e) = error, e.name == .passwordResetRequired, s.step == .signIn {
            // The administrator asked for a reset: recovery opens and asks for
            // the code itself, so the person only has to type it.
            RecoveryRequestStep.show(&s, self)
            s.notice = .init(text: strings("recovery.required"), isError: false)
            return RecoveryRequestStep().submit(&s, self)
        }
        switch ErrorPlacement.place(error, fields: s.fields, visible: s.visibleFieldIDs, host: endpointHost, strings: strings) {
        case .field(let id, let message) where s.fields[id] != nil && s.visibleFieldIDs.contains(id):
            s.fields[id]?.error = message
            // A refused code is of no use: the field is cleared for the next
            // one (the error stays).
            if id.isCode { s.fields[id]?.editor.set("") }
            s.focus = id
        case .field(_, let message), .notice(let message):
            s.notice = .init(text: message, isError: true)
            if s.step == .signIn, case .service(let e) = error, e.name == .notAuthorized || e.name == .userNotFound {
                s.focus = .temporaryPassword
            }
        case .quiet(let message):
            s.notice = .init(text: message, isError: false)
        }
        return []
    }

    /// The digits of a code field (spaces the person typed dropped).
    func digits(_ id: FieldID, _ s: WizardState) -> String {
        (s.fields[id]?.text ?? "").filter { !$0.isWhitespace }
    }
}
