/// The tokens of a finished sign-in, with the service's own key names, so the
/// same JSON can be written to --tokens-out.
public struct AuthenticationResult: Codable, Equatable, Sendable {
    public let AccessToken: String
    public let IdToken: String?
    public let RefreshToken: String?
    public let ExpiresIn: Int?
    public let TokenType: String?

    public init(AccessToken: String, IdToken: String?, RefreshToken: String?, ExpiresIn: Int?, TokenType: String?) {
        self.AccessToken = AccessToken
        self.IdToken = IdToken
        self.RefreshToken = RefreshToken
        self.ExpiresIn = ExpiresIn
        self.TokenType = TokenType
    }
}

extension AuthenticationResult: CustomStringConvertible {
    /// Never the tokens themselves: this is what ends up in logs and test output.
    public var description: String { "AuthenticationResult(<redacted>, expiresIn: \(ExpiresIn.map(String.init) ?? "-"))" }
}
