import CognitoAuth

/// The screens of the wizard, each with its model's data. A new challenge is
/// a case here and an arm in `arrive`, beside a file for its model (see
/// README, "Adding a step").
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
    case sessionEnded(SessionEndedStep)

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
        case .sessionEnded(let step): return step
        }
    }
}

extension Step {
    /// Shows the step for what the service asks next; returns the requests
    /// that step starts with. One arm per `NextStep` and no default: a new
    /// kind of answer is a compile error here.
    static func arrive(_ next: NextStep, _ s: inout WizardState, _ w: Wizard) -> [Effect] {
        switch next {
        case .newPasswordRequired(let challenge):
            NewPasswordStep.show(challenge, &s, w)
        case .mfaSetup(let kinds):
            return MFASetupChoiceStep.show(kinds, &s, w)
        case .code(let challenge):
            CodeStep.show(challenge, &s, w)
        case .selectMFA(let kinds):
            MFASelectStep.show(kinds, &s, w)
        case .selectChallenge(let factors):
            SelectChallengeStep.show(factors, &s, w)
        case .signedIn(let tokens):
            return DoneStep.show(tokens, &s, w)
        case .unsupported(let challenge):
            FailedStep.show(w.strings("error.unsupportedChallenge", ["challenge": challenge.wireName]), &s)
        }
        return []
    }
}
