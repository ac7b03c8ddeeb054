import CognitoAuth

/// MFA_SETUP by email: the address codes go to (prefilled with the one typed
/// or on file); the service then asks for the first code.
public struct EmailSetupStep: StepModel, Equatable {
    public func fieldIDs(_ s: WizardState) -> [FieldID] { [.mfaEmail] }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.busy = .init(label: w.strings("mfa.sending"), frame: 0)
        return [.answering(EmailMFASetup(email: s.fields[.mfaEmail]?.text.trimmingWhitespace() ?? ""))]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { backToSignInAsking(&s, w) }

    public var isTimed: Bool { true }
    public var counted: StepCounter.Stage? { .mfaSetup }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        Screen(title: w.strings("mfa.email.title"), sections: [.text([w.strings("mfa.email.intro")]), w.form([.mfaEmail], s)])
    }

    static func show(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        let typed = s.fields[.attribute("email")]?.text ?? ""
        let known = s.challenge?.currentAttributes["email"] ?? ""
        s.step = .emailSetup
        s.fields[.mfaEmail] = w.builder.mfaEmailField(prefill: typed.isEmpty ? known : typed)
        s.focus = .mfaEmail
        return []
    }
}
