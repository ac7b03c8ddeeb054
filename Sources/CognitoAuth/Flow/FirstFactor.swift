/// A way to start a choice-based sign-in (USER_AUTH): what the service lists
/// in `AvailableChallenges` of SELECT_CHALLENGE and takes as
/// `PREFERRED_CHALLENGE` or as the `ANSWER` to SELECT_CHALLENGE.
public enum FirstFactor: WireNamed, Sendable {
    /// The password, sent (over TLS) for the service to check.
    case password
    /// The password proven by SRP: it never leaves the machine.
    case passwordSRP
    /// A one-time code sent by email (8 digits).
    case emailOTP
    /// A one-time code sent by SMS (8 digits).
    case smsOTP
    /// A passkey: needs a browser or the platform's authenticator, never a terminal.
    case webAuthn
    /// A factor this version does not know.
    case unknown(String)

    public static let wireNames: [(FirstFactor, String)] = [
        (.password, "PASSWORD"), (.passwordSRP, "PASSWORD_SRP"), (.emailOTP, "EMAIL_OTP"),
        (.smsOTP, "SMS_OTP"), (.webAuthn, "WEB_AUTHN"),
    ]

    public var unknownName: String? {
        if case .unknown(let name) = self { return name }
        return nil
    }

    /// Whether this factor signs in with the password.
    public var usesPassword: Bool { self == .password || self == .passwordSRP }

    /// Whether the service sends a code for this factor (a new one at every sign-in).
    public var sendsCode: Bool { self == .emailOTP || self == .smsOTP }
}

/// SELECT_CHALLENGE's answer: the first factor chosen, with the password for
/// `.password` / `.passwordSRP`. Sends ANSWER with SRP_A for PASSWORD_SRP
/// (then the usual PASSWORD_VERIFIER), PASSWORD for PASSWORD, or nothing more
/// for a code (the service then sends one). The flow remembers the choice, so
/// signing in again after the session ends asks for it straight away
/// (PREFERRED_CHALLENGE).
public struct FirstFactorChoice: ChallengeAnswer {
    public let factor: FirstFactor
    public let password: SecretBytes?

    public init(_ factor: FirstFactor, password: SecretBytes?) {
        self.factor = factor
        self.password = password
    }

    /// Never the password: this is what ends up in logs.
    public var description: String { "FirstFactorChoice(\(factor))" }

    public func isAnswer(to pending: ChallengeName) -> Bool { pending == .selectChallenge }

    public func send(through flow: isolated SignInFlow) async throws(AuthError) -> NextStep {
        guard factor.usesPassword || factor.sendsCode else {
            throw .invalidState("\(factor) cannot be answered in a terminal")
        }
        if factor.usesPassword { flow.password = password ?? SecretBytes() }
        flow.chosenFactor = factor
        do throws(AuthError) {
            return try await select(flow)
        } catch let ended where ended.endedSession {
            flow.logger.info("challenge session ended; signing in again", metadata: ["challenge": "SELECT_CHALLENGE"])
            flow.sessionRecoveries += 1
            do throws(AuthError) { return try await flow.signIn() } catch { throw ended }
        }
    }

    private func select(_ flow: isolated SignInFlow) async throws(AuthError) -> NextStep {
        var answers: [String: WireText] = ["ANSWER": .plain(factor.wireName)]
        switch factor {
        case .passwordSRP:
            let srp = SRPClient(userPoolId: flow.app.userPoolId)
            answers["SRP_A"] = .plain(srp.publicValueHex)
            return try await flow.continueSRP(srp, try await flow.respondOnce(.selectChallenge, answers, session: flow.session))
        case .password:
            answers["PASSWORD"] = .secret(flow.password)
            fallthrough
        case .emailOTP, .smsOTP, .webAuthn, .unknown:
            return try flow.handle(try await flow.respondOnce(.selectChallenge, answers, session: flow.session))
        }
    }
}
