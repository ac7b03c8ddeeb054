import CognitoAuth

/// "Forgot password?" (and a password the administrator marked for reset):
/// whose, then the emailed or texted code with the new password.
extension Wizard {
    func startRecovery(_ s: inout WizardState) {
        let username = s.fields["username"]?.text.trimmingCharacters(in: .whitespaces) ?? ""
        s.fields["recoveryUsername"] = builder.recoveryUsernameField(prefill: username)
        // The password typed on the sign-in screen is the forgotten one: it
        // has no further use, and the checklist must not compare against it.
        s.fields["password"]?.editor.set("")
        s.phase = .recoveryRequest
        s.focus = "recoveryUsername"
        s.notice = nil
    }

    func showRecoveryConfirm(destination: String?, _ s: inout WizardState) {
        for field in [builder.codeField(id: "recoveryCode")] + builder.passwordFields() {
            s.fields[field.id] = field
        }
        s.phase = .recoveryConfirm(destination: destination)
        s.focus = "recoveryCode"
        s.notice = nil
    }

    func finishRecovery(_ s: inout WizardState) {
        let username = s.fields["recoveryUsername"]?.text ?? ""
        s.fields["username"]?.editor.set(username)
        for id in ["password", "newPassword", "confirmPassword", "recoveryCode"] { s.fields[id]?.editor.set("") }
        s.phase = .signIn
        s.focus = "password"
        s.notice = .init(text: strings("recovery.done"), isError: false)
    }
}
