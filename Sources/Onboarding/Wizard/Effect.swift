import CognitoAuth

/// What the wizard asks the runner to do. Effects are values, so a test can
/// check exactly what a key press would send, without sending it.
public enum Effect: Equatable, Sendable {
    case signIn(username: String, password: String)
    case answerNewPassword(password: String, attributes: [String: String])
    /// MFA_SETUP with an authenticator app: get the secret for the QR code.
    case associateSoftwareToken
    /// The first code from the app; then the MFA_SETUP answer.
    case verifySoftwareToken(code: String, deviceName: String)
    case setUpEmailMFA(email: String)
    /// SMS_MFA, SOFTWARE_TOKEN_MFA or EMAIL_OTP.
    case answerCode(String)
    case selectMFA(MFAKind)
    /// Any other answer to the challenge on screen (SELECT_CHALLENGE's first
    /// factor): carried to `SignInFlow.answer` as it is.
    case answer(ChallengeAnswer)
    /// "Forgot password?": send a reset code.
    case requestPasswordReset(username: String)
    case confirmPasswordReset(username: String, code: String, password: String)
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

/// How the program ends: the command's exit codes.
public enum ExitStatus: Int32, Equatable, Sendable {
    case done = 0
    case failed = 1
    case cancelled = 130
}
