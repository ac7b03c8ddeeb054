/// The tokens of a finished sign-in, with the service's own key names, so the
/// same JSON can be written to --tokens-out and handed to --exec-on-success.
public struct AuthenticationResult: Codable, Equatable, Sendable {
    public let AccessToken: String
    public let IdToken: String?
    public let RefreshToken: String?
    public let ExpiresIn: Int?
    public let TokenType: String?
    /// When the pool remembers devices: the new device's keys. Whatever
    /// confirms the device (ConfirmDevice, with the access token) needs them,
    /// so they are kept and written with the tokens.
    public let NewDeviceMetadata: DeviceMetadata?

    public init(AccessToken: String, IdToken: String?, RefreshToken: String?, ExpiresIn: Int?, TokenType: String?,
                NewDeviceMetadata: DeviceMetadata? = nil) {
        self.AccessToken = AccessToken
        self.IdToken = IdToken
        self.RefreshToken = RefreshToken
        self.ExpiresIn = ExpiresIn
        self.TokenType = TokenType
        self.NewDeviceMetadata = NewDeviceMetadata
    }

    /// `NewDeviceMetadata` as the service names its keys.
    public struct DeviceMetadata: Codable, Equatable, Sendable {
        public let DeviceKey: String?
        public let DeviceGroupKey: String?

        public init(DeviceKey: String?, DeviceGroupKey: String?) {
            self.DeviceKey = DeviceKey
            self.DeviceGroupKey = DeviceGroupKey
        }
    }
}

extension AuthenticationResult: CustomStringConvertible {
    /// Never the tokens themselves: this is what ends up in logs and test output.
    public var description: String { "AuthenticationResult(<redacted>, expiresIn: \(ExpiresIn.map(String.init) ?? "-"))" }
}
