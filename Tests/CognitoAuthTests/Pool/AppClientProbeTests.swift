import Foundation
import Testing
@testable import CognitoAuth

/// `check`'s probe: what each answer to an InitiateAuth for a made-up user
/// says about the app client (the real exchange is tested end to end).
@Suite struct AppClientProbeTests {
    func probe(_ step: ScriptedTransport.Step, flow: AuthFlowType = .userSRP) async -> (AppClientProbe.Finding, ScriptedTransport) {
        let transport = ScriptedTransport([step])
        let client = CognitoClient(endpoint: URL(string: "http://127.0.0.1:1/")!, retry: .never, transport: transport)
        let finding = await AppClientProbe.run(client: client, app: AppClient(userPoolId: "us-east-1_x", clientId: "c"), flow: flow)
        return (finding, transport)
    }

    @Test func theExpectedRefusalsMeanTheClientExists() async {
        let notAuthorized = #"{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"#
        #expect(await probe(.answer(400, notAuthorized)).0 == .clientExists)
        let notFound = #"{"__type":"UserNotFoundException","message":"User does not exist."}"#
        #expect(await probe(.answer(400, notFound)).0 == .clientExists)
        // With PreventUserExistenceErrors the service answers as for a real user.
        let verifier = #"{"ChallengeName":"PASSWORD_VERIFIER","ChallengeParameters":{"SALT":"1","SRP_B":"2","SECRET_BLOCK":"3","USER_ID_FOR_SRP":"x"}}"#
        #expect(await probe(.answer(200, verifier)).0 == .clientExists)
    }

    @Test func aMissingClientOrAWrongSecretIsNamed() async {
        let missing = #"{"__type":"ResourceNotFoundException","message":"User pool client c does not exist."}"#
        guard case .clientRefused(let error) = await probe(.answer(400, missing)).0 else { Issue.record("not refused"); return }
        #expect(error.name == .resourceNotFound && error.message.contains("does not exist"))
        let secret = #"{"__type":"NotAuthorizedException","message":"Unable to verify secret hash for client c"}"#
        guard case .clientRefused = await probe(.answer(400, secret)).0 else { Issue.record("a secret problem is the client's"); return }
    }

    @Test func aNetworkProblemIsKeptApart() async {
        #expect(await probe(.fail(.secureConnectionFailed("hostname mismatch"))).0 == .unreachable(.secureConnectionFailed("hostname mismatch")))
    }

    @Test func sendsNoPasswordBySRP() async throws {
        let (_, transport) = await probe(.answer(400, #"{"__type":"UserNotFoundException","message":"x"}"#), flow: .userAuth)
        let body = try #require(transport.requests.first?.body)
        let sent = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let parameters = try #require(sent["AuthParameters"] as? [String: String])
        #expect(sent["AuthFlow"] as? String == "USER_AUTH")
        #expect(parameters["PASSWORD"] == nil && parameters["SRP_A"] != nil && parameters["PREFERRED_CHALLENGE"] == "PASSWORD_SRP")
        #expect(parameters["USERNAME"]?.hasPrefix("cognito-onboard-check-") == true)
    }
}
