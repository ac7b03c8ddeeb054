import CognitoAuth

extension String {
    /// The tests' passwords are Strings (they are compared with what the
    /// scripted service received); the flow takes them as `SecretBytes`.
    var secret: SecretBytes { SecretBytes(copying: self) }
}
