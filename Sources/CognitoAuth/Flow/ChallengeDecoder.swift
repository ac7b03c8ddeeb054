import FoundationEssentials

/// One answer of InitiateAuth or RespondToAuthChallenge, read without any
/// state of the flow: what comes next, and what the flow must keep for the
/// answer after it.
public struct DecodedChallenge: Equatable, Sendable {
    public let step: NextStep
    /// The challenge answered next (nil once signed in).
    public let challengeName: ChallengeName?
    /// The opaque session to send back with that answer.
    public let session: String?
    /// The service's own name for the user (USERNAME / USER_ID_FOR_SRP), when given.
    public let username: String?
}

/// The service's JSON to the next step, as a pure function: the part of a
/// sign-in that reads untrusted bytes, so it can be fuzzed on its own (see
/// Tests/Fuzz) and used by the flow.
public enum ChallengeDecoder {
    public static func decode(_ body: Data) throws(AuthError) -> DecodedChallenge {
        let response: AuthResponse
        do { response = try JSONDecoder().decode(AuthResponse.self, from: body) } catch {
            throw .network(.invalidResponse("the answer does not decode"))
        }
        return try decode(response)
    }

    static func decode(_ response: AuthResponse) throws(AuthError) -> DecodedChallenge {
        let p = response.ChallengeParameters
        let username = p["USERNAME"] ?? p["USER_ID_FOR_SRP"]
        if let tokens = response.AuthenticationResult {
            return DecodedChallenge(step: .signedIn(tokens), challengeName: nil, session: nil, username: username)
        }
        guard let name = response.ChallengeName else {
            throw .unexpectedResponse("neither a challenge nor tokens")
        }
        let challenge = ChallengeName(wireName: name)
        let step: NextStep
        switch challenge {
        case .newPasswordRequired:
            let required = ChallengeParameterJSON.list(p["requiredAttributes"]).map {
                $0.hasPrefix("userAttributes.") ? String($0.dropFirst("userAttributes.".count)) : $0
            }
            step = .newPasswordRequired(NewPasswordChallenge(
                currentAttributes: ChallengeParameterJSON.object(p["userAttributes"]), requiredAttributes: required))
        case .mfaSetup:
            step = .mfaSetup(ChallengeParameterJSON.list(p["MFAS_CAN_SETUP"]).compactMap(MFAKind.init(wireName:)))
        case .selectMFAType:
            step = .selectMFA(ChallengeParameterJSON.list(p["MFAS_CAN_CHOOSE"]).compactMap(MFAKind.init(wireName:)))
        case .smsMFA, .softwareTokenMFA, .emailOTP, .smsOTP:
            step = .code(CodeChallenge(
                kind: challenge.code?.kind ?? .sms, destination: p["CODE_DELIVERY_DESTINATION"],
                deliveryMedium: p["CODE_DELIVERY_DELIVERY_MEDIUM"]))
        case .selectChallenge:
            step = .selectChallenge(response.AvailableChallenges.map(FirstFactor.init(wireName:)))
        case .passwordVerifier, .customChallenge, .deviceSRPAuth, .devicePasswordVerifier, .webAuthn, .unknown:
            step = .unsupported(challenge)
        }
        return DecodedChallenge(step: step, challengeName: challenge, session: response.Session, username: username)
    }
}
