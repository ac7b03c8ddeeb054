import FoundationEssentials

/// The tokens of a finished sign-in, with the service's own key names, so the
/// same JSON can be written to --tokens-out and handed to --exec-on-success.
///
/// The tokens are `SecretBytes`: read from the service's answer without
/// becoming Strings (see `SecretMember`), written out by `json` through
/// `JSONBodyWriter`, and zeroed when the last holder lets go. Not Encodable,
/// for the same reason as the requests (see WireModels).
public struct AuthenticationResult: Decodable, Equatable, Sendable {
    public let AccessToken: SecretBytes
    public let IdToken: SecretBytes?
    public let RefreshToken: SecretBytes?
    public let ExpiresIn: Int?
    public let TokenType: String?
    /// When the pool remembers devices: the new device's keys. Whatever
    /// confirms the device (ConfirmDevice, with the access token) needs them,
    /// so they are kept and written with the tokens.
    public let NewDeviceMetadata: DeviceMetadata?

    public init(AccessToken: SecretBytes, IdToken: SecretBytes?, RefreshToken: SecretBytes?, ExpiresIn: Int?, TokenType: String?,
                NewDeviceMetadata: DeviceMetadata? = nil) {
        self.AccessToken = AccessToken
        self.IdToken = IdToken
        self.RefreshToken = RefreshToken
        self.ExpiresIn = ExpiresIn
        self.TokenType = TokenType
        self.NewDeviceMetadata = NewDeviceMetadata
    }

    enum CodingKeys: String, CodingKey { case AccessToken, IdToken, RefreshToken, ExpiresIn, TokenType, NewDeviceMetadata }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        AccessToken = try SecretMember.decodeRequired(.AccessToken, in: c, decoder: decoder)
        IdToken = try SecretMember.decode(.IdToken, in: c, decoder: decoder)
        RefreshToken = try SecretMember.decode(.RefreshToken, in: c, decoder: decoder)
        ExpiresIn = try c.decodeIfPresent(Int.self, forKey: .ExpiresIn)
        TokenType = try c.decodeIfPresent(String.self, forKey: .TokenType)
        NewDeviceMetadata = try c.decodeIfPresent(DeviceMetadata.self, forKey: .NewDeviceMetadata)
    }

    /// The tokens as one JSON object, keys sorted, a newline after it, in a
    /// buffer that wipes itself when the last copy goes (see `JSONBodyWriter`):
    /// what --tokens-out writes and --exec-on-success reads.
    public var json: Data { JSONBodyWriter.body(of: self, endingWithNewline: true) }

    /// `NewDeviceMetadata` as the service names its keys.
    public struct DeviceMetadata: Decodable, Equatable, Sendable {
        public let DeviceKey: String?
        public let DeviceGroupKey: String?

        public init(DeviceKey: String?, DeviceGroupKey: String?) {
            self.DeviceKey = DeviceKey
            self.DeviceGroupKey = DeviceGroupKey
        }
    }
}

extension AuthenticationResult: JSONBody {
    public func writeMembers(to json: inout JSONBodyWriter) {
        json.member("AccessToken", AccessToken)
        json.member("ExpiresIn", ExpiresIn)
        json.member("IdToken", IdToken)
        json.member("NewDeviceMetadata", NewDeviceMetadata)
        json.member("RefreshToken", RefreshToken)
        json.member("TokenType", TokenType)
    }
}

extension AuthenticationResult.DeviceMetadata: JSONBody {
    public func writeMembers(to json: inout JSONBodyWriter) {
        json.member("DeviceGroupKey", DeviceGroupKey)
        json.member("DeviceKey", DeviceKey)
    }
}

extension AuthenticationResult: CustomStringConvertible {
    /// Never the tokens themselves: this is what ends up in logs and test output.
    public var description: String { "AuthenticationResult(<redacted>, expiresIn: \(ExpiresIn.map(String.init) ?? "-"))" }
}
