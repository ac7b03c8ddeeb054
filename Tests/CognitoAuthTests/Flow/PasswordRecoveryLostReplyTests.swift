import CognitoAuthTesting
import Foundation
import Testing
@testable import CognitoAuth

/// A lost ConfirmForgotPassword reply: signing in with the new password tells
/// whether the reset took.
@Suite struct PasswordRecoveryLostReplyTests {
    static let tokens = #"{"AuthenticationResult":{"AccessToken":"a","IdToken":"i","RefreshToken":"r","ExpiresIn":3600,"TokenType":"Bearer"}}"#

    func recovery(_ service: ScriptedService) -> PasswordRecovery {
        PasswordRecovery(client: service.client(), app: AppClient(userPoolId: "us-east-1_x", clientId: "c"), authFlow: .userPassword)
    }

    func confirms(_ service: ScriptedService) -> Int { service.requests.filter { $0.operation == "ConfirmForgotPassword" }.count }

    @Test func aResetThatTookIsNotSentAgain() async throws {
        let service = ScriptedService([
            "ConfirmForgotPassword": [.networkFailure(.connectionLost("reset"))],
            "InitiateAuth": [.json(Self.tokens)],
        ])
        try await recovery(service).confirm(username: "ada", code: "123456", newPassword: "N3w!Password")
        #expect(confirms(service) == 1)
    }

    @Test func aResetThatDidNotTakeIsSentOnceMore() async throws {
        let service = ScriptedService([
            "ConfirmForgotPassword": [.networkFailure(.timedOut), .json("{}")],
            "InitiateAuth": [.error("NotAuthorizedException", "Incorrect username or password.")],
        ])
        try await recovery(service).confirm(username: "ada", code: "123456", newPassword: "N3w!Password")
        #expect(confirms(service) == 2)
    }

    @Test func whenNothingCanBeLearntTheLostReplyIsReported() async throws {
        let service = ScriptedService([
            "ConfirmForgotPassword": [.networkFailure(.timedOut)],
            "InitiateAuth": [.networkFailure(.connectionRefused(host: "127.0.0.1"))],
        ])
        await #expect(throws: AuthError.network(.timedOut)) {
            try await recovery(service).confirm(username: "ada", code: "123456", newPassword: "N3w!Password")
        }
        #expect(confirms(service) == 1)
    }
}
