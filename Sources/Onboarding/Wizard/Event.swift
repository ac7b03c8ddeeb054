import CognitoAuth

/// Everything that can change the wizard: the person's keys, the terminal, and
/// the results of the effects it asked for.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// A bracketed paste, delivered whole.
    case paste(String)
    /// The space the screen has (rows and columns of the terminal).
    case resized(rows: Int, columns: Int)
    /// Time passes: the spinner turns.
    case tick
    /// A request finished with the service's next step.
    case step(NextStep)
    /// A request failed.
    case failure(AuthError)
    /// The authenticator secret for MFA setup arrived.
    case totpSecret(String)
    /// A password-reset code was sent (where, masked).
    case resetCodeSent(destination: String?)
    /// The password was reset.
    case passwordReset
}
