import Foundation
import Testing
@testable import CognitoAuth

/// The flow's recovery of an ended challenge session, step by step.
@Suite struct SignInFlowRecoveryTests {
    static let challenge = #"{"ChallengeName":"NEW_PASSWORD_REQUIRED","Session":"s1","ChallengeParameters":{"USER_ID_FOR_SRP":"ada","requiredAttributes":"[]","userAttributes":"{}"}}"#
    static let used = #"{"__type":"NotAuthorizedException","message":"Invalid session for the user, session can only be used once."}"#
    static let tokens = #"{"AuthenticationResult":{"AccessToken":"a","IdToken":"i","RefreshToken":"r","ExpiresIn":3600,"TokenType":"Bearer"}}"#

    func flow(_ transport: ScriptedTransport) -> SignInFlow {
        SignInFlow(client: CognitoClient(endpoint: URL(string: "http://127.0.0.1:1/")!, retry: .never, transport: transport),
                   app: AppClient(userPoolId: "us-east-1_x", clientId: "c"), authFlow: .userPassword)
    }

    @Test func aUsedUpSessionIsRecoveredBySigningInAgain() async throws {
        let transport = ScriptedTransport([
            .answer(200, Self.challenge), .answer(400, Self.used), .answer(200, Self.challenge), .answer(200, Self.tokens),
        ])
        let flow = flow(transport)
        _ = try await flow.start(username: "ada", password: "Temp#Pass123")
        guard case .signedIn = try await flow.answerNewPassword("N3w!Password", attributes: [:]) else {
            Issue.record("not signed in"); return
        }
        #expect(transport.operations == ["InitiateAuth", "RespondToAuthChallenge", "InitiateAuth", "RespondToAuthChallenge"])
        #expect(await flow.sessionRecoveries == 1)
    }

    /// A used-up session whose temporary password is then refused: an earlier
    /// copy of the answer changed the password (see SignInFlowLostReplyTests).
    @Test func whenTheTemporaryPasswordIsRefusedAfterwardsTheNewOneSignsIn() async throws {
        let wrong = #"{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"#
        let transport = ScriptedTransport([
            .answer(200, Self.challenge), .answer(400, Self.used), .answer(400, wrong), .answer(400, wrong), .answer(200, Self.tokens),
        ])
        let flow = flow(transport)
        _ = try await flow.start(username: "ada", password: "Temp#Pass123")
        guard case .signedIn = try await flow.answerNewPassword("N3w!Password", attributes: [:]) else {
            Issue.record("not signed in"); return
        }
        #expect(await flow.takeSettledLostReply() == .passwordChanged)
    }

    @Test func otherErrorsAreNotRetried() async throws {
        let weak = #"{"__type":"InvalidPasswordException","message":"Password does not conform to policy: Password not long enough"}"#
        let transport = ScriptedTransport([.answer(200, Self.challenge), .answer(400, weak)])
        let flow = flow(transport)
        _ = try await flow.start(username: "ada", password: "Temp#Pass123")
        await #expect(throws: AuthError.self) { _ = try await flow.answerNewPassword("short", attributes: [:]) }
        #expect(transport.operations.count == 2)
    }
}
