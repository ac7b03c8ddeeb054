import CognitoAuth

/// SELECT_MFA_TYPE: which of the person's MFA kinds to use this time.
public struct MFASelectStep: StepModel, Equatable {
    public let kinds: [MFAKind]

    public func fieldIDs(_ s: WizardState) -> [FieldID] { [.choice] }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        guard let kind = kinds.first(where: { $0.rawValue == s.fields[.choice]?.text }) else { return [] }
        s.busy = .init(label: w.strings("mfa.checking"), frame: 0)
        return [.answering(MFAChoice(kind))]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { backToSignInAsking(&s, w) }

    public var isTimed: Bool { true }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        Screen(title: w.strings("mfa.select.title"), sections: [.text([w.strings("mfa.select.intro")]), w.form([.choice], s)])
    }

    static func show(_ kinds: [MFAKind], _ s: inout WizardState, _ w: Wizard) {
        s.step = .selectMFA(MFASelectStep(kinds: kinds))
        s.fields[.choice] = w.builder.mfaChoiceField(kinds)
        s.focus = .choice
    }
}
