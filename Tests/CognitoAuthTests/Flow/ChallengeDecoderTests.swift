import Foundation
import Testing
@testable import CognitoAuth

@Suite struct ChallengeDecoderTests {
    static func decode(_ json: String) throws(AuthError) -> DecodedChallenge {
        try ChallengeDecoder.decode(Data(json.utf8))
    }

    @Test func newPasswordRequired() throws {
        let decoded = try Self.decode(#"""
            {"ChallengeName":"NEW_PASSWORD_REQUIRED","Session":"s1","ChallengeParameters":{"USER_ID_FOR_SRP":"ada",
             "requiredAttributes":"[\"userAttributes.name\"]","userAttributes":"{\"email\":\"ada@example.com\"}"}}
            """#)
        #expect(decoded.step == .newPasswordRequired(NewPasswordChallenge(
            currentAttributes: ["email": "ada@example.com"], requiredAttributes: ["name"])))
        #expect(decoded.challengeName == .newPasswordRequired && decoded.session == "s1" && decoded.username == "ada")
    }

    @Test func codeAndChoices() throws {
        let sms = try Self.decode(#"{"ChallengeName":"SMS_MFA","ChallengeParameters":{"CODE_DELIVERY_DESTINATION":"+***1234"}}"#)
        #expect(sms.step == .code(CodeChallenge(kind: .sms, destination: "+***1234", deliveryMedium: nil)))
        let setup = try Self.decode(#"{"ChallengeName":"MFA_SETUP","ChallengeParameters":{"MFAS_CAN_SETUP":"[\"SOFTWARE_TOKEN_MFA\",\"X\"]"}}"#)
        #expect(setup.step == .mfaSetup([.totp]))
    }

    @Test func whatDoesNotFitIsAnError() throws {
        #expect(throws: AuthError.unexpectedResponse("neither a challenge nor tokens")) { try Self.decode("{}") }
        #expect(try Self.decode(#"{"ChallengeName":"CUSTOM_CHALLENGE"}"#).step == .unsupported(.customChallenge),
                "a challenge this client cannot answer is a step of its own, not an error")
        #expect(try Self.decode(#"{"ChallengeName":"SOMETHING_NEW"}"#).step == .unsupported(.unknown("SOMETHING_NEW")))
        #expect(throws: AuthError.network(.invalidResponse("the answer does not decode"))) { try Self.decode("[") }
    }
}
