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
