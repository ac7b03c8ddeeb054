import CognitoAuthTesting
import Foundation
import Testing
@testable import CognitoAuth

/// Lost replies to answers that change the account: the flow signs in again to
/// learn what happened, never reports failure for a change that took, and
/// never changes the password twice.
@Suite struct SignInFlowLostReplyTests {
    static let temporary = "Temp#Pass123"
    static let chosen = "N3w!Password"
    static let newPassword = #"{"ChallengeName":"NEW_PASSWORD_REQUIRED","Session":"s1","ChallengeParameters":{"USER_ID_FOR_SRP":"ada","requiredAttributes":"[]","userAttributes":"{}"}}"#
    static let mfaSetup = #"{"ChallengeName":"MFA_SETUP","Session":"m1","ChallengeParameters":{"MFAS_CAN_SETUP":"[\"SOFTWARE_TOKEN_MFA\"]","USER_ID_FOR_SRP":"ada"}}"#
    static let totpCode = #"{"ChallengeName":"SOFTWARE_TOKEN_MFA","Session":"t1","ChallengeParameters":{"USER_ID_FOR_SRP":"ada"}}"#
    static let tokens = #"{"AuthenticationResult":{"AccessToken":"a","IdToken":"i","RefreshToken":"r","ExpiresIn":3600,"TokenType":"Bearer"}}"#
    static let associated = #"{"SecretCode":"JBSWY3DPEHPK3PXP","Session":"m2"}"#
    static let verified = #"{"Status":"SUCCESS","Session":"m3"}"#
    static let incorrect = ScriptedService.Reply.error("NotAuthorizedException", "Incorrect username or password.")
    static let reset = ScriptedService.Reply.networkFailure(.connectionLost("Connection reset by peer"))

    func flow(_ service: ScriptedService) -> SignInFlow {
        SignInFlow(client: service.client(), app: AppClient(userPoolId: "us-east-1_x", clientId: "c"), authFlow: .userPassword)
    }

    /// The passwords InitiateAuth was sent with, in order.
    func signIns(_ service: ScriptedService) -> [String] {
        service.requests.filter { $0.operation == "InitiateAuth" }.compactMap { request in
            [Self.temporary, Self.chosen].first { request.body.contains($0) }
        }
    }

    func passwordChanges(_ service: ScriptedService) -> Int {
        service.requests.filter { $0.operation == "RespondToAuthChallenge" && $0.body.contains("NEW_PASSWORD") }.count
    }

    @Test(arguments: [
        ScriptedService.Reply.networkFailure(.connectionLost("Connection reset by peer")),
        .networkFailure(.timedOut),
        .networkFailure(.invalidResponse("RespondToAuthChallenge answer does not decode")),
        .failure(status: 500, type: "InternalErrorException", message: "Internal error"),
    ])
    func aLostPasswordChangeThatTookCarriesOnWithTheNewPassword(lost: ScriptedService.Reply) async throws {
        let service = ScriptedService([
            "InitiateAuth": [.json(Self.newPassword), Self.incorrect, .json(Self.mfaSetup)],
            "RespondToAuthChallenge": [lost],
        ])
        let flow = flow(service)
        _ = try await flow.start(username: "ada", password: Self.temporary.secret)
        let next = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:])
        #expect(next == .mfaSetup([.totp]))
        #expect(await flow.takeSettledLostReply() == .passwordChanged)
        #expect(await flow.takeSettledLostReply() == nil, "told once")
        #expect(signIns(service) == [Self.temporary, Self.temporary, Self.chosen])
        #expect(passwordChanges(service) == 1)
        #expect(await flow.password == Self.chosen.secret)
    }

    /// The lost answer lands late: the temporary password still signed in,
    /// then the change took, and the answer sent once more is refused.
    @Test func aLostAnswerThatLandsLateIsFoundWithTheNewPassword() async throws {
        let service = ScriptedService([
            "InitiateAuth": [.json(Self.newPassword), .json(Self.newPassword), .json(Self.tokens)],
            "RespondToAuthChallenge": [.networkFailure(.timedOut), Self.incorrect],
        ])
        let flow = flow(service)
        _ = try await flow.start(username: "ada", password: Self.temporary.secret)
        let next = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:])
        #expect(next == .signedIn(AuthenticationResult(AccessToken: "a", IdToken: "i", RefreshToken: "r", ExpiresIn: 3600, TokenType: "Bearer")))
        #expect(await flow.takeSettledLostReply() == .passwordChanged)
        #expect(signIns(service) == [Self.temporary, Self.temporary, Self.chosen])
        #expect(passwordChanges(service) == 2, "sent once more, never a third time")
    }

    @Test func whenTheTemporaryPasswordStillWorksTheAnswerIsSentOnceMore() async throws {
        let service = ScriptedService([
            "InitiateAuth": [.json(Self.newPassword), .json(Self.newPassword)],
            "RespondToAuthChallenge": [Self.reset, .json(Self.tokens)],
        ])
        let flow = flow(service)
        _ = try await flow.start(username: "ada", password: Self.temporary.secret)
        guard case .signedIn = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:]) else {
            Issue.record("not signed in"); return
        }
        #expect(await flow.takeSettledLostReply() == nil, "nothing to tell: the change happened now")
        #expect(passwordChanges(service) == 2)
    }

    @Test func whenFindingOutFailsTooTheNextTryFindsOutFirst() async throws {
        let service = ScriptedService([
            "InitiateAuth": [.json(Self.newPassword), .networkFailure(.connectionRefused(host: "127.0.0.1")), Self.incorrect, .json(Self.tokens)],
            "RespondToAuthChallenge": [Self.reset],
        ])
        let flow = flow(service)
        _ = try await flow.start(username: "ada", password: Self.temporary.secret)
        await #expect(throws: AuthError.network(.connectionLost("Connection reset by peer"))) {
            _ = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:])
        }
        guard case .signedIn = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:]) else {
            Issue.record("not signed in"); return
        }
        #expect(await flow.takeSettledLostReply() == .passwordChanged)
        #expect(passwordChanges(service) == 1, "never changed twice")
    }

    @Test func aCancelledAnswerIsSettledByTheNextTry() async throws {
        let service = ScriptedService([
            "InitiateAuth": [.json(Self.newPassword), Self.incorrect, .json(Self.mfaSetup)],
            "RespondToAuthChallenge": [.networkFailure(.cancelled)],
        ])
        let flow = flow(service)
        _ = try await flow.start(username: "ada", password: Self.temporary.secret)
        await #expect(throws: AuthError.network(.cancelled)) { _ = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:]) }
        #expect(service.requests.count == 2, "nothing more from a cancelled task")
        #expect(try await flow.answerNewPassword(Self.chosen.secret, attributes: [:]) == .mfaSetup([.totp]))
        #expect(passwordChanges(service) == 1)
    }

    @Test func refusalsAndThrottlingAreNotInDoubt() async throws {
        #expect(!AuthError.service(ServiceError(name: .invalidPassword, message: "too short")).mayHaveActed)
        #expect(!AuthError.service(ServiceError(name: .tooManyRequests, message: "Rate exceeded")).mayHaveActed)
        #expect(!AuthError.network(.connectionRefused(host: "h")).mayHaveActed)
        #expect(!AuthError.network(.secureConnectionFailed("handshake")).mayHaveActed)
        #expect(AuthError.service(ServiceError(name: .other("ServiceUnavailable"), message: "", httpStatus: 503)).mayHaveActed)
    }

    // MARK: The authenticator

    func atMFASetup(_ service: ScriptedService) async throws -> SignInFlow {
        let flow = flow(service)
        _ = try await flow.start(username: "ada", password: Self.temporary.secret)
        _ = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:])
        _ = try await flow.associateSoftwareToken()
        return flow
    }

    @Test func aLostVerificationThatTookAsksForACodeInsteadOfANewQRCode() async throws {
        let service = ScriptedService([
            "InitiateAuth": [.json(Self.newPassword), .json(Self.totpCode)],
            "RespondToAuthChallenge": [.json(Self.mfaSetup)],
            "AssociateSoftwareToken": [.json(Self.associated)],
            "VerifySoftwareToken": [Self.reset],
        ])
        let flow = try await atMFASetup(service)
        let next = try await flow.verifySoftwareToken(code: "123456", deviceName: nil)
        #expect(next == .code(CodeChallenge(kind: .totp, destination: nil, deliveryMedium: nil)))
        #expect(await flow.takeSettledLostReply() == .authenticatorRegistered)
        #expect(signIns(service) == [Self.temporary, Self.chosen], "signed in again with the new password")
        #expect(service.requests.filter { $0.operation == "VerifySoftwareToken" }.count == 1)
    }

    @Test func aLostMFASetupAnswerIsSettledTheSameWay() async throws {
        let service = ScriptedService([
            "InitiateAuth": [.json(Self.newPassword), .json(Self.totpCode)],
            "RespondToAuthChallenge": [.json(Self.mfaSetup), .failure(status: 503, type: "ServiceUnavailable", message: "")],
            "AssociateSoftwareToken": [.json(Self.associated)],
            "VerifySoftwareToken": [.json(Self.verified)],
        ])
        let flow = try await atMFASetup(service)
        #expect(try await flow.verifySoftwareToken(code: "123456", deviceName: nil)
                == .code(CodeChallenge(kind: .totp, destination: nil, deliveryMedium: nil)))
        #expect(await flow.takeSettledLostReply() == .authenticatorRegistered)
    }

    @Test func aVerificationThatDidNotTakeIsSentOnceMoreOnTheNewSession() async throws {
        let service = ScriptedService([
            "InitiateAuth": [.json(Self.newPassword), .json(Self.mfaSetup)],
            "RespondToAuthChallenge": [.json(Self.mfaSetup), .json(Self.tokens)],
            "AssociateSoftwareToken": [.json(Self.associated)],
            "VerifySoftwareToken": [.networkFailure(.timedOut), .json(Self.verified)],
        ])
        let flow = try await atMFASetup(service)
        guard case .signedIn = try await flow.verifySoftwareToken(code: "123456", deviceName: nil) else {
            Issue.record("not signed in"); return
        }
        #expect(await flow.takeSettledLostReply() == nil)
        let verifies = service.requests.filter { $0.operation == "VerifySoftwareToken" }
        #expect(verifies.count == 2 && verifies[1].body.contains("\"m1\""), "on the new session")
    }

    @Test func aLostAssociationIsAskedAgainOnANewSession() async throws {
        let service = ScriptedService([
            "InitiateAuth": [.json(Self.newPassword), .json(Self.mfaSetup)],
            "RespondToAuthChallenge": [.json(Self.mfaSetup)],
            "AssociateSoftwareToken": [Self.reset, .json(Self.associated)],
        ])
        let flow = flow(service)
        _ = try await flow.start(username: "ada", password: Self.temporary.secret)
        _ = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:])
        #expect(try await flow.associateSoftwareToken() == "JBSWY3DPEHPK3PXP")
        #expect(signIns(service) == [Self.temporary, Self.chosen])
    }
}
