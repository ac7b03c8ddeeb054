/// What a front end draws: words and marks, not positions. The terminal front
/// end lays it out in columns; a test can read it directly.
public struct Screen: Equatable, Sendable {
    public var title: String
    /// "Step 2 of 3", when the wizard has steps to count.
    public var step: String?
    /// The time left to finish this step (the challenge session), when it runs out.
    public var timeLeft: String?
    /// The last 30 seconds: the countdown is drawn as a warning.
    public var timeIsShort = false
    public var intro: [String]
    public var rows: [Row]
    public var notice: Notice?
    /// A request in flight: its label and the spinner's frame.
    public var busy: Busy?
    /// A question that needs y or n.
    public var dialog: [String]?
    /// The key help, shown over the form.
    public var help: [String]?
    /// The key hints of the bottom line.
    public var keys: [KeyHint]

    public init(title: String, step: String? = nil, intro: [String] = [], rows: [Row] = [], notice: Notice? = nil,
                busy: Busy? = nil, dialog: [String]? = nil, help: [String]? = nil, keys: [KeyHint] = []) {
        self.title = title
        self.step = step
        self.intro = intro
        self.rows = rows
        self.notice = notice
        self.busy = busy
        self.dialog = dialog
        self.help = help
        self.keys = keys
    }

    public enum Row: Equatable, Sendable {
        case field(FieldRow)
        /// One line of the password checklist.
        case check(text: String, isMet: Bool)
        /// A label and a value shown for context (attributes already on file).
        case info(label: String, value: String)
        /// A QR code of this text (an otpauth URI); the front end draws it
        /// when there is room.
        case qr(String)
        case blank
    }

    public struct FieldRow: Equatable, Sendable {
        public var id: FieldID
        public var label: String
        /// What to show: the text (a choice's words); empty for a masked secret.
        public var value: String
        /// A masked secret's length: the front end draws that many mask marks.
        public var maskedLength: Int
        /// Where the cursor is in `value`, in characters.
        public var cursor: Int
        public var isFocused: Bool
        public var isMasked: Bool
        public var isRequired: Bool
        public var hint: String?
        public var error: String?
        /// A completion offered for what was typed (Right accepts).
        public var suggestion: String?
        /// The words of each option, when Left and Right choose (shown as `‹ value ›`).
        public var choices: [String]?

        public var isChoice: Bool { choices != nil }
    }

    public struct KeyHint: Equatable, Sendable {
        public var key: String
        public var action: String
    }
}
