import CognitoAuth

/// Everything the wizard knows at one moment. A value: every screen a person
/// can reach is a state a unit test can build.
public struct WizardState: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        case signIn
        /// The new password and the attributes, on one page or several.
        case newPassword(page: Int)
        /// MFA must be set up and several kinds are offered: choose one.
        case chooseMFASetup([MFAKind])
        /// The QR code and secret of a new authenticator, and its first code.
        case totpSetup
        /// The address for email codes.
        case emailSetup
        /// A code to enter.
        case mfaCode(CodeChallenge)
        /// Which MFA kind to use for this sign-in.
        case selectMFA([MFAKind])
        /// "Forgot password?": whose.
        case recoveryRequest
        /// The reset code and the new password.
        case recoveryConfirm(destination: String?)
        case done(alreadySetUp: Bool)
        /// Cannot go on (the service needs something this version cannot do):
        /// Enter goes back to sign-in, Esc quits.
        case failed(message: String)
    }

    /// A question that must be answered before anything else happens.
    public enum Dialog: Equatable, Sendable { case quit, backToSignIn }

    public var phase: Phase = .signIn
    /// Every field of every screen, by id; their order per screen is below.
    public var fields: [String: Field] = [:]
    public var signInOrder: [String] = []
    /// The new-password form's field ids, page by page.
    public var pages: [[String]] = []
    public var focus: String?
    /// Fields left at least once: only those show their errors while typing.
    public var visited: Set<String> = []
    public var challenge: NewPasswordChallenge?
    public var notice: Notice?
    public var busy: Busy?
    public var dialog: Dialog?
    public var showingHelp = false
    public var revealSecrets = false
    public var rows = 24
    public var columns = 80
    public var tokens: AuthenticationResult?
    /// The authenticator secret while MFA is being set up.
    public var totpSecret: String?

    /// The field ids of what is on screen now.
    public var visibleFieldIDs: [String] {
        switch phase {
        case .signIn: return signInOrder
        case .newPassword(let page): return pages.indices.contains(page) ? pages[page] : []
        case .chooseMFASetup, .selectMFA: return ["mfaChoice"]
        case .totpSetup: return totpSecret == nil ? [] : ["mfaCode"]
        case .emailSetup: return ["mfaEmail"]
        case .mfaCode: return ["mfaCode"]
        case .recoveryRequest: return ["recoveryUsername"]
        case .recoveryConfirm: return ["recoveryCode", "newPassword", "confirmPassword"]
        case .done, .failed: return []
        }
    }

    public var visibleFields: [Field] { visibleFieldIDs.compactMap { fields[$0] } }

    /// Whether anything was typed that quitting would lose.
    public var hasTypedSomething: Bool {
        fields.values.contains { !$0.editor.isEmpty && $0.role != .username } || !(fields["username"]?.editor.isEmpty ?? true)
    }
}
