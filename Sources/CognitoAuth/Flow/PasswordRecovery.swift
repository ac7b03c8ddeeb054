/// "Forgot password?": a code sent to the user's email or phone, then the new
/// password with that code. No sign-in session is involved, so each call
/// stands alone (and is never retried: each ForgotPassword sends a new code).
public struct PasswordRecovery: Sendable {
    public let client: CognitoClient
    public let app: AppClient
    /// How to sign in to learn whether a reset whose reply was lost took.
    public let authFlow: AuthFlowType

    public init(client: CognitoClient, app: AppClient, authFlow: AuthFlowType = .userSRP) {
        self.client = client
        self.app = app
        self.authFlow = authFlow
    }

    /// Where the service sent the code.
    public struct CodeDelivery: Equatable, Sendable {
        /// Masked by the service: `a***@e***`, `+*******1234`.
        public let destination: String?
        /// EMAIL or SMS.
        public let medium: String?
    }

    /// Sent as `JSONBody` (see WireModels).
    struct ForgotPasswordRequest: JSONBody {
        let ClientId: String
        let Username: String
        let SecretHash: String?

        func writeMembers(to json: inout JSONBodyWriter) {
            json.member("ClientId", ClientId)
            json.member("Username", Username)
            json.member("SecretHash", SecretHash)
        }
    }

    struct ForgotPasswordResponse: Decodable {
        struct Details: Decodable {
            let Destination: String?
            let DeliveryMedium: String?
        }
        let CodeDeliveryDetails: Details?
    }

    struct ConfirmForgotPasswordRequest: JSONBody {
        let ClientId: String
        let Username: String
        let ConfirmationCode: String
        let Password: SecretBytes
        let SecretHash: String?

        func writeMembers(to json: inout JSONBodyWriter) {
            json.member("ClientId", ClientId)
            json.member("Username", Username)
            json.member("ConfirmationCode", ConfirmationCode)
            json.member("Password", Password)
            json.member("SecretHash", SecretHash)
        }
    }

    struct Empty: Decodable {}

    /// Asks the service to send a reset code for `username`.
    public func requestCode(username: String) async throws(AuthError) -> CodeDelivery {
        let request = ForgotPasswordRequest(ClientId: app.clientId, Username: username, SecretHash: app.secretHash(for: username))
        let answer = try await client.call(.forgotPassword, request, as: ForgotPasswordResponse.self)
        return CodeDelivery(destination: answer.CodeDeliveryDetails?.Destination, medium: answer.CodeDeliveryDetails?.DeliveryMedium)
    }

    /// Sets the new password with the code the user received. When the reply
    /// is lost (see `LostReply`), signing in with the new password tells
    /// whether it took: if it signs in (to any next step), it did; if it is
    /// refused as incorrect, the code is still unused and is sent once more.
    public func confirm(username: String, code: String, newPassword: SecretBytes) async throws(AuthError) {
        let request = ConfirmForgotPasswordRequest(
            ClientId: app.clientId, Username: username, ConfirmationCode: code, Password: newPassword,
            SecretHash: app.secretHash(for: username))
        do throws(AuthError) {
            _ = try await client.call(.confirmForgotPassword, request, as: Empty.self)
        } catch where error.mayHaveActed && error != .network(.cancelled) {
            guard try await !took(username: username, newPassword: newPassword, lost: error) else { return }
            _ = try await client.call(.confirmForgotPassword, request, as: Empty.self)
        }
    }

    /// Whether `newPassword` signs `username` in now. Throws `lost` when that
    /// cannot be learnt (the service is still out of reach).
    private func took(username: String, newPassword: SecretBytes, lost: AuthError) async throws(AuthError) -> Bool {
        let probe = SignInFlow(client: client, app: app, authFlow: authFlow)
        // A copy: the probe's forget wipes what it holds, and the caller may
        // still send this password once more.
        defer { Task { await probe.forget() } }
        do throws(AuthError) {
            _ = try await probe.start(username: username, password: newPassword.copy())
            return true
        } catch where error.isIncorrectPassword || error.serviceError?.name == .passwordResetRequired {
            return false
        } catch {
            throw lost
        }
    }
}
