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

/// NEW_PASSWORD_REQUIRED, decoded.
public struct NewPasswordChallenge: Equatable, Sendable {
    /// The attributes the user already has (from `userAttributes`), for context.
    /// They are never sent back.
    public let currentAttributes: [String: String]
    /// Attribute names (without `userAttributes.`) that need a value now, in the
    /// service's order.
    public let requiredAttributes: [String]

    public init(currentAttributes: [String: String], requiredAttributes: [String]) {
        self.currentAttributes = currentAttributes
        self.requiredAttributes = requiredAttributes
    }
}

/// SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP or SMS_OTP, decoded.
public struct CodeChallenge: Equatable, Sendable {
    /// How the code reaches the person: an authenticator app, an SMS, an email
    /// (SMS_OTP, a first factor, is `.sms` too).
    public let kind: MFAKind
    /// Where the code went, masked by the service (`+*******1234`, `a***@e***`).
    public let destination: String?
    /// SMS or EMAIL.
    public let deliveryMedium: String?
    /// The service sent this code because the session of an earlier one ended
    /// (the flow signed in again): the earlier code is void and was not resent.
    public let isReplacement: Bool

    public init(kind: MFAKind, destination: String?, deliveryMedium: String?, isReplacement: Bool = false) {
        self.kind = kind
        self.destination = destination
        self.deliveryMedium = deliveryMedium
        self.isReplacement = isReplacement
    }

    /// How many digits the code has: an authenticator's always 6; a code the
    /// service sends is 8 as a first factor and 6 to 8 as email MFA (the length
    /// of email MFA codes is not documented), so 6 to 8 for any sent code.
    public var digits: ClosedRange<Int> { kind == .totp ? 6...6 : 6...8 }

    /// Whether the service sent the code (a new one at every sign-in), so an
    /// old one must never be submitted again.
    public var isSent: Bool { kind != .totp }
}

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

/// Which InitiateAuth flow signs in.
public enum AuthFlowType: String, Equatable, Sendable, CaseIterable {
    /// The default: the password never leaves the machine.
    case userSRP = "USER_SRP_AUTH"
    /// The password is sent (over TLS) for the service to check; for pools
    /// with a migration trigger or clients that do not allow SRP.
    case userPassword = "USER_PASSWORD_AUTH"
    /// Choice-based sign-in, for app clients that allow only ALLOW_USER_AUTH:
    /// with a password, by SRP (PREFERRED_CHALLENGE PASSWORD_SRP); without one,
    /// the service offers its first factors (SELECT_CHALLENGE).
    case userAuth = "USER_AUTH"
}
