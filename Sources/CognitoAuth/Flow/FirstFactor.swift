/// A way to start a choice-based sign-in (USER_AUTH): what the service lists
/// in `AvailableChallenges` of SELECT_CHALLENGE and takes as
/// `PREFERRED_CHALLENGE` or as the `ANSWER` to SELECT_CHALLENGE.
public enum FirstFactor: WireNamed, Sendable {
    /// The password, sent (over TLS) for the service to check.
    case password
    /// The password proven by SRP: it never leaves the machine.
    case passwordSRP
    /// A one-time code sent by email (8 digits).
    case emailOTP
    /// A one-time code sent by SMS (8 digits).
    case smsOTP
    /// A passkey: needs a browser or the platform's authenticator, never a terminal.
    case webAuthn
    /// A factor this version does not know.
    case unknown(String)

    public static let wireNames: [(FirstFactor, String)] = [
        (.password, "PASSWORD"), (.passwordSRP, "PASSWORD_SRP"), (.emailOTP, "EMAIL_OTP"),
        (.smsOTP, "SMS_OTP"), (.webAuthn, "WEB_AUTHN"),
    ]

    public var unknownName: String? {
        if case .unknown(let name) = self { return name }
        return nil
    }

    /// Whether this factor signs in with the password.
    public var usesPassword: Bool { self == .password || self == .passwordSRP }

    /// Whether the service sends a code for this factor (a new one at every sign-in).
    public var sendsCode: Bool { self == .emailOTP || self == .smsOTP }
}
