import Testing
@testable import CognitoAuth

@Suite struct NewPasswordAnswerTests {
    @Test func leavesOutWhatTheServiceRefuses() {
        let sent = NewPasswordAnswer.attributesToSend(
            ["name": "Ada", "email": "new@example.com", "email_verified": "true", "phone_number_verified": "true",
             "sub": "x", "nickname": "", "custom:team": "ops"],
            current: ["email": "ada@example.com", "email_verified": "true", "nickname": ""])
        #expect(sent == ["name": "Ada", "custom:team": "ops"])
    }

    @Test func challengeParameterJSON() {
        #expect(ChallengeParameterJSON.list(#"["userAttributes.name","userAttributes.birthdate"]"#)
                == ["userAttributes.name", "userAttributes.birthdate"])
        #expect(ChallengeParameterJSON.list("[]").isEmpty)
        #expect(ChallengeParameterJSON.list(nil).isEmpty)
        #expect(ChallengeParameterJSON.list("not json").isEmpty)
        #expect(ChallengeParameterJSON.object(#"{"email":"a@b.co","email_verified":"true"}"#) == ["email": "a@b.co", "email_verified": "true"])
    }

    @Test func mfaKindsReadEverySpelling() {
        #expect(MFAKind(wireName: "TOTP") == .totp)
        #expect(MFAKind(wireName: "SOFTWARE_TOKEN_MFA") == .totp)
        #expect(MFAKind(wireName: "sms") == .sms)
        #expect(MFAKind(wireName: "EMAIL_OTP") == .email)
        #expect(MFAKind(wireName: "CARRIER_PIGEON") == nil)
    }
}
