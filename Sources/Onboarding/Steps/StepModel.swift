import CognitoAuth

/// One screen of the wizard as a small model: which fields it shows, what
/// Enter produces once they are all valid, what Esc does, and the Screen it
/// describes. The wizard owns what every step shares (focus, editing, the
/// key map, validation on advance, errors, time); a step owns the rest.
public protocol StepModel: Sendable {
    /// The fields on the screen, in order.
    func fieldIDs(_ s: WizardState) -> [FieldID]
    /// Enter on the last field, every field valid: the requests to make.
    func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect]
    /// Esc.
    func back(_ s: inout WizardState, _ w: Wizard) -> [Effect]
    /// What the screen says (title, intro, rows); the wizard adds the notice,
    /// the spinner, dialogs, help and the key line.
    func screen(_ s: WizardState, _ w: Wizard) -> Screen
    /// A key the step handles itself, before the form does (nil: the form's).
    func key(_ key: Key, _ s: inout WizardState, _ w: Wizard) -> [Effect]?
    /// Whether the challenge session's clock runs out on this screen.
    var isTimed: Bool { get }
    /// Which of the flow's counted steps this is ("Step 2 of 3"), if any.
    var counted: StepCounter.Stage? { get }
}

extension StepModel {
    public func key(_ key: Key, _ s: inout WizardState, _ w: Wizard) -> [Effect]? { nil }
    public var isTimed: Bool { false }
    public var counted: StepCounter.Stage? { nil }

    /// Esc on a screen after sign-in: back to it, asking first when that
    /// would leave something typed behind.
    func backToSignInAsking(_ s: inout WizardState, _ w: Wizard, except kept: Set<FieldID> = [.choice]) -> [Effect] {
        let typed = s.visibleFields.contains { !$0.editor.isEmpty && !kept.contains($0.id) }
        if typed { s.dialog = .backToSignIn } else { w.backToSignIn(&s) }
        return []
    }
}

/// The screens of the wizard, each with its model's data. Adding a challenge
/// is a case here, a file for its model, and a case in `NextStep`.
public enum Step: Equatable, Sendable {
    case signIn
    case newPassword(NewPasswordStep)
    case chooseMFASetup(MFASetupChoiceStep)
    case totpSetup(TOTPSetupStep)
    case emailSetup
    case code(CodeStep)
    case selectMFA(MFASelectStep)
    case selectChallenge(SelectChallengeStep)
    case recoveryRequest
    case recoveryConfirm(RecoveryConfirmStep)
    case done(DoneStep)
    case failed(FailedStep)

    public var model: any StepModel {
        switch self {
        case .signIn: return SignInStep()
        case .newPassword(let step): return step
        case .chooseMFASetup(let step): return step
        case .totpSetup(let step): return step
        case .emailSetup: return EmailSetupStep()
        case .code(let step): return step
        case .selectMFA(let step): return step
        case .selectChallenge(let step): return step
        case .recoveryRequest: return RecoveryRequestStep()
        case .recoveryConfirm(let step): return step
        case .done(let step): return step
        case .failed(let step): return step
        }
    }
}
