import Foundation
import Testing
@testable import CognitoAuth

/// Answers as values that send themselves: the flow lets only an answer to
/// the pending challenge through, sends nothing otherwise, and an answer's
/// description never holds what it carries.
@Suite struct ChallengeAnswerTests {
    static let selectMFA = #"{"ChallengeName":"SELECT_MFA_TYPE","Session":"s1","ChallengeParameters":{"MFAS_CAN_CHOOSE":"[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]","USERNAME":"ada"}}"#
    static let totp = #"{"ChallengeName":"SOFTWARE_TOKEN_MFA","Session":"s2","ChallengeParameters":{"USERNAME":"ada"}}"#

    func flow(_ transport: ScriptedTransport) -> SignInFlow {
        SignInFlow(client: CognitoClient(endpoint: URL(string: "http://127.0.0.1:1/")!, retry: .never, transport: transport),
                   app: AppClient(userPoolId: "us-east-1_x", clientId: "c"), authFlow: .userPassword)
    }

    @Test func anAnswerToAnotherChallengeIsRefusedAndNothingIsSent() async throws {
        let transport = ScriptedTransport([.answer(200, Self.selectMFA)])
        let flow = flow(transport)
        _ = try await flow.start(username: "ada", password: "Temp#Pass1")
        for answer in [CodeAnswer("123456"), FirstFactorChoice(.emailOTP, password: nil), EmailMFASetup(email: "a@example.com")] as [any ChallengeAnswer] {
            await #expect(throws: AuthError.self) { _ = try await flow.answer(answer) }
        }
        #expect(transport.requests.count == 1, "only the sign-in was sent")
    }

    @Test func theMFAChoiceIsSentAsTheAnswerOfSelectMFAType() async throws {
        let transport = ScriptedTransport([.answer(200, Self.selectMFA), .answer(200, Self.totp)])
        let flow = flow(transport)
        _ = try await flow.start(username: "ada", password: "Temp#Pass1")
        #expect(try await flow.answer(MFAChoice(.totp)) == .code(CodeChallenge(kind: .totp, destination: nil, deliveryMedium: nil)))
        let sent = try #require(JSONSerialization.jsonObject(with: transport.requests[1].body) as? [String: Any])
        #expect(sent["ChallengeName"] as? String == "SELECT_MFA_TYPE")
        #expect((sent["ChallengeResponses"] as? [String: String])?["ANSWER"] == "SOFTWARE_TOKEN_MFA")
        #expect(sent["Session"] as? String == "s1")
    }

    @Test func descriptionsHoldNoSecretOrPersonalData() {
        #expect(!CodeAnswer("123456").description.contains("123456"))
        #expect(!FirstFactorChoice(.password, password: "Hidden#Pass1").description.contains("Hidden"))
        #expect(!EmailMFASetup(email: "ada@example.com").description.contains("ada"))
    }

    @Test func answersCompareAcrossTypes() {
        #expect(CodeAnswer("1").isSame(as: CodeAnswer("1")))
        #expect(!CodeAnswer("1").isSame(as: CodeAnswer("2")))
        #expect(!CodeAnswer("1").isSame(as: MFAChoice(.totp)))
    }
}
