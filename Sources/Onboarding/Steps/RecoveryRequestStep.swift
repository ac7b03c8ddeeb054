import CognitoAuth

/// "Forgot password?" (F2, or a password the administrator marked for
/// reset): whose password, then a code is sent.
public struct RecoveryRequestStep: StepModel, Equatable {
    public func fieldIDs(_ s: WizardState) -> [FieldID] { [.recoveryUsername] }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.busy = .init(label: w.strings("mfa.sending"), frame: 0)
        return [.requestPasswordReset(username: w.validation.signInName(s.fields[.recoveryUsername]?.text ?? ""))]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        backToSignInAsking(&s, w, except: [.recoveryUsername])
    }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        Screen(title: w.strings("recovery.title"), sections: [.text([w.strings("recovery.intro")]), w.form([.recoveryUsername], s)])
    }

    static func show(_ s: inout WizardState, _ w: Wizard) {
        let username = s.fields[.username]?.text.trimmingWhitespace() ?? ""
        s.fields[.recoveryUsername] = w.builder.recoveryUsernameField(prefill: username)
        // The password typed on the sign-in screen is the forgotten one: it
        // has no further use, and the checklist must not compare against it.
        s.fields[.temporaryPassword]?.editor.set("")
        s.step = .recoveryRequest
        s.focus = .recoveryUsername
        s.notice = nil
    }
}
