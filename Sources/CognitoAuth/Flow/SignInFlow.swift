import FoundationEssentials
import Logging

/// One person's sign-in, from username and password to tokens, through every
/// challenge the service sets on the way.
///
/// `start` signs in; each `answer…` answers the challenge the last step named,
/// and each returns the next step. The flow always answers with the newest
/// Session, computes SECRET_HASH with the internal username after the first
/// step, and when a challenge session has expired (a slow typist meets the
/// 3-minute limit) it signs in again with the password it still holds and sends
/// the same answer once more, so nothing the person typed is lost — except a
/// code the service sent, which signing in again replaces (see `respond`).
///
/// Choice-based sign-in (USER_AUTH) proves a typed password by SRP; without
/// one the service offers its first factors (`NextStep.selectChallenge`),
/// answered with `answer(FirstFactorChoice(...))`. A client that refuses the
/// configured flow is tried once with USER_AUTH.
public actor SignInFlow {
    let client: CognitoClient
    let app: AppClient
    /// The configured flow; USER_AUTH once the app client has refused it (a
    /// client made for choice-based sign-in only).
    private var authFlow: AuthFlowType
    private let now: @Sendable () -> Date
    let logger: Logger

    private var typedUsername = ""
    /// USERNAME / USER_ID_FOR_SRP from the service: what every later request names.
    private var internalUsername = ""
    /// The password that signs this user in now: the temporary one, then the
    /// new one. Wiped by `forget` (and by its last holder when replaced).
    var password = SecretBytes()
    /// The challenge session: a credential for the next answer, so wiped too.
    var session: SecretBytes?
    var pending: ChallengeName?
    /// An answer whose reply was lost and whose outcome is not yet known (see LostReply).
    var doubt: LostReplyDoubt?
    /// What the last call learnt about a lost reply, for `takeSettledLostReply`.
    var settled: LostReply?
    var currentAttributes: [String: String] = [:]
    /// The first factor chosen at SELECT_CHALLENGE: signing in again asks for
    /// it straight away (PREFERRED_CHALLENGE).
    var chosenFactor: FirstFactor?

    /// How many times an expired session was recovered by signing in again.
    public internal(set) var sessionRecoveries = 0

    public init(
        client: CognitoClient, app: AppClient, authFlow: AuthFlowType = .userSRP,
        now: @escaping @Sendable () -> Date = { Date() },
        logger: Logger = Logger(label: "cognito-onboard.flow")
    ) {
        self.client = client
        self.app = app
        self.authFlow = authFlow
        self.now = now
        self.logger = logger
    }

    // MARK: Signing in

    /// Signs in with `username` (or an alias: email, phone) and `password`.
    public func start(username: String, password: SecretBytes) async throws(AuthError) -> NextStep {
        forget()
        typedUsername = username
        internalUsername = username
        self.password = password
        return try await signInOnceMoreIfLost()
    }

    /// Drops everything of this person: the password, the session, the names
    /// (a kiosk's reset). The flow can only be started afresh afterwards.
    public func forget() {
        typedUsername = ""
        internalUsername = ""
        password.wipe()
        password = SecretBytes()
        session?.wipe()
        session = nil
        pending = nil
        doubt = nil
        settled = nil
        currentAttributes = [:]
        chosenFactor = nil
    }

    /// Signs in again with the password the flow holds now — the new one once
    /// NEW_PASSWORD_REQUIRED was answered — after a challenge session ended:
    /// the person never types the replaced temporary password again.
    public func signInAgain() async throws(AuthError) -> NextStep {
        guard !typedUsername.isEmpty, !password.isEmpty else { throw .invalidState("no sign-in to resume") }
        logger.info("signing in again after the challenge session ended")
        sessionRecoveries += 1
        return try await signIn()
    }

    /// Whether anything of a person is still held (for the kiosk-reset test).
    public var holdsCredentials: Bool { !password.isEmpty || session != nil || !typedUsername.isEmpty }

    /// Signs in with the configured flow; when the app client refuses that
    /// flow (InvalidParameterException "USER_SRP_AUTH is not enabled for the
    /// client."), tries USER_AUTH once by itself and says so in the log. If the
    /// client refuses that too, the first refusal is what the caller sees.
    func signInOrFallBack() async throws(AuthError) -> NextStep {
        do throws(AuthError) {
            return try await signIn()
        } catch let refused where authFlow != .userAuth && refused.serviceError?.isAuthFlowNotEnabled == true {
            let configured = authFlow
            logger.notice("the app client does not allow this sign-in flow; trying USER_AUTH",
                          metadata: ["refused": "\(configured.rawValue)"])
            authFlow = .userAuth
            do throws(AuthError) {
                return try await signIn()
            } catch let second where second.serviceError?.name == .invalidParameter {
                logger.notice("the app client does not allow USER_AUTH either", metadata: ["refused": "\(configured.rawValue)"])
                authFlow = configured
                throw refused
            }
        }
    }

    func signIn() async throws(AuthError) -> NextStep {
        var parameters: [String: WireText] = ["USERNAME": .plain(typedUsername)]
        if let hash = app.secretHash(for: typedUsername) { parameters["SECRET_HASH"] = .plain(hash) }
        switch authFlow {
        case .userPassword:
            parameters["PASSWORD"] = .secret(password)
            return try handle(try await initiate(parameters))
        case .userSRP:
            return try await proveBySRP(parameters)
        case .userAuth:
            if let factor = chosenFactor, factor.sendsCode {
                // A code as the first factor: the service sends a new one.
                parameters["PREFERRED_CHALLENGE"] = .plain(factor.wireName)
            } else if chosenFactor == .password, !password.isEmpty {
                parameters["PREFERRED_CHALLENGE"] = .plain(FirstFactor.password.wireName)
                parameters["PASSWORD"] = .secret(password)
            } else if !password.isEmpty {
                parameters["PREFERRED_CHALLENGE"] = .plain(FirstFactor.passwordSRP.wireName)
                return try await proveBySRP(parameters)
            }
            // No password and no choice yet: the service offers its factors (SELECT_CHALLENGE).
            return try handle(try await initiate(parameters))
        }
    }

    /// InitiateAuth with SRP_A, then PASSWORD_VERIFIER (USER_SRP_AUTH, or
    /// USER_AUTH with PASSWORD_SRP preferred).
    private func proveBySRP(_ parameters: [String: WireText]) async throws(AuthError) -> NextStep {
        var parameters = parameters
        let srp = SRPClient(userPoolId: app.userPoolId)
        parameters["SRP_A"] = .plain(srp.publicValueHex)
        return try await continueSRP(srp, try await initiate(parameters))
    }

    /// Answers PASSWORD_VERIFIER when that is what came; under USER_AUTH it
    /// comes with a Session, which goes back with the answer.
    func continueSRP(_ srp: SRPClient, _ first: AuthResponse) async throws(AuthError) -> NextStep {
        guard first.ChallengeName.map(ChallengeName.init(wireName:)) == .passwordVerifier else { return try handle(first) }
        return try handle(try await verifyPassword(srp, first))
    }

    private func initiate(_ parameters: [String: WireText]) async throws(AuthError) -> AuthResponse {
        let request = InitiateAuthRequest(AuthFlow: authFlow.rawValue, ClientId: app.clientId, AuthParameters: parameters)
        return try await client.call(.initiateAuth, request)
    }

    private func verifyPassword(_ srp: SRPClient, _ challenge: AuthResponse) async throws(AuthError) -> AuthResponse {
        let p = challenge.ChallengeParameters
        guard let salt = p["SALT"], let serverPublic = p["SRP_B"], let block = p["SECRET_BLOCK"],
              let userId = p["USER_ID_FOR_SRP"]
        else { throw .unexpectedResponse("PASSWORD_VERIFIER without SALT, SRP_B, SECRET_BLOCK or USER_ID_FOR_SRP") }
        internalUsername = p["USERNAME"] ?? userId
        let timestamp = CognitoTimestamp.string(for: now())
        let signature: String
        do {
            signature = try srp.passwordClaimSignature(
                userIdForSRP: userId, password: password, saltHex: salt, serverPublicHex: serverPublic,
                secretBlockBase64: block, timestamp: timestamp)
        } catch let error as SRPError {
            throw .srp(error)
        } catch {
            throw .unexpectedResponse("\(error)")
        }
        let answers: [String: WireText] = [
            "USERNAME": .plain(internalUsername), "PASSWORD_CLAIM_SECRET_BLOCK": .plain(block),
            "PASSWORD_CLAIM_SIGNATURE": .plain(signature), "TIMESTAMP": .plain(timestamp),
        ]
        return try await respondOnce(.passwordVerifier, answers, session: challenge.Session)
    }

    // MARK: Answering challenges

    /// Answers NEW_PASSWORD_REQUIRED with the new password and the attributes
    /// the person filled in (required ones and any others they chose). The
    /// `*_verified` flags, `sub` and attributes that already have a value are
    /// left out (see `NewPasswordAnswer`).
    public func answerNewPassword(_ newPassword: SecretBytes, attributes: [String: String]) async throws(AuthError) -> NextStep {
        settled = nil
        if doubt != nil { return try await settleNewPassword(newPassword, attributes: attributes) }
        try expect(.newPasswordRequired)
        let answers = newPasswordAnswers(newPassword, attributes: attributes)
        let step: NextStep
        do throws(AuthError) {
            step = try await respond(.newPasswordRequired, answers)
        } catch where error.mayHaveActed || error.serviceError?.isSessionReused == true {
            try remember(error, as: .newPassword(newPassword))
            return try await settleNewPassword(newPassword, attributes: attributes, lost: error)
        }
        password = newPassword
        return step
    }

    /// Answers the challenge on screen with `answer` (see `ChallengeAnswer`).
    public func answer(_ answer: some ChallengeAnswer) async throws(AuthError) -> NextStep {
        guard let pending, answer.isAnswer(to: pending) else {
            throw .invalidState("\(answer) does not answer \(pending?.wireName ?? "nothing pending")")
        }
        return try await answer.send(through: self)
    }

    /// MFA_SETUP with an authenticator app, first half: the shared secret
    /// (base32) to show as a QR code.
    public func associateSoftwareToken() async throws(AuthError) -> SecretBytes {
        try expect(.mfaSetup)
        do throws(AuthError) {
            return try await associateOnce()
        } catch where error.mayHaveActed || error.endedSession {
            return try await associateOnNewSession(after: error)
        }
    }

    func associateOnce() async throws(AuthError) -> SecretBytes {
        guard let current = session else { throw .unexpectedResponse("MFA_SETUP without a Session") }
        let answer = try await client.call(
            .associateSoftwareToken, AssociateSoftwareTokenRequest(Session: current), as: AssociateSoftwareTokenResponse.self)
        if let next = answer.Session { session = next }
        return answer.SecretCode
    }

    /// MFA_SETUP with an authenticator app, second half: the first code from the
    /// app, then the MFA_SETUP answer with the newest Session.
    public func verifySoftwareToken(code: String, deviceName: String?) async throws(AuthError) -> NextStep {
        settled = nil
        if doubt != nil { return try await settleAuthenticator(code: code, deviceName: deviceName) }
        try expect(.mfaSetup)
        do throws(AuthError) {
            return try await registerAuthenticator(code: code, deviceName: deviceName)
        } catch where error.mayHaveActed || error.endedSession {
            try remember(error, as: .authenticator)
            return try await settleAuthenticator(code: code, deviceName: deviceName, lost: error)
        }
    }

    /// VerifySoftwareToken, then the MFA_SETUP answer, on the newest Session.
    func registerAuthenticator(code: String, deviceName: String?) async throws(AuthError) -> NextStep {
        guard let current = session else { throw .unexpectedResponse("MFA_SETUP without a Session") }
        let request = VerifySoftwareTokenRequest(Session: current, UserCode: code, FriendlyDeviceName: deviceName)
        let answer = try await client.call(.verifySoftwareToken, request, as: VerifySoftwareTokenResponse.self)
        if let next = answer.Session { session = next }
        guard answer.Status == nil || answer.Status == "SUCCESS" else {
            throw .service(ServiceError(name: .enableSoftwareTokenMFA, message: "Code verification failed."))
        }
        // Registered now: whatever happens to the answer below, trying again must not verify twice.
        doubt = .authenticator
        let next = try await respond(.mfaSetup, [:])
        doubt = nil
        return next
    }

    func expect(_ challenge: ChallengeName) throws(AuthError) {
        guard pending == challenge else {
            throw .invalidState("expected \(challenge) to be pending, not \(pending?.wireName ?? "nothing")")
        }
    }

    /// Sends an answer; when its session has expired (or was used up by an
    /// answer that was cancelled), signs in again and resends it once. If
    /// signing in again fails, the session error is what the caller sees.
    /// A code the service sent (SMS, email) is never resent: signing in again
    /// made the service send a new one and void the old, so the new challenge
    /// is returned, marked as a replacement, for the person to type the new
    /// code. An authenticator's code is still good and is resent.
    func respond(_ name: ChallengeName, _ answers: [String: WireText]) async throws(AuthError) -> NextStep {
        do throws(AuthError) {
            return try handle(try await respondOnce(name, answers, session: session))
        } catch let ended where ended.endedSession
                                || (ended.serviceError?.name == .expiredCode && name.code.map { $0.kind != .totp } == true) {
            // An expired sent code: signing in again sends a new one, as an ended session does.
            logger.info("challenge session or code ended; signing in again", metadata: ["challenge": "\(name)"])
            let fresh: NextStep
            do throws(AuthError) { fresh = try await signIn() } catch { throw ended }
            guard pending == name else { return fresh }
            sessionRecoveries += 1
            if case .code(let sent) = fresh, sent.isSent {
                logger.info("a new code was sent; the old one is not resent", metadata: ["challenge": "\(name)"])
                return .code(CodeChallenge(kind: sent.kind, destination: sent.destination,
                                           deliveryMedium: sent.deliveryMedium, isReplacement: true))
            }
            return try handle(try await respondOnce(name, answers, session: session))
        }
    }

    func respondOnce(_ name: ChallengeName, _ answers: [String: WireText], session: SecretBytes?) async throws(AuthError) -> AuthResponse {
        var responses = answers
        responses["USERNAME"] = .plain(internalUsername)
        if let hash = app.secretHash(for: internalUsername) { responses["SECRET_HASH"] = .plain(hash) }
        let request = RespondToAuthChallengeRequest(
            ChallengeName: name.wireName, ClientId: app.clientId, ChallengeResponses: responses, Session: session)
        return try await client.call(.respondToAuthChallenge, request)
    }

    // MARK: Reading the answer

    func handle(_ response: AuthResponse) throws(AuthError) -> NextStep {
        let decoded = try ChallengeDecoder.decode(response)
        session = decoded.session
        pending = decoded.challengeName
        if let user = decoded.username, decoded.challengeName != nil { internalUsername = user }
        if case .newPasswordRequired(let challenge) = decoded.step { currentAttributes = challenge.currentAttributes }
        return decoded.step
    }
}
