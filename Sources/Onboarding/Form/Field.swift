import CognitoAuth

/// One input of a form: what it is, what was typed, and what is wrong with it.
public struct Field: Equatable, Sendable {
    public let id: FieldID
    public var label: String
    public var hint: String
    public var kind: InputKind
    public var editor: LineEditor
    public var required: Bool
    /// The message shown beside the field, already in words.
    public var error: String?

    public init(id: FieldID, label: String, hint: String = "", kind: InputKind = .text,
                value: String = "", required: Bool = true, maxLength: Int = 2048) {
        self.id = id
        self.label = label
        self.hint = hint
        self.kind = kind
        self.editor = LineEditor(value, maxLength: maxLength)
        self.required = required
    }

    public var text: String { editor.text }
    /// A password field's value, never a String (see `SecretBytes`).
    public var secret: SecretBytes { editor.secret }
    public var isSecret: Bool { kind == .secret }

    /// The attribute this field feeds, if any.
    public var attribute: String? { id.attribute }

    /// The words for the value of a choice (the value itself is what is sent).
    public var displayText: String {
        guard case .choice(let options) = kind else { return text }
        return options.first { $0.value == text }?.label ?? text
    }
}
