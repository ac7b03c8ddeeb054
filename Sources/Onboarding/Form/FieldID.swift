/// Which field: a typed identity, so that a misspelt id is a compile error
/// and the attribute a field feeds is part of its name.
public enum FieldID: Hashable, Sendable, CustomStringConvertible {
    case username
    /// The temporary password on the sign-in screen (or the current one, for a
    /// user who has already chosen theirs).
    case temporaryPassword
    case newPassword
    case confirmPassword
    /// A one-time code: from an authenticator app, an SMS or an email.
    case code
    /// The code of a password reset.
    case recoveryCode
    /// Where email MFA codes go.
    case mfaEmail
    /// A choice between ways to go on (MFA kinds).
    case choice
    /// Whose password to reset.
    case recoveryUsername
    /// Feeds a Cognito attribute; `part` for the pieces of `address`.
    case attribute(String, part: AddressPart? = nil)

    /// The attribute this field feeds, if any.
    public var attribute: String? {
        if case .attribute(let name, _) = self { return name }
        return nil
    }

    /// Codes are typed as digits; spaces the person adds are dropped.
    public var isCode: Bool { self == .code || self == .recoveryCode }

    public var description: String {
        switch self {
        case .username: return "username"
        case .temporaryPassword: return "temporaryPassword"
        case .newPassword: return "newPassword"
        case .confirmPassword: return "confirmPassword"
        case .code: return "code"
        case .recoveryCode: return "recoveryCode"
        case .mfaEmail: return "mfaEmail"
        case .choice: return "choice"
        case .recoveryUsername: return "recoveryUsername"
        case .attribute(let name, let part): return "attribute:\(name)" + (part.map { ":\($0.rawValue)" } ?? "")
        }
    }
}

/// The parts of the `address` attribute the form asks for, in the order a
/// postal address is written.
public enum AddressPart: String, CaseIterable, Sendable {
    case streetAddress = "street_address"
    case locality
    case region
    case postalCode = "postal_code"
    case country
}
