import Foundation
import Testing
@testable import CognitoAuth

/// Choice-based sign-in (USER_AUTH) against the emulator: the fallback from a
/// refused flow, SELECT_CHALLENGE and each first factor, 8-digit codes, a sent
/// code never resent after its session ended, and the errors people meet.
@Suite(.serialized) struct UserAuthIntegrationTests {
    static let temporary = "Temp#Pass123"
    static let chosen = "N3w!Password"
    static let userAuthOnly: JSONValue = ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]

    let emulator: Emulator
    init() throws { emulator = try Emulator.shared.get() }

    /// A pool whose sign-in policy allows `factors`, with an app client that
    /// allows only choice-based sign-in and refresh (unless `flows` says else).
    func choicePool(factors: [String] = ["PASSWORD", "EMAIL_OTP", "SMS_OTP"], tier: String? = nil,
                    flows: JSONValue = userAuthOnly, on emulator: Emulator? = nil) async throws -> AppClient {
        let e = emulator ?? self.emulator
        let schema: [JSONValue] = ["email", "phone_number", "name"].map {
            ["Name": .string($0), "AttributeDataType": "String", "Required": false, "Mutable": true]
        }
        var request: [String: JSONValue] = [
            "PoolName": "choice", "Schema": .array(schema),
            "Policies": ["SignInPolicy": ["AllowedFirstAuthFactors": .array(factors.map(JSONValue.string))]],
        ]
        if let tier { request["UserPoolTier"] = .string(tier) }
        let pool = try await e.admin("CreateUserPool", .object(request))
        let poolId = pool["UserPool"]?["Id"]?.string ?? ""
        let made = try await e.admin("CreateUserPoolClient", ["UserPoolId": .string(poolId), "ClientName": "c", "ExplicitAuthFlows": flows])
        return AppClient(userPoolId: poolId, clientId: made["UserPoolClient"]?["ClientId"]?.string ?? "")
    }

    /// A user who has chosen a password, with a verified email and phone.
    func confirmedUser(_ app: AppClient, _ name: String = "ada", on emulator: Emulator? = nil) async throws {
        let e = emulator ?? self.emulator
        try await e.createUser(app, name, temporaryPassword: Self.temporary, attributes: [
            "email": "\(name)@example.com", "email_verified": "true",
            "phone_number": "+15555550100", "phone_number_verified": "true",
        ])
        try await e.admin("AdminSetUserPassword", [
            "UserPoolId": .string(app.userPoolId), "Username": .string(name), "Password": .string(Self.chosen), "Permanent": true,
        ])
    }

    func flow(_ app: AppClient, _ authFlow: AuthFlowType = .userAuth, on emulator: Emulator? = nil) -> SignInFlow {
        SignInFlow(client: (emulator ?? self.emulator).client, app: app, authFlow: authFlow)
    }

    func serviceError(_ body: () async throws -> Void) async -> ServiceError? {
        do { try await body() } catch let error as AuthError { return error.serviceError } catch {}
        return nil
    }

    func code(_ step: NextStep) throws -> CodeChallenge {
        guard case .code(let challenge) = step else {
            Issue.record("expected a code challenge, got \(step)")
            throw AuthError.invalidState("wrong step")
        }
        return challenge
    }

    @Test func aClientThatRefusesSRPFallsBackToUserAuthForTheFirstSignIn() async throws {
        let app = try await choicePool()
        try await emulator.createUser(app, "ada", temporaryPassword: Self.temporary, attributes: ["email": "ada@example.com"])
        for configured in [AuthFlowType.userSRP, .userPassword] {
            let flow = flow(app, configured)
            guard case .newPasswordRequired = try await flow.start(username: "ada", password: Self.temporary.secret) else {
                Issue.record("no NEW_PASSWORD_REQUIRED after falling back from \(configured)"); return
            }
        }
        let flow = flow(app, .userSRP)
        _ = try await flow.start(username: "ada", password: Self.temporary.secret)
        guard case .signedIn(let tokens) = try await flow.answerNewPassword(Self.chosen.secret, attributes: ["name": "Ada"]) else {
            Issue.record("not signed in"); return
        }
        #expect(tokens.RefreshToken != nil)
        #expect(try await emulator.user(app, "ada").status == "CONFIRMED")
    }

    @Test func aClientThatRefusesEveryFlowReportsTheFirstRefusal() async throws {
        let app = try await choicePool(flows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])
        try await confirmedUser(app)
        let refused = await serviceError { _ = try await flow(app, .userSRP).start(username: "ada", password: Self.chosen.secret) }
        #expect(refused?.isAuthFlowNotEnabled == true)
        #expect(refused?.message == "USER_SRP_AUTH is not enabled for the client.")
    }

    @Test func passwordSRPIsPreferredWhenAPasswordIsTyped() async throws {
        let app = try await choicePool()
        try await confirmedUser(app)
        guard case .signedIn = try await flow(app).start(username: "ada", password: Self.chosen.secret) else {
            Issue.record("not signed in"); return
        }
    }

    @Test func withoutAPasswordTheFactorsAreOffered() async throws {
        let app = try await choicePool(factors: ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"])
        try await confirmedUser(app)
        let offered = try await flow(app).start(username: "ada", password: "")
        #expect(offered == .selectChallenge([.password, .passwordSRP, .emailOTP, .smsOTP]))
        // A newcomer on the temporary password is offered the password only.
        try await emulator.createUser(app, "cy", temporaryPassword: Self.temporary,
                                      attributes: ["email": "cy@example.com", "email_verified": "true"])
        #expect(try await flow(app).start(username: "cy", password: "") == .selectChallenge([.password, .passwordSRP]))
    }

    @Test(arguments: [FirstFactor.passwordSRP, .password])
    func choosingThePasswordSignsIn(factor: FirstFactor) async throws {
        let app = try await choicePool()
        try await emulator.createUser(app, "ada", temporaryPassword: Self.temporary)
        let flow = flow(app)
        _ = try await flow.start(username: "ada", password: "")
        guard case .newPasswordRequired = try await flow.answer(FirstFactorChoice(factor, password: Self.temporary.secret)) else {
            Issue.record("no NEW_PASSWORD_REQUIRED"); return
        }
        guard case .signedIn = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:]) else {
            Issue.record("not signed in"); return
        }
    }

    @Test(arguments: [(FirstFactor.emailOTP, "EMAIL_OTP", MFAKind.email), (.smsOTP, "SMS_OTP", .sms)])
    func aCodeByEmailOrSMSSignsInWithEightDigits(factor: FirstFactor, purpose: String, kind: MFAKind) async throws {
        let app = try await choicePool()
        try await confirmedUser(app)
        let flow = flow(app)
        _ = try await flow.start(username: "ada", password: "")
        let challenge = try code(try await flow.answer(FirstFactorChoice(factor, password: nil)))
        #expect(challenge.kind == kind)
        #expect(challenge.digits == 6...8)
        let sent = try #require(try await emulator.outbox("ada", purpose).last)
        #expect(sent.count == 8)
        let wrong = sent == "00000000" ? "11111111" : "00000000"
        let refused = await serviceError { _ = try await flow.answer(CodeAnswer(wrong)) }
        #expect(refused == ServiceError(name: .codeMismatch, message: "Invalid code or auth state for the user."))
        guard case .signedIn = try await flow.answer(CodeAnswer(sent)) else { Issue.record("not signed in"); return }
    }

    @Test func aPasskeyIsNeverAnsweredFromATerminal() async throws {
        let app = try await choicePool(factors: ["PASSWORD", "WEB_AUTHN"])
        try await confirmedUser(app)
        let flow = flow(app)
        _ = try await flow.start(username: "ada", password: "")
        await #expect(throws: AuthError.self) { _ = try await flow.answer(FirstFactorChoice(.webAuthn, password: nil)) }
    }

    @Test func aSentCodeWhoseSessionEndedIsReplacedNotResent() async throws {
        let shortLived = try Emulator(sessionTTL: 1.5)
        let app = try await choicePool(factors: ["PASSWORD"], flows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], on: shortLived)
        try await shortLived.admin("SetUserPoolMfaConfig", [
            "UserPoolId": .string(app.userPoolId), "MfaConfiguration": "OPTIONAL",
            "EmailMfaConfiguration": ["Subject": "Your code"],
        ])
        try await shortLived.hook("pool-settings", ["UserPoolId": .string(app.userPoolId), "EmailMfaCodeLength": 8])
        try await confirmedUser(app, on: shortLived)
        try await shortLived.admin("AdminSetUserMFAPreference", [
            "UserPoolId": .string(app.userPoolId), "Username": "ada", "EmailMfaSettings": ["Enabled": true, "PreferredMfa": true],
        ])
        let flow = flow(app, .userSRP, on: shortLived)
        let first = try code(try await flow.start(username: "ada", password: Self.chosen.secret))
        #expect(first.kind == .email && !first.isReplacement)
        let old = try #require(try await shortLived.outbox("ada", "EMAIL_OTP").last)
        #expect(old.count == 8)
        try await Task.sleep(for: .milliseconds(2000))
        let replaced = try code(try await flow.answer(CodeAnswer(old)))
        #expect(replaced.isReplacement)
        let codes = try await shortLived.outbox("ada", "EMAIL_OTP")
        #expect(codes.count == 2, "signing in again sent a new code")
        guard case .signedIn = try await flow.answer(CodeAnswer(try #require(codes.last))) else { Issue.record("not signed in"); return }
        #expect(await flow.sessionRecoveries == 1)
    }

    @Test func aDisabledUserIsToldSo() async throws {
        let app = try await choicePool()
        try await confirmedUser(app)
        try await emulator.admin("AdminDisableUser", ["UserPoolId": .string(app.userPoolId), "Username": "ada"])
        let refused = await serviceError { _ = try await flow(app).start(username: "ada", password: Self.chosen.secret) }
        #expect(refused?.isUserDisabled == true)
    }

    @Test func aResetBeforeTheFirstSignInIsRefusedAsTheServiceDoes() async throws {
        let app = try await choicePool()
        try await emulator.createUser(app, "ada", temporaryPassword: Self.temporary, attributes: ["email": "ada@example.com", "email_verified": "true"])
        let recovery = PasswordRecovery(client: emulator.client, app: app)
        let refused = await serviceError { _ = try await recovery.requestCode(username: "ada") }
        #expect(refused?.isResetNotPossibleYet == true)
    }

    @Test func aLitePoolHasNoChoiceBasedSignIn() async throws {
        let app = try await choicePool(factors: ["PASSWORD"], tier: "LITE")
        try await confirmedUser(app)
        let refused = await serviceError { _ = try await flow(app).start(username: "ada", password: Self.chosen.secret) }
        #expect(refused?.name == .featureUnavailableInTier)
    }
}
