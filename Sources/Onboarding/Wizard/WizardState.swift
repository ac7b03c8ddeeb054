import CognitoAuth

/// Everything the wizard knows at one moment. A value: every screen a person
/// can reach is a state a unit test can build.
public struct WizardState: Equatable, Sendable {
    /// A question that must be answered before anything else happens.
    public enum Dialog: Equatable, Sendable {
        case quit, backToSignIn
        /// Esc once the password has changed: there is no way back to a
        /// sign-in that needs the temporary password, only finishing or quitting.
        case quitAfterChange
    }

    public var step: Step = .signIn
    /// Every field of every screen, by id: what was typed survives moving
    /// between screens (and signing in again). The step says which show.
    public var fields: [FieldID: Field] = [:]
    public var focus: FieldID?
    public var notice: Notice?
    public var busy: Busy?
    public var dialog: Dialog?
    public var showingHelp = false
    public var revealSecrets = false
    /// Whether the tokens were written where the command was told to.
    public var tokensSaved = false
    /// The username the sign-in screen started with (prefilled or empty): a
    /// kiosk that shows only this has nobody to reset for.
    public var startingUsername = ""
    /// The NEW_PASSWORD_REQUIRED challenge, once the service has set it: the
    /// attributes on file, and the sign that a password was (to be) chosen.
    public var challenge: NewPasswordChallenge?
    /// Whether the service asked for MFA to be set up on the way.
    public var setsUpMFA = false
    /// The new password was accepted: the temporary one is gone for good, and
    /// the flow signs in with the new one by itself when a session ends.
    public var passwordChanged = false
    /// Signing in again after the challenge session ended (the next screen says so).
    public var resuming = false
    /// The wizard signed in again by itself and nobody has done anything
    /// since: the next time the session ends, it asks instead of looping.
    public var resumedUnattended = false
    /// The authenticator secret shown last: a different one after signing in
    /// again means the entry already scanned is stale.
    public var shownTOTPSecret: SecretBytes?

    /// Time, from the runtime's clock (see `WizardClock`): now, when the
    /// person last did something, and when the challenge session ends.
    public var now: Duration = .zero
    public var lastInput: Duration = .zero
    public var sessionDeadline: Duration?

    public init() {}

    /// The model of the step on screen.
    public var model: any StepModel { step.model }

    /// The field ids of what is on screen now.
    public var visibleFieldIDs: [FieldID] { model.fieldIDs(self) }

    public var visibleFields: [Field] { visibleFieldIDs.compactMap { fields[$0] } }

    /// Whether anything was typed that quitting would lose.
    public var hasTypedSomething: Bool {
        fields.values.contains { !$0.editor.isEmpty }
    }

    /// Nobody has done anything yet: the sign-in screen as it started.
    public var isPristine: Bool {
        step == .signIn && dialog == nil && !showingHelp && notice == nil && busy == nil
            && (fields[.temporaryPassword]?.editor.isEmpty ?? true) && fields[.username]?.text ?? "" == startingUsername
    }

    /// Whether `?` typed now is text (a field that takes any character has
    /// the focus), not a request for help: a password may start with `?`.
    public var acceptsQuestionMark: Bool {
        guard let focused = focus.flatMap({ fields[$0] }) else { return false }
        if case .choice = focused.kind { return false }
        return true
    }

    /// The password typed in `id`, as a secret (empty when there is no such field).
    public func secret(_ id: FieldID) -> SecretBytes { fields[id]?.secret ?? SecretBytes() }

    /// Zeroes and empties every secret field (see `LineEditor.wipe`).
    public mutating func wipeSecrets() {
        // The ids first: a loop over the fields would hold a copy of each
        // editor, and the wipe would zero a fresh copy instead of the buffer.
        let secret = fields.compactMap { $0.value.isSecret ? $0.key : nil }
        for id in secret { fields[id]?.editor.wipe() }
    }

    /// Whether the step is finished (done): keys only leave.
    public var isFinished: Bool {
        if case .done = step { return true }
        return false
    }
}
