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
/// the same answer once more, so nothing the person typed is lost.
public actor SignInFlow {
    private let client: CognitoClient
    private let app: AppClient
    private let authFlow: AuthFlowType
    private let now: @Sendable () -> Date
    private let logger: Logger

    private var typedUsername = ""
    /// USERNAME / USER_ID_FOR_SRP from the service: what every later request names.
    private var internalUsername = ""
    /// The password that signs this user in now: the temporary one, then the new one.
    private var password = ""
    private var session: String?
    private var pending: ChallengeName?
    private var currentAttributes: [String: String] = [:]

    /// How many times an expired session was recovered by signing in again.
    public private(set) var sessionRecoveries = 0

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

    /// The challenge the flow waits to have answered, if any.
    public var pendingChallenge: ChallengeName? { pending }

    // MARK: Signing in

    /// Signs in with `username` (or an alias: email, phone) and `password`.
    public func start(username: String, password: String) async throws(AuthError) -> NextStep {
        typedUsername = username
        internalUsername = username
        self.password = password
        session = nil
        pending = nil
        currentAttributes = [:]
        return try await signIn()
    }

    /// Drops everything of this person: the password, the session, the names
    /// (a kiosk's reset). The flow can only be started afresh afterwards.
    public func forget() {
        typedUsername = ""
        internalUsername = ""
        password = ""
        session = nil
        pending = nil
        currentAttributes = [:]
    }

    /// Whether anything of a person is still held (for the kiosk-reset test).
    public var holdsCredentials: Bool { !password.isEmpty || session != nil || !typedUsername.isEmpty }

    private func signIn() async throws(AuthError) -> NextStep {
        var parameters = ["USERNAME": typedUsername]
        if let hash = app.secretHash(for: typedUsername) { parameters["SECRET_HASH"] = hash }
        switch authFlow {
        case .userPassword:
            parameters["PASSWORD"] = password
            return try handle(try await initiate(parameters))
        case .userSRP, .userAuth:
            if authFlow == .userAuth { parameters["PREFERRED_CHALLENGE"] = "PASSWORD_SRP" }
            let srp = SRPClient(userPoolId: app.userPoolId)
            parameters["SRP_A"] = srp.publicValueHex
            let first = try await initiate(parameters)
            guard first.ChallengeName.map(ChallengeName.init(wireName:)) == .passwordVerifier else { return try handle(first) }
            return try handle(try await verifyPassword(srp, first))
        }
    }

    private func initiate(_ parameters: [String: String]) async throws(AuthError) -> AuthResponse {
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
        let answers = [
            "USERNAME": internalUsername, "PASSWORD_CLAIM_SECRET_BLOCK": block,
            "PASSWORD_CLAIM_SIGNATURE": signature, "TIMESTAMP": timestamp,
        ]
        return try await respondOnce(.passwordVerifier, answers, session: challenge.Session)
    }

    // MARK: Answering challenges

    /// Answers NEW_PASSWORD_REQUIRED with the new password and the attributes
    /// the person filled in (required ones and any others they chose). The
    /// `*_verified` flags, `sub` and attributes that already have a value are
    /// left out (see `NewPasswordAnswer`).
    public func answerNewPassword(_ newPassword: String, attributes: [String: String]) async throws(AuthError) -> NextStep {
        try expect(.newPasswordRequired)
        var answers = ["NEW_PASSWORD": newPassword]
        for (name, value) in NewPasswordAnswer.attributesToSend(attributes, current: currentAttributes) {
            answers["userAttributes.\(name)"] = value
        }
        let step = try await respond(.newPasswordRequired, answers)
        password = newPassword
        return step
    }

    /// Answers SMS_MFA, SOFTWARE_TOKEN_MFA or EMAIL_OTP with the code.
    public func answerCode(_ code: String) async throws(AuthError) -> NextStep {
        guard let name = pending, let kind = MFAKind.allCases.first(where: { $0.challenge == name }) else {
            throw .invalidState("no code challenge is pending")
        }
        return try await respond(name, [kind.codeKey: code])
    }

    /// Answers SELECT_MFA_TYPE.
    public func selectMFA(_ kind: MFAKind) async throws(AuthError) -> NextStep {
        try expect(.selectMFAType)
        return try await respond(.selectMFAType, ["ANSWER": kind.rawValue])
    }

    /// MFA_SETUP with an authenticator app, first half: the shared secret
    /// (base32) to show as a QR code.
    public func associateSoftwareToken() async throws(AuthError) -> String {
        try expect(.mfaSetup)
        guard let current = session else { throw .unexpectedResponse("MFA_SETUP without a Session") }
        let answer = try await client.call(
            .associateSoftwareToken, AssociateSoftwareTokenRequest(Session: current), as: AssociateSoftwareTokenResponse.self)
        if let next = answer.Session { session = next }
        return answer.SecretCode
    }

    /// MFA_SETUP with an authenticator app, second half: the first code from the
    /// app, then the MFA_SETUP answer with the newest Session.
    public func verifySoftwareToken(code: String, deviceName: String?) async throws(AuthError) -> NextStep {
        try expect(.mfaSetup)
        guard let current = session else { throw .unexpectedResponse("MFA_SETUP without a Session") }
        let request = VerifySoftwareTokenRequest(Session: current, UserCode: code, FriendlyDeviceName: deviceName)
        let answer = try await client.call(.verifySoftwareToken, request, as: VerifySoftwareTokenResponse.self)
        if let next = answer.Session { session = next }
        guard answer.Status == nil || answer.Status == "SUCCESS" else {
            throw .service(ServiceError(name: .enableSoftwareTokenMFA, message: "Code verification failed."))
        }
        return try await respond(.mfaSetup, [:])
    }

    /// MFA_SETUP by email: the address to send codes to (the service then asks
    /// for the first code, as EMAIL_OTP).
    public func setUpEmailMFA(email: String) async throws(AuthError) -> NextStep {
        try expect(.mfaSetup)
        return try await respond(.mfaSetup, ["EMAIL": email])
    }

    private func expect(_ challenge: ChallengeName) throws(AuthError) {
        guard pending == challenge else {
            throw .invalidState("expected \(challenge) to be pending, not \(pending?.wireName ?? "nothing")")
        }
    }

    /// Sends an answer; when its session has expired (or was used up by an
    /// answer that was cancelled), signs in again and resends it once. If
    /// signing in again fails, the session error is what the caller sees.
    private func respond(_ name: ChallengeName, _ answers: [String: String]) async throws(AuthError) -> NextStep {
        do throws(AuthError) {
            return try handle(try await respondOnce(name, answers, session: session))
        } catch let ended where ended.serviceError.map({ $0.isSessionExpired || $0.isSessionReused }) == true {
            logger.info("challenge session ended; signing in again", metadata: ["challenge": "\(name)"])
            let fresh: NextStep
            do throws(AuthError) { fresh = try await signIn() } catch { throw ended }
            guard pending == name else { return fresh }
            sessionRecoveries += 1
            return try handle(try await respondOnce(name, answers, session: session))
        }
    }

    private func respondOnce(_ name: ChallengeName, _ answers: [String: String], session: String?) async throws(AuthError) -> AuthResponse {
        var responses = answers
        responses["USERNAME"] = internalUsername
        if let hash = app.secretHash(for: internalUsername) { responses["SECRET_HASH"] = hash }
        let request = RespondToAuthChallengeRequest(
            ChallengeName: name.wireName, ClientId: app.clientId, ChallengeResponses: responses, Session: session)
        return try await client.call(.respondToAuthChallenge, request)
    }

    // MARK: Reading the answer

    private func handle(_ response: AuthResponse) throws(AuthError) -> NextStep {
        let decoded = try ChallengeDecoder.decode(response)
        session = decoded.session
        pending = decoded.challengeName
        if let user = decoded.username, decoded.challengeName != nil { internalUsername = user }
        if case .newPasswordRequired(let challenge) = decoded.step { currentAttributes = challenge.currentAttributes }
        return decoded.step
    }
}

/// Challenge parameters that carry JSON inside a string.
enum ChallengeParameterJSON {
    static func list(_ text: String?) -> [String] {
        guard let text, let value = (try? JSONValue(parsing: Data(text.utf8)))?.array else { return [] }
        return value.compactMap(\.string)
    }

    static func object(_ text: String?) -> [String: String] {
        guard let text, let value = (try? JSONValue(parsing: Data(text.utf8)))?.object else { return [:] }
        return value.compactMapValues(\.scalarText)
    }
}
