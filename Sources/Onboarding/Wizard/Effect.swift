import CognitoAuth

/// What the wizard asks the runner to do. Effects are values, so a test can
/// check exactly what a key press would send, without sending it.
public enum Effect: Equatable, Sendable {
    /// Passwords travel as `SecretBytes` (made from the field's characters,
    /// zeroed by the flow that uses them): never a String.
    case signIn(username: String, password: SecretBytes)
    case answerNewPassword(password: SecretBytes, attributes: [String: String])
    /// MFA_SETUP with an authenticator app: get the secret for the QR code.
    case associateSoftwareToken
    /// The first code from the app; then the MFA_SETUP answer.
    case verifySoftwareToken(code: String, deviceName: String)
    /// An answer to the challenge on screen (a code, the MFA kind chosen, the
    /// email for MFA, the first factor): carried to `SignInFlow.answer` as it
    /// is. Written `.answering(CodeAnswer(...))`.
    case answer(AnswerToSend)
    /// The challenge session ended: sign in again with the password the flow
    /// holds (the new one once it has changed), never asking for the old one.
    case signInAgain
    /// "Forgot password?": send a reset code.
    case requestPasswordReset(username: String)
    case confirmPasswordReset(username: String, code: String, password: SecretBytes)
    /// Stop the request in flight (Esc while waiting).
    case cancelRequest
    /// The sign-in finished: hand the tokens to whoever wants them (--tokens-out).
    case deliverTokens(AuthenticationResult)
    /// Speak another of the site's languages (a kiosk's welcome screen).
    case switchLanguage(String)
    /// A kiosk's next person: drop everything of this one, wherever it is held.
    case startOver
    case quit(ExitStatus)
}

extension Effect {
    /// The effect that sends `answer` (see `ChallengeAnswer`).
    public static func answering(_ answer: some ChallengeAnswer) -> Effect { .answer(AnswerToSend(answer)) }
}

/// A challenge answer held by an effect: comparable, so a test can check what
/// a key press would send without sending it.
public struct AnswerToSend: Equatable, Sendable, CustomStringConvertible {
    public let answer: any ChallengeAnswer

    public init(_ answer: some ChallengeAnswer) { self.answer = answer }

    public static func == (a: AnswerToSend, b: AnswerToSend) -> Bool { a.answer.isSame(as: b.answer) }

    /// The answer's own description: never a password.
    public var description: String { answer.description }
}

/// How the program ends: the command's exit codes.
public enum ExitStatus: Int32, Equatable, Sendable {
    case done = 0
    case failed = 1
    case cancelled = 130
}
