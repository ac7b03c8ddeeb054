/// The app client a sign-in goes through: the pool, the client id, and the
/// client secret when the client has one.
public struct AppClient: Equatable, Sendable {
    public let userPoolId: String
    public let clientId: String
    public let clientSecret: String?

    public init(userPoolId: String, clientId: String, clientSecret: String? = nil) {
        self.userPoolId = userPoolId
        self.clientId = clientId
        self.clientSecret = clientSecret.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// SECRET_HASH for `username` when the client has a secret.
    func secretHash(for username: String) -> String? {
        clientSecret.map { SecretHash.compute(username: username, clientId: clientId, clientSecret: $0) }
    }
}
