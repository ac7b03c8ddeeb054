/// An attribute a person may type in the username field: one that signs in
/// in place of a username (the pool's UsernameAttributes: email,
/// phone_number) or besides it (AliasAttributes: email, phone_number,
/// preferred_username, once verified).
public enum SignInAttribute: String, CaseIterable, Sendable {
    case email
    case phoneNumber = "phone_number"
    case preferredUsername = "preferred_username"
}

/// What the username field takes, as far as the configuration says.
public struct SignInNames: Equatable, Sendable {
    /// The attributes that replace the username (the username is then an
    /// id nobody types).
    public var insteadOfUsername: Set<SignInAttribute>
    /// The attributes that also sign in, beside the username.
    public var besidesUsername: Set<SignInAttribute>

    public init(insteadOfUsername: Set<SignInAttribute> = [], besidesUsername: Set<SignInAttribute> = []) {
        self.insteadOfUsername = insteadOfUsername
        self.besidesUsername = besidesUsername
    }

    /// Whether a phone number may be typed as the name (and is then sent as E.164).
    public var acceptsPhoneNumber: Bool {
        insteadOfUsername.contains(.phoneNumber) || besidesUsername.contains(.phoneNumber)
    }
}

extension PoolProfile {
    /// The names a person signs in with, from `username_attributes` and
    /// `alias_attributes` (amplify_outputs.json, this project's config,
    /// `init` from DescribeUserPool; Amplify's first generation knows only
    /// the first). A config that says neither claims nothing: no
    /// alternative is offered rather than a wrong one.
    public var signInNames: SignInNames {
        SignInNames(insteadOfUsername: Set(usernameAttributes.compactMap(SignInAttribute.init(rawValue:))),
                    besidesUsername: Set(aliasAttributes.compactMap(SignInAttribute.init(rawValue:))))
    }
}
