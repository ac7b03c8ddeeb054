import CognitoAuth

/// Everything the wizard knows at one moment. A value: every screen a person
/// can reach is a state a unit test can build.
public struct WizardState: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        case signIn
        /// The new password and the attributes, on one page or several.
        case newPassword(page: Int)
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

    /// The field ids of what is on screen now.
    public var visibleFieldIDs: [String] {
        switch phase {
        case .signIn: return signInOrder
        case .newPassword(let page): return pages.indices.contains(page) ? pages[page] : []
        case .done, .failed: return []
        }
    }

    public var visibleFields: [Field] { visibleFieldIDs.compactMap { fields[$0] } }

    /// Whether anything was typed that quitting would lose.
    public var hasTypedSomething: Bool {
        fields.values.contains { !$0.editor.isEmpty && $0.role != .username } || !(fields["username"]?.editor.isEmpty ?? true)
    }

    func field(_ role: Field.Role) -> Field? { fields.values.first { $0.role == role } }
}
