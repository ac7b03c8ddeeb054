/// SELECT_MFA_TYPE's answer: the kind of second factor to use this time.
public struct MFAChoice: ChallengeAnswer {
    public let kind: MFAKind

    public init(_ kind: MFAKind) { self.kind = kind }

    public var description: String { "MFAChoice(\(kind.rawValue))" }

    public func isAnswer(to pending: ChallengeName) -> Bool { pending == .selectMFAType }

    public func send(through flow: isolated SignInFlow) async throws(AuthError) -> NextStep {
        try await flow.respond(.selectMFAType, ["ANSWER": .plain(kind.rawValue)])
    }
}
