/// An answer to the challenge on screen, as a value that knows how to send
/// itself through the flow. The wizard carries it as `Effect.answer` and its
/// runner hands it to `SignInFlow.answer(_:)` unchanged, so answering a new
/// challenge is one type in the core's file for that challenge — no new flow
/// method, effect or runner code (see README, "Adding a step").
///
/// Why a protocol and not an enum: an enum of answers would put every
/// challenge's answering code into one switch in SignInFlow.swift, a second
/// place to edit for each new challenge.
public protocol ChallengeAnswer: Equatable, Sendable, CustomStringConvertible {
    /// Whether this answers `pending`, the challenge the flow waits on: the
    /// flow refuses an answer to another one.
    func isAnswer(to pending: ChallengeName) -> Bool
    /// Sends the answer on the flow's actor (it may read and update the
    /// flow's session, password and username) and reads what comes next.
    func send(through flow: isolated SignInFlow) async throws(AuthError) -> NextStep
}

extension ChallengeAnswer {
    /// Compares with an answer of any type (effects are compared in tests).
    public func isSame(as other: any ChallengeAnswer) -> Bool {
        (other as? Self) == self
    }
}
