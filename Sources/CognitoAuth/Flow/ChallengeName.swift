/// Every challenge the service can set, by its wire name; one it does not
/// know yet is kept as `.unknown(name)` so the person can be told which one
/// it was instead of "unexpected response". Above CognitoAuth nobody spells
/// a challenge name.
public enum ChallengeName: WireNamed, Sendable {
    /// USER_SRP_AUTH's second step: the SRP proof of the password.
    case passwordVerifier
    /// First sign-in: a new password, and the required attributes.
    case newPasswordRequired
    /// MFA must be set up before the sign-in completes.
    case mfaSetup
    /// The person chooses which MFA kind to use now.
    case selectMFAType
    case smsMFA
    case softwareTokenMFA
    /// An email code, as a second factor or (choice-based sign-in) a first.
    case emailOTP
    /// An SMS code as a first factor (choice-based sign-in).
    case smsOTP
    /// Choice-based sign-in (USER_AUTH): the first factors on offer.
    case selectChallenge
    /// A Lambda-defined challenge.
    case customChallenge
    case deviceSRPAuth
    case devicePasswordVerifier
    /// A passkey: not possible in a terminal.
    case webAuthn
    /// A challenge this version does not know.
    case unknown(String)

    public static let wireNames: [(ChallengeName, String)] = [
        (.passwordVerifier, "PASSWORD_VERIFIER"), (.newPasswordRequired, "NEW_PASSWORD_REQUIRED"),
        (.mfaSetup, "MFA_SETUP"), (.selectMFAType, "SELECT_MFA_TYPE"), (.smsMFA, "SMS_MFA"),
        (.softwareTokenMFA, "SOFTWARE_TOKEN_MFA"), (.emailOTP, "EMAIL_OTP"), (.smsOTP, "SMS_OTP"),
        (.selectChallenge, "SELECT_CHALLENGE"), (.customChallenge, "CUSTOM_CHALLENGE"),
        (.deviceSRPAuth, "DEVICE_SRP_AUTH"), (.devicePasswordVerifier, "DEVICE_PASSWORD_VERIFIER"),
        (.webAuthn, "WEB_AUTHN"),
    ]

    public var unknownName: String? {
        if case .unknown(let name) = self { return name }
        return nil
    }

    /// For a challenge answered with a code: the challenge-response key that
    /// carries it, and how the code arrives.
    public var code: (key: String, kind: MFAKind)? {
        switch self {
        case .softwareTokenMFA: return ("SOFTWARE_TOKEN_MFA_CODE", .totp)
        case .smsMFA: return ("SMS_MFA_CODE", .sms)
        case .emailOTP: return ("EMAIL_OTP_CODE", .email)
        case .smsOTP: return ("SMS_OTP_CODE", .sms)
        default: return nil
        }
    }
}
