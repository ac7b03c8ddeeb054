/// An answer the wizard gives to the challenge on screen, as one value: the
/// wizard's runner hands it to `SignInFlow.answer(_:)` unchanged, so a new
/// challenge answered this way needs no new effect or runner code above
/// CognitoAuth (see README, "Adding a step").
public enum ChallengeAnswer: Equatable, Sendable {
    /// SELECT_CHALLENGE: the first factor chosen, with the password for
    /// `.password` / `.passwordSRP`.
    case firstFactor(FirstFactor, password: String?)
}

extension ChallengeAnswer: CustomStringConvertible {
    /// Never the password: this is what ends up in logs.
    public var description: String {
        switch self {
        case .firstFactor(let factor, _): return "firstFactor(\(factor))"
        }
    }
}
