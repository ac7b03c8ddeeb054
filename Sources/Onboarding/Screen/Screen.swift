/// What a front end draws: words and marks, not positions. A screen is a list
/// of sections, each saying what it is and how essential it is; the terminal
/// front end decides from the real window size what goes where, what scrolls
/// and what comes first, and plain mode reads the sections out in order. A
/// test can read it directly.
public struct Screen: Equatable, Sendable {
    public var title: String
    /// "Step 2 of 3", when the wizard has steps to count.
    public var step: String?
    /// The time left to finish this step (the challenge session), when it runs out.
    public var timeLeft: String?
    /// The last 30 seconds: the countdown is drawn as a warning.
    public var timeIsShort = false
    /// The body, in the order the step means it to be read.
    public var sections: [Section]
    public var notice: Notice?
    /// A request in flight: its label and the spinner's frame.
    public var busy: Busy?
    /// A question that needs y or n.
    public var dialog: [String]?
    /// The key help, shown over the form.
    public var help: [String]?
    /// The key hints of the bottom line.
    public var keys: [KeyHint]

    public init(title: String, step: String? = nil, sections: [Section] = [], notice: Notice? = nil,
                busy: Busy? = nil, dialog: [String]? = nil, help: [String]? = nil, keys: [KeyHint] = []) {
        self.title = title
        self.step = step
        self.sections = sections
        self.notice = notice
        self.busy = busy
        self.dialog = dialog
        self.help = help
        self.keys = keys
    }

    /// One part of a screen: what it holds, how much it matters when the
    /// window is small, and whether it belongs beside a drawn QR code or in
    /// its place.
    public struct Section: Equatable, Sendable {
        public var content: Content
        public var importance: Importance
        public var shown: Condition

        public init(_ content: Content, _ importance: Importance = .essential, shown: Condition = .always) {
            self.content = content
            self.importance = importance
            self.shown = shown
        }

        public enum Content: Equatable, Sendable {
            /// Paragraphs to read: what the step is for, what to do, notes.
            /// Wrapped, never cut.
            case text([String])
            /// Fields to fill in, in focus order.
            case fields([FieldRow])
            /// The live password checklist, under the fields it checks.
            case checklist([Check])
            /// Labels and values shown for context: an authenticator's secret,
            /// attributes already on file. They belong to the fields below them.
            case values([Value])
            /// A QR code of this text (an otpauth URI), drawn when there is room.
            case qrCode(String)
        }

        /// What comes first, and what may wait for scrolling, in a small window.
        public enum Importance: Int, Comparable, Sendable {
            /// What the person needs to act: the first thing shown.
            case essential
            /// Useful context, in its place.
            case normal
            /// Nice to have (a QR code): last, or left out, when room is short.
            case extra

            public static func < (a: Importance, b: Importance) -> Bool { a.rawValue < b.rawValue }
        }

        /// Text that depends on whether the screen's QR code can be drawn.
        public enum Condition: Equatable, Sendable {
            case always
            /// Said only beside a QR code that is drawn ("Scan the QR code").
            case withQRCode
            /// Said only where the QR code cannot be drawn ("Type this secret").
            case withoutQRCode

            public func holds(qrCodeShown: Bool) -> Bool {
                switch self {
                case .always: return true
                case .withQRCode: return qrCodeShown
                case .withoutQRCode: return !qrCodeShown
                }
            }
        }

        public static func text(_ paragraphs: [String], _ importance: Importance = .essential, shown: Condition = .always) -> Section {
            Section(.text(paragraphs), importance, shown: shown)
        }
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
        public var hint: String?
        public var error: String?
        /// A completion offered for what was typed (Right accepts).
        public var suggestion: String?
        /// The words of each option, when Left and Right choose (shown as `‹ value ›`).
        public var choices: [String]?

        public var isChoice: Bool { choices != nil }
    }

    /// One line of the password checklist.
    public struct Check: Equatable, Sendable {
        public var text: String
        public var isMet: Bool
    }

    /// A label and a value shown for context.
    public struct Value: Equatable, Sendable {
        public var label: String
        public var value: String
    }

    public struct KeyHint: Equatable, Sendable {
        public var key: String
        public var action: String
    }
}

/// Reading a screen's sections by kind (plain mode, tests).
extension Screen {
    /// Every paragraph of text, in order (whether or not a QR code is drawn).
    public var paragraphs: [String] { sections.flatMap(\.paragraphs) }

    public var fields: [FieldRow] {
        sections.flatMap { if case .fields(let f) = $0.content { return f } else { return [] } }
    }

    public var checks: [Check] {
        sections.flatMap { if case .checklist(let c) = $0.content { return c } else { return [] } }
    }

    public var values: [Value] {
        sections.flatMap { if case .values(let v) = $0.content { return v } else { return [] } }
    }

    /// The text of the screen's QR code, if it has one.
    public var qrCode: String? {
        sections.lazy.compactMap { if case .qrCode(let uri) = $0.content { return uri } else { return nil } }.first
    }

    public var focusedField: FieldRow? { fields.first(where: \.isFocused) }
}

extension Screen.Section {
    public var isText: Bool { if case .text = content { return true } else { return false } }

    /// The paragraphs of a text section (none for other kinds).
    public var paragraphs: [String] { if case .text(let p) = content { return p } else { return [] } }
}
