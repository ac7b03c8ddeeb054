import CognitoAuth

/// What the wizard asks the runner to do. Effects are values, so a test can
/// check exactly what a key press would send, without sending it.
public enum Effect: Equatable, Sendable {
    case signIn(username: String, password: String)
    case answerNewPassword(password: String, attributes: [String: String])
    /// Stop the request in flight (Esc while waiting).
    case cancelRequest
    /// The sign-in finished: hand the tokens to whoever wants them (--tokens-out).
    case deliverTokens(AuthenticationResult)
    case quit(ExitStatus)
}

/// How the program ends: the command's exit codes.
public enum ExitStatus: Int32, Equatable, Sendable {
    case done = 0
    case failed = 1
    case cancelled = 130
}
