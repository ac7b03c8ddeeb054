/// MFA_SETUP answered by email: the address to send codes to. The service
/// then asks for the first code, as EMAIL_OTP.
public struct EmailMFASetup: ChallengeAnswer {
    public let email: String

    public init(email: String) { self.email = email }

    /// Not the address: logs hold no personal data.
    public var description: String { "EmailMFASetup" }

    public func isAnswer(to pending: ChallengeName) -> Bool { pending == .mfaSetup }

    public func send(through flow: isolated SignInFlow) async throws(AuthError) -> NextStep {
        try await flow.respond(.mfaSetup, ["EMAIL": .plain(email)])
    }
}
