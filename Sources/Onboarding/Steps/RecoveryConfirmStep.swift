import CognitoAuth

/// The reset code with the new password (and its checklist).
public struct RecoveryConfirmStep: StepModel, Equatable {
    /// Where the code went, masked by the service.
    public let destination: String?

    public func fieldIDs(_ s: WizardState) -> [FieldID] { [.recoveryCode, .newPassword, .confirmPassword] }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.busy = .init(label: w.strings("newpassword.saving"), frame: 0)
        return [.confirmPasswordReset(
            username: w.validation.signInName(s.fields[.recoveryUsername]?.text ?? ""),
            code: w.digits(.recoveryCode, s), password: s.secret(.newPassword))]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { backToSignInAsking(&s, w) }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        let intro = destination.map { w.strings("recovery.sent", ["destination": Sanitizer.clean($0)]) }
            ?? w.strings("recovery.sentSomewhere")
        return Screen(title: w.strings("recovery.title"),
                      sections: [.text([intro]), w.form(fieldIDs(s), s), w.checklist(temporaryPassword: nil, s)])
    }

    static func show(destination: String?, _ s: inout WizardState, _ w: Wizard) {
        for field in [w.builder.codeField(.recoveryCode)] + w.builder.passwordFields() { s.fields[field.id] = field }
        // Why the reset happens stays in view when the administrator asked for it.
        let asked = s.notice?.text == w.strings("recovery.required")
        s.step = .recoveryConfirm(RecoveryConfirmStep(destination: destination))
        s.focus = .recoveryCode
        if !asked { s.notice = nil }
    }

    /// The password was reset: back to sign-in with it.
    static func finish(_ s: inout WizardState, _ w: Wizard) {
        let username = s.fields[.recoveryUsername]?.text ?? ""
        s.fields[.username]?.editor.set(username)
        for id: FieldID in [.temporaryPassword, .newPassword, .confirmPassword, .recoveryCode] { s.fields[id]?.editor.set("") }
        s.step = .signIn
        s.focus = .temporaryPassword
        s.notice = .init(text: w.strings("recovery.done"), isError: false)
    }
}
