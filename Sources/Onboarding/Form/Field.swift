/// One input of a form: what it is, what was typed, and what is wrong with it.
public struct Field: Equatable, Sendable {
    public enum Role: Equatable, Sendable {
        case username
        case temporaryPassword
        case newPassword
        case confirmPassword
        /// Feeds a Cognito attribute; `part` for the pieces of `address`.
        case attribute(name: String, part: String?)
        /// A one-time code: from an authenticator app, an SMS, an email, or a reset.
        case code
        /// Where email MFA codes go.
        case mfaEmail
        /// Which MFA kind (to set up, or to use now).
        case mfaChoice
        /// Whose password to reset.
        case recoveryUsername
    }

    public let id: String
    public let role: Role
    public var label: String
    public var hint: String
    public var kind: InputKind
    public var editor: LineEditor
    public var required: Bool
    /// The message shown beside the field, already in words.
    public var error: String?

    public init(id: String, role: Role, label: String, hint: String = "", kind: InputKind = .text,
                value: String = "", required: Bool = true, maxLength: Int = 2048) {
        self.id = id
        self.role = role
        self.label = label
        self.hint = hint
        self.kind = kind
        self.editor = LineEditor(value, maxLength: maxLength)
        self.required = required
    }

    public var text: String { editor.text }
    public var isSecret: Bool { kind == .secret }

    /// The attribute this field feeds, if any.
    public var attribute: String? {
        if case .attribute(let name, _) = role { return name }
        return nil
    }
}
