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
