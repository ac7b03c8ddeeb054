/// A Cognito user-pool API operation, as named in `X-Amz-Target`.
public struct Operation: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    /// Whether sending it twice does no harm. An answer to a challenge is not:
    /// the service may already have taken it and used up its session.
    public let isRepeatable: Bool

    public init(_ name: String, isRepeatable: Bool) {
        self.name = name
        self.isRepeatable = isRepeatable
    }

    public var description: String { name }

    public static let initiateAuth = Operation("InitiateAuth", isRepeatable: true)
    public static let respondToAuthChallenge = Operation("RespondToAuthChallenge", isRepeatable: false)
    public static let associateSoftwareToken = Operation("AssociateSoftwareToken", isRepeatable: false)
    public static let verifySoftwareToken = Operation("VerifySoftwareToken", isRepeatable: false)
    public static let forgotPassword = Operation("ForgotPassword", isRepeatable: false)
    public static let confirmForgotPassword = Operation("ConfirmForgotPassword", isRepeatable: false)
}
