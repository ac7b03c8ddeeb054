/// The kinds of second factor Cognito offers.
public enum MFAKind: String, Equatable, Hashable, Sendable, CaseIterable {
    case totp = "SOFTWARE_TOKEN_MFA"
    case sms = "SMS_MFA"
    case email = "EMAIL_OTP"

    /// Also reads the spellings of MFAS_CAN_SETUP / MFAS_CAN_CHOOSE and of
    /// amplify_outputs.json (`TOTP`, `SMS`, `EMAIL`).
    public init?(wireName: String) {
        switch wireName.uppercased() {
        case "SOFTWARE_TOKEN_MFA", "TOTP": self = .totp
        case "SMS_MFA", "SMS": self = .sms
        case "EMAIL_OTP", "EMAIL", "EMAIL_MFA": self = .email
        default: return nil
        }
    }
}
