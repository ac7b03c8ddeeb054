import Foundation
import Testing
@testable import CognitoAuth

/// The flow's choice-based sign-in step by step, against a script: what it
/// sends (the SELECT_CHALLENGE answer, no stale code), what it decodes
/// (AvailableChallenges, NewDeviceMetadata).
@Suite struct SignInFlowUserAuthTests {
    static let select = #"{"ChallengeName":"SELECT_CHALLENGE","Session":"s1","ChallengeParameters":{},"AvailableChallenges":["PASSWORD","PASSWORD_SRP","EMAIL_OTP","WEB_AUTHN","NEW_ONE"]}"#
    static let emailCode = #"{"ChallengeName":"EMAIL_OTP","Session":"s2","ChallengeParameters":{"CODE_DELIVERY_DESTINATION":"a***@e***","CODE_DELIVERY_DELIVERY_MEDIUM":"EMAIL","USERNAME":"ada"}}"#
    static let smsCode = #"{"ChallengeName":"SMS_OTP","Session":"s2","ChallengeParameters":{"CODE_DELIVERY_DESTINATION":"+*******0100","CODE_DELIVERY_DELIVERY_MEDIUM":"SMS","USERNAME":"ada"}}"#
    static let expired = #"{"__type":"NotAuthorizedException","message":"Invalid session for the user, session is expired."}"#
    static let refusedSRP = #"{"__type":"InvalidParameterException","message":"USER_SRP_AUTH is not enabled for the client."}"#
    static let tokens = #"{"AuthenticationResult":{"AccessToken":"a","IdToken":"i","RefreshToken":"r","ExpiresIn":3600,"TokenType":"Bearer","NewDeviceMetadata":{"DeviceKey":"us-east-1_dk","DeviceGroupKey":"-gk"}}}"#

    func flow(_ transport: ScriptedTransport, _ authFlow: AuthFlowType = .userAuth) -> SignInFlow {
        SignInFlow(client: CognitoClient(endpoint: URL(string: "http://127.0.0.1:1/")!, retry: .never, transport: transport),
                   app: AppClient(userPoolId: "us-east-1_x", clientId: "c"), authFlow: authFlow)
    }

    func body(_ request: HTTPRequest) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: request.body) as? [String: Any])
    }

    @Test func selectChallengeIsDecodedFromTheTopLevelList() async throws {
        let transport = ScriptedTransport([.answer(200, Self.select)])
        let step = try await flow(transport).start(username: "ada", password: "")
        #expect(step == .selectChallenge([.password, .passwordSRP, .emailOTP, .webAuthn, .unknown("NEW_ONE")]))
        let sent = try body(transport.requests[0])
        #expect(sent["AuthFlow"] as? String == "USER_AUTH")
        #expect((sent["AuthParameters"] as? [String: String])?["PREFERRED_CHALLENGE"] == nil, "no password: no preference")
    }

    @Test func aCodeByEmailIsAskedForWithAnswerAndAnsweredWithItsKey() async throws {
        let transport = ScriptedTransport([.answer(200, Self.select), .answer(200, Self.emailCode), .answer(200, Self.tokens)])
        let flow = flow(transport)
        _ = try await flow.start(username: "ada", password: "")
        let step = try await flow.answer(FirstFactorChoice(.emailOTP, password: nil))
        #expect(step == .code(CodeChallenge(kind: .email, destination: "a***@e***", deliveryMedium: "EMAIL")))
        guard case .signedIn(let tokens) = try await flow.answer(CodeAnswer("12345678")) else { Issue.record("not signed in"); return }
        let select = try body(transport.requests[1])
        #expect(select["ChallengeName"] as? String == "SELECT_CHALLENGE")
        #expect(select["Session"] as? String == "s1")
        #expect((select["ChallengeResponses"] as? [String: String])?["ANSWER"] == "EMAIL_OTP")
        let answer = try body(transport.requests[2])
        #expect((answer["ChallengeResponses"] as? [String: String])?["EMAIL_OTP_CODE"] == "12345678")
        #expect(tokens.NewDeviceMetadata == .init(DeviceKey: "us-east-1_dk", DeviceGroupKey: "-gk"))
    }

    @Test func smsOTPIsACodeByText() async throws {
        let transport = ScriptedTransport([.answer(200, Self.smsCode), .answer(200, Self.tokens)])
        let flow = flow(transport)
        guard case .code(let challenge) = try await flow.start(username: "ada", password: "") else { Issue.record("no code"); return }
        #expect(challenge.kind == .sms && challenge.digits == 6...8)
        _ = try await flow.answer(CodeAnswer("12345678"))
        #expect((try body(transport.requests[1])["ChallengeResponses"] as? [String: String])?["SMS_OTP_CODE"] == "12345678")
    }

    @Test func aSentCodeIsNotResentAfterItsSessionEnded() async throws {
        let transport = ScriptedTransport([
            .answer(200, Self.select), .answer(200, Self.emailCode), .answer(400, Self.expired), .answer(200, Self.emailCode),
        ])
        let flow = flow(transport)
        _ = try await flow.start(username: "ada", password: "")
        _ = try await flow.answer(FirstFactorChoice(.emailOTP, password: nil))
        guard case .code(let replaced) = try await flow.answer(CodeAnswer("12345678")) else { Issue.record("no new code"); return }
        #expect(replaced.isReplacement)
        #expect(transport.operations == ["InitiateAuth", "RespondToAuthChallenge", "RespondToAuthChallenge", "InitiateAuth"])
        let again = try body(transport.requests[3])
        #expect((again["AuthParameters"] as? [String: String])?["PREFERRED_CHALLENGE"] == "EMAIL_OTP",
                "signing in again asks for the chosen factor straight away")
    }

    @Test func anExpiredSentCodeIsReplacedToo() async throws {
        let expiredCode = #"{"__type":"ExpiredCodeException","message":"Invalid code provided, please request a code again."}"#
        let transport = ScriptedTransport([.answer(200, Self.emailCode), .answer(400, expiredCode), .answer(200, Self.emailCode)])
        let flow = flow(transport, .userPassword)
        _ = try await flow.start(username: "ada", password: "Chosen#1")
        guard case .code(let replaced) = try await flow.answer(CodeAnswer("12345678")) else { Issue.record("no new code"); return }
        #expect(replaced.isReplacement)
        #expect(transport.operations == ["InitiateAuth", "RespondToAuthChallenge", "InitiateAuth"])
    }

    @Test func anAuthenticatorCodeIsStillResent() async throws {
        let totp = #"{"ChallengeName":"SOFTWARE_TOKEN_MFA","Session":"s2","ChallengeParameters":{"USERNAME":"ada"}}"#
        let transport = ScriptedTransport([
            .answer(200, totp), .answer(400, Self.expired), .answer(200, totp), .answer(200, Self.tokens),
        ])
        let flow = flow(transport, .userPassword)
        guard case .code(let challenge) = try await flow.start(username: "ada", password: "Chosen#1") else { Issue.record("no code"); return }
        #expect(challenge.digits == 6...6)
        guard case .signedIn = try await flow.answer(CodeAnswer("123456")) else { Issue.record("not signed in"); return }
        #expect((try body(transport.requests[3])["ChallengeResponses"] as? [String: String])?["SOFTWARE_TOKEN_MFA_CODE"] == "123456")
    }

    @Test func aRefusedFlowFallsBackToUserAuthOnce() async throws {
        let transport = ScriptedTransport([.answer(400, Self.refusedSRP), .answer(200, Self.select)])
        let flow = flow(transport, .userSRP)
        #expect(try await flow.start(username: "ada", password: "") == .selectChallenge([.password, .passwordSRP, .emailOTP, .webAuthn, .unknown("NEW_ONE")]))
        #expect(try body(transport.requests[0])["AuthFlow"] as? String == "USER_SRP_AUTH")
        #expect(try body(transport.requests[1])["AuthFlow"] as? String == "USER_AUTH")
    }

    @Test func deviceMetadataIsWrittenWithTheTokens() throws {
        let result = AuthenticationResult(AccessToken: "a", IdToken: nil, RefreshToken: nil, ExpiresIn: nil, TokenType: nil,
                                          NewDeviceMetadata: .init(DeviceKey: "k", DeviceGroupKey: "g"))
        let json = String(decoding: result.json, as: UTF8.self)
        #expect(json == #"{"AccessToken":"a","NewDeviceMetadata":{"DeviceGroupKey":"g","DeviceKey":"k"}}"# + "\n")
    }
}
