import CognitoAuth

/// Everything that can change the wizard: the person's keys and answers, the
/// terminal, time, and the results of the effects it asked for.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// A bracketed paste, delivered whole.
    case paste(String)
    /// A whole answer for one field (plain mode): put in, then Enter.
    case answer(FieldID, String)
    /// The terminal changed size (the layout is the front end's business; for
    /// the wizard it is a sign of someone there).
    case resized(rows: Int, columns: Int)
    /// Time passes: `now` from the runtime's clock. The spinner turns, the
    /// session countdown and the kiosk's idle timer move.
    case tick(now: Duration)
    /// A request finished with the service's next step.
    case step(NextStep)
    /// A request finished with the next step after its reply was lost and the
    /// flow found out, by signing in again, that the answer took.
    case settled(NextStep, LostReply)
    /// A request failed.
    case failure(AuthError)
    /// The authenticator secret for MFA setup arrived.
    case totpSecret(SecretBytes)
    /// A password-reset code was sent (where, masked).
    case resetCodeSent(destination: String?)
    /// The password was reset.
    case passwordReset

    /// Something the person did (not a result or a tick).
    public var isInput: Bool {
        switch self {
        case .key, .paste, .answer, .resized: return true
        case .tick, .step, .settled, .failure, .totpSecret, .resetCodeSent, .passwordReset: return false
        }
    }
}
