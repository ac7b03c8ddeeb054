import Foundation
import Testing
@testable import CognitoAuth

/// The auth core against the emulator: real SRP, real-shaped challenges,
/// enforced attributes, expiring sessions.
@Suite(.serialized) struct SignInFlowIntegrationTests {
    static let temporary = "Temp#Pass123"
    static let chosen = "N3w!Password"

    let emulator: Emulator
    init() throws { emulator = try Emulator.shared.get() }

    func flow(_ app: AppClient, _ authFlow: AuthFlowType = .userSRP, on emulator: Emulator? = nil) -> SignInFlow {
        SignInFlow(client: (emulator ?? self.emulator).client, app: app, authFlow: authFlow)
    }

    func newPasswordChallenge(_ step: NextStep) throws -> NewPasswordChallenge {
        guard case .newPasswordRequired(let challenge) = step else {
            Issue.record("expected NEW_PASSWORD_REQUIRED, got \(step)")
            throw AuthError.invalidState("wrong step")
        }
        return challenge
    }

    func serviceError(_ body: () async throws -> Void) async -> ServiceError? {
        do { try await body() } catch let error as AuthError { return error.serviceError } catch {}
        return nil
    }

    @Test func firstSignInWithRequiredAttributes() async throws {
        let app = try await emulator.makePool(required: ["name", "birthdate", "phone_number"])
        try await emulator.createUser(app, "ada", temporaryPassword: Self.temporary, attributes: ["email": "ada@example.com"])
        let flow = flow(app)
        let challenge = try newPasswordChallenge(try await flow.start(username: "ada", password: Self.temporary.secret))
        #expect(challenge.requiredAttributes == ["name", "birthdate", "phone_number"])
        #expect(challenge.currentAttributes["email"] == "ada@example.com")
        let done = try await flow.answerNewPassword(Self.chosen.secret, attributes: [
            "name": "Ada Lovelace", "birthdate": "1815-12-10", "phone_number": "+442079460958",
            "email": "other@example.com", "email_verified": "true", "nickname": "Countess",
        ])
        guard case .signedIn(let tokens) = done else { Issue.record("not signed in: \(done)"); return }
        #expect(!tokens.AccessToken.isEmpty)
        #expect(tokens.RefreshToken != nil)
        let stored = try await emulator.user(app, "ada")
        #expect(stored.status == "CONFIRMED")
        #expect(stored.attributes["name"] == "Ada Lovelace")
        #expect(stored.attributes["birthdate"] == "1815-12-10")
        #expect(stored.attributes["phone_number"] == "+442079460958")
        #expect(stored.attributes["nickname"] == "Countess")
        #expect(stored.attributes["email"] == "ada@example.com", "an attribute with a value is not sent again")

        // And the new password now signs in straight away.
        guard case .signedIn = try await self.flow(app).start(username: "ada", password: Self.chosen.secret) else {
            Issue.record("the new password does not sign in"); return
        }
    }

    @Test func appClientWithASecret() async throws {
        let app = try await emulator.makePool(required: ["name"], client: ["GenerateSecret": true])
        #expect(app.clientSecret != nil)
        try await emulator.createUser(app, "grace", temporaryPassword: Self.temporary)
        let flow = flow(app)
        _ = try newPasswordChallenge(try await flow.start(username: "grace", password: Self.temporary.secret))
        guard case .signedIn = try await flow.answerNewPassword(Self.chosen.secret, attributes: ["name": "Grace Hopper"]) else {
            Issue.record("not signed in"); return
        }
        #expect(try await emulator.user(app, "grace").status == "CONFIRMED")
    }

    @Test func secretHashUsesTheInternalUsernameAfterAnAlias() async throws {
        let app = try await emulator.makePool(required: ["name"], client: ["GenerateSecret": true])
        try await emulator.admin("DeleteUserPool", ["UserPoolId": .string(app.userPoolId)])
        // A pool where the email is the username: the internal username is a uuid.
        let pool = try await emulator.admin("CreateUserPool", [
            "PoolName": "email pool", "UsernameAttributes": ["email"],
            "Schema": [["Name": "name", "AttributeDataType": "String", "Required": true, "Mutable": true],
                       ["Name": "email", "AttributeDataType": "String", "Required": false, "Mutable": true]],
        ])
        let poolId = pool["UserPool"]?["Id"]?.string ?? ""
        let made = try await emulator.admin("CreateUserPoolClient", ["UserPoolId": .string(poolId), "ClientName": "app", "GenerateSecret": true])
        let emailApp = AppClient(userPoolId: poolId, clientId: made["UserPoolClient"]?["ClientId"]?.string ?? "",
                                 clientSecret: made["UserPoolClient"]?["ClientSecret"]?.string)
        try await emulator.createUser(emailApp, "kay@example.com", temporaryPassword: Self.temporary)
        let flow = flow(emailApp)
        _ = try newPasswordChallenge(try await flow.start(username: "kay@example.com", password: Self.temporary.secret))
        guard case .signedIn = try await flow.answerNewPassword(Self.chosen.secret, attributes: ["name": "Kay"]) else {
            Issue.record("not signed in"); return
        }
    }

    @Test func userPasswordAuth() async throws {
        let app = try await emulator.makePool(required: ["name"], client: ["ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]])
        try await emulator.createUser(app, "alan", temporaryPassword: Self.temporary)
        let flow = flow(app, .userPassword)
        _ = try newPasswordChallenge(try await flow.start(username: "alan", password: Self.temporary.secret))
        guard case .signedIn = try await flow.answerNewPassword(Self.chosen.secret, attributes: ["name": "Alan Turing"]) else {
            Issue.record("not signed in"); return
        }
        // The default client does not allow USER_PASSWORD_AUTH, as on the real service.
        let strict = try await emulator.makePool()
        let refused = await serviceError { _ = try await self.flow(strict, .userPassword).start(username: "x", password: "y") }
        #expect(refused?.name == .invalidParameter)
    }

    @Test func wrongPasswordIsNotAuthorized() async throws {
        let app = try await emulator.makePool()
        try await emulator.createUser(app, "edsger", temporaryPassword: Self.temporary)
        let refused = await serviceError { _ = try await self.flow(app).start(username: "edsger", password: "Temp#Pass124") }
        #expect(refused == ServiceError(name: .notAuthorized, message: "Incorrect username or password."))
        let nobody = await serviceError { _ = try await self.flow(app).start(username: "nobody", password: Self.temporary.secret) }
        #expect(nobody?.name == .notAuthorized)
    }

    @Test func weakPasswordGivesTheReasonAndTheFlowCanRetry() async throws {
        let app = try await emulator.makePool(required: ["name"], policy: ["MinimumLength": 10, "RequireSymbols": true])
        try await emulator.createUser(app, "barbara", temporaryPassword: Self.temporary)
        let flow = flow(app)
        _ = try newPasswordChallenge(try await flow.start(username: "barbara", password: Self.temporary.secret))
        let refused = await serviceError { _ = try await flow.answerNewPassword("Short#1a", attributes: ["name": "Barbara"]) }
        #expect(refused?.name == .invalidPassword)
        #expect(refused?.passwordReason == "Password not long enough")
        let noSymbol = await serviceError { _ = try await flow.answerNewPassword("LongEnough12", attributes: ["name": "Barbara"]) }
        #expect(noSymbol?.passwordReason == "Password must have symbol characters")
        guard case .signedIn = try await flow.answerNewPassword("LongEnough#12", attributes: ["name": "Barbara"]) else {
            Issue.record("not signed in after a refused password"); return
        }
    }

    @Test func missingRequiredAttributeIsNamed() async throws {
        let app = try await emulator.makePool(required: ["name", "given_name"])
        try await emulator.createUser(app, "john", temporaryPassword: Self.temporary)
        let flow = flow(app)
        _ = try newPasswordChallenge(try await flow.start(username: "john", password: Self.temporary.secret))
        let refused = await serviceError { _ = try await flow.answerNewPassword(Self.chosen.secret, attributes: ["given_name": "John"]) }
        #expect(refused?.name == .invalidParameter)
        #expect(refused?.message == "Invalid attributes given, name is missing")
        #expect(refused?.attributeName == "name")
        let badPhone = try await emulator.makePool(required: ["phone_number"])
        try await emulator.createUser(badPhone, "john", temporaryPassword: Self.temporary)
        let second = self.flow(badPhone)
        _ = try await second.start(username: "john", password: Self.temporary.secret)
        let phone = await serviceError { _ = try await second.answerNewPassword(Self.chosen.secret, attributes: ["phone_number": "020 7946"]) }
        #expect(phone?.message == "Invalid phone number format.")
        #expect(phone?.attributeName == "phone_number")
    }

    @Test func expiredSessionIsRecoveredTransparently() async throws {
        let shortLived = try Emulator(sessionTTL: 2)
        let app = try await shortLived.makePool(required: ["name"])
        try await shortLived.createUser(app, "linus", temporaryPassword: Self.temporary)
        let flow = flow(app, on: shortLived)
        _ = try newPasswordChallenge(try await flow.start(username: "linus", password: Self.temporary.secret))
        try await Task.sleep(for: .milliseconds(2500))
        guard case .signedIn = try await flow.answerNewPassword(Self.chosen.secret, attributes: ["name": "Linus"]) else {
            Issue.record("not signed in after the session expired"); return
        }
        #expect(await flow.sessionRecoveries == 1)
        let stored = try await shortLived.user(app, "linus")
        #expect(stored.status == "CONFIRMED")
        #expect(stored.attributes["name"] == "Linus")
    }

    @Test func confirmedUserSignsInStraightAway() async throws {
        let app = try await emulator.makePool()
        try await emulator.createUser(app, "margaret", temporaryPassword: Self.temporary)
        try await emulator.admin("AdminSetUserPassword", [
            "UserPoolId": .string(app.userPoolId), "Username": "margaret", "Password": .string(Self.chosen), "Permanent": true,
        ])
        guard case .signedIn = try await flow(app).start(username: "margaret", password: Self.chosen.secret) else {
            Issue.record("not signed in"); return
        }
    }

    @Test func answeringOutOfTurnIsRefusedLocally() async throws {
        let app = try await emulator.makePool()
        await #expect(throws: AuthError.self) { _ = try await flow(app).answerNewPassword("x", attributes: [:]) }
    }
}
