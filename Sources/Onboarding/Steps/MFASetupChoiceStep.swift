import CognitoAuth

/// MFA_SETUP offering several kinds: the person chooses which to set up.
public struct MFASetupChoiceStep: StepModel, Equatable {
    public let kinds: [MFAKind]

    public func fieldIDs(_ s: WizardState) -> [FieldID] { [.choice] }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        guard let kind = kinds.first(where: { $0.rawValue == s.fields[.choice]?.text }) else { return [] }
        return Self.begin(kind, &s, w)
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { backToSignInAsking(&s, w) }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        Screen(title: w.strings("mfa.setup.title"), sections: [.text([w.strings("mfa.setup.choose")]), w.form([.choice], s)])
    }

    public var isTimed: Bool { true }
    public var counted: StepCounter.Stage? { .mfaSetup }

    /// MFA_SETUP arrived: one usable kind starts at once, several are offered.
    /// SMS cannot be set up here (Cognito takes it from a verified phone).
    static func show(_ kinds: [MFAKind], _ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.setsUpMFA = true
        let usable = kinds.filter { $0 != .sms }
        switch usable.count {
        case 0:
            FailedStep.show(w.strings("error.mfaUnsupported"), &s)
            return []
        case 1:
            return begin(usable[0], &s, w)
        default:
            s.step = .chooseMFASetup(MFASetupChoiceStep(kinds: usable))
            s.fields[.choice] = w.builder.mfaChoiceField(usable)
            s.focus = .choice
            return []
        }
    }

    static func begin(_ kind: MFAKind, _ s: inout WizardState, _ w: Wizard) -> [Effect] {
        kind == .email ? EmailSetupStep.show(&s, w) : TOTPSetupStep.start(&s, w)
    }
}
