/// "Forgot password?": a code sent to the user's email or phone, then the new
/// password with that code. No sign-in session is involved, so each call
/// stands alone (and is never retried: each ForgotPassword sends a new code).
public struct PasswordRecovery: Sendable {
    public let client: CognitoClient
    public let app: AppClient

    public init(client: CognitoClient, app: AppClient) {
        self.client = client
        self.app = app
    }

    /// Where the service sent the code.
    public struct CodeDelivery: Equatable, Sendable {
        /// Masked by the service: `a***@e***`, `+*******1234`.
        public let destination: String?
        /// EMAIL or SMS.
        public let medium: String?
    }

    struct ForgotPasswordRequest: Encodable {
        let ClientId: String
        let Username: String
        let SecretHash: String?
    }

    struct ForgotPasswordResponse: Decodable {
        struct Details: Decodable {
            let Destination: String?
            let DeliveryMedium: String?
        }
        let CodeDeliveryDetails: Details?
    }

    struct ConfirmForgotPasswordRequest: Encodable {
        let ClientId: String
        let Username: String
        let ConfirmationCode: String
        let Password: String
        let SecretHash: String?
    }

    struct Empty: Decodable {}

    /// Asks the service to send a reset code for `username`.
    public func requestCode(username: String) async throws(AuthError) -> CodeDelivery {
        let request = ForgotPasswordRequest(ClientId: app.clientId, Username: username, SecretHash: app.secretHash(for: username))
        let answer = try await client.call(.forgotPassword, request, as: ForgotPasswordResponse.self)
        return CodeDelivery(destination: answer.CodeDeliveryDetails?.Destination, medium: answer.CodeDeliveryDetails?.DeliveryMedium)
    }

    /// Sets the new password with the code the user received.
    public func confirm(username: String, code: String, newPassword: String) async throws(AuthError) {
        let request = ConfirmForgotPasswordRequest(
            ClientId: app.clientId, Username: username, ConfirmationCode: code, Password: newPassword,
            SecretHash: app.secretHash(for: username))
        _ = try await client.call(.confirmForgotPassword, request, as: Empty.self)
    }
}
