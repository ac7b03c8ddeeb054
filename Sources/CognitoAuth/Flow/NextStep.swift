/// What the service wants next, as the layers above need it.
public enum NextStep: Equatable, Sendable {
    /// First sign-in: a new password, and a value for each required attribute.
    case newPasswordRequired(NewPasswordChallenge)
    /// MFA must be set up before the sign-in completes; these kinds are offered.
    case mfaSetup([MFAKind])
    /// A code to enter: from an authenticator app, an SMS or an email.
    case code(CodeChallenge)
    /// The person picks which MFA kind to use now.
    case selectMFA([MFAKind])
    /// Choice-based sign-in (SELECT_CHALLENGE): the first factors on offer,
    /// in the service's order (`AvailableChallenges`).
    case selectChallenge([FirstFactor])
    /// Done.
    case signedIn(AuthenticationResult)
    /// A challenge this client cannot answer (a passkey, a custom Lambda
    /// challenge, one newer than this version): the person is told which.
    case unsupported(ChallengeName)
}

extension NextStep {
    /// What `challenge` asks, read from the answer that set it (its
    /// ChallengeParameters, and AvailableChallenges for SELECT_CHALLENGE).
    /// One arm per challenge and no default: a new `ChallengeName` is a
    /// compile error here, next to the case it needs.
    init(_ challenge: ChallengeName, _ response: AuthResponse) {
        let p = response.ChallengeParameters
        switch challenge {
        case .newPasswordRequired:
            let required = ChallengeParameterJSON.list(p["requiredAttributes"]).map {
                $0.hasPrefix("userAttributes.") ? String($0.dropFirst("userAttributes.".count)) : $0
            }
            self = .newPasswordRequired(NewPasswordChallenge(
                currentAttributes: ChallengeParameterJSON.object(p["userAttributes"]), requiredAttributes: required))
        case .mfaSetup:
            self = .mfaSetup(ChallengeParameterJSON.list(p["MFAS_CAN_SETUP"]).compactMap(MFAKind.init(wireName:)))
        case .selectMFAType:
            self = .selectMFA(ChallengeParameterJSON.list(p["MFAS_CAN_CHOOSE"]).compactMap(MFAKind.init(wireName:)))
        case .smsMFA, .softwareTokenMFA, .emailOTP, .smsOTP:
            self = .code(CodeChallenge(
                kind: challenge.code?.kind ?? .sms, destination: p["CODE_DELIVERY_DESTINATION"],
                deliveryMedium: p["CODE_DELIVERY_DELIVERY_MEDIUM"]))
        case .selectChallenge:
            self = .selectChallenge(response.AvailableChallenges.map(FirstFactor.init(wireName:)))
        case .passwordVerifier, .customChallenge, .deviceSRPAuth, .devicePasswordVerifier, .webAuthn, .unknown:
            self = .unsupported(challenge)
        }
    }
}
