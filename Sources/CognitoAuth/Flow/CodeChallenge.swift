/// SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP or SMS_OTP, decoded.
public struct CodeChallenge: Equatable, Sendable {
    /// How the code reaches the person: an authenticator app, an SMS, an email
    /// (SMS_OTP, a first factor, is `.sms` too).
    public let kind: MFAKind
    /// Where the code went, masked by the service (`+*******1234`, `a***@e***`).
    public let destination: String?
    /// SMS or EMAIL.
    public let deliveryMedium: String?
    /// The service sent this code because the session of an earlier one ended
    /// (the flow signed in again): the earlier code is void and was not resent.
    public let isReplacement: Bool

    public init(kind: MFAKind, destination: String?, deliveryMedium: String?, isReplacement: Bool = false) {
        self.kind = kind
        self.destination = destination
        self.deliveryMedium = deliveryMedium
        self.isReplacement = isReplacement
    }

    /// How many digits the code has: an authenticator's always 6; a code the
    /// service sends is 8 as a first factor and 6 to 8 as email MFA (the length
    /// of email MFA codes is not documented), so 6 to 8 for any sent code.
    public var digits: ClosedRange<Int> { kind == .totp ? 6...6 : 6...8 }

    /// Whether the service sent the code (a new one at every sign-in), so an
    /// old one must never be submitted again.
    public var isSent: Bool { kind != .totp }
}

/// The answer to a code challenge (SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP,
/// SMS_OTP): the code, under the key the pending challenge names. An ended
/// session is recovered by `SignInFlow.respond` (a sent code is not resent).
public struct CodeAnswer: ChallengeAnswer {
    public let code: String

    public init(_ code: String) { self.code = code }

    /// Not the code: it is a secret while it is valid.
    public var description: String { "CodeAnswer(\(code.count) digits)" }

    public func isAnswer(to pending: ChallengeName) -> Bool { pending.code != nil }

    public func send(through flow: isolated SignInFlow) async throws(AuthError) -> NextStep {
        guard let name = flow.pending, let key = name.code?.key else {
            throw .invalidState("no code challenge is pending")
        }
        return try await flow.respond(name, [key: .plain(code)])
    }
}
