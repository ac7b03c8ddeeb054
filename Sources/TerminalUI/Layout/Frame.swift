import Onboarding
/// What the terminal shows: one line of styled text per row, and where the
/// cursor is. Built by ScreenLayout, drawn by CursesScreen; tests read `text`.
public struct Frame: Equatable, Sendable {
    public enum Style: Equatable, Hashable, Sendable {
        case normal, title, dim, accent, focused, input, error, ok, selected
        /// A hint where a value would be: italic (and dim in colour), and in
        /// brackets from the layout, so it never reads as a typed value.
        case placeholder
        /// Dark on light, whatever the terminal's colours: the QR code.
        case qr
    }

    public struct Span: Equatable, Sendable {
        public var text: String
        public var style: Style
        public init(_ text: String, _ style: Style = .normal) {
            self.text = text
            self.style = style
        }
    }

    public let rows: Int
    public let columns: Int
    public var lines: [[Span]]
    /// Row and column of the cursor, when it should show.
    public var cursor: (row: Int, column: Int)?
    /// The pages the body is scrolled from where the focus puts it (PgUp,
    /// PgDn), as far as it could go: the front end keeps this, not what was asked.
    public var scrolledPages = 0

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        lines = Array(repeating: [], count: rows)
    }

    /// Writes `spans` on `row` starting at `column` (the line is padded first).
    public mutating func put(_ row: Int, _ column: Int, _ spans: [Span]) {
        guard lines.indices.contains(row) else { return }
        let used = lines[row].reduce(0) { $0 + DisplayWidth.of($1.text) }
        if column > used { lines[row].append(Span(String(repeating: " ", count: column - used))) }
        var room = columns - max(column, used)
        for span in spans where room > 0 {
            let cut = DisplayWidth.prefix(span.text, fitting: room)
            lines[row].append(Span(cut, span.style))
            room -= DisplayWidth.of(cut)
        }
    }

    /// The plain text of each row, right-trimmed: what golden tests compare.
    public var text: [String] {
        lines.map { line in
            var s = line.map(\.text).joined()
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.rows == b.rows && a.columns == b.columns && a.lines == b.lines
            && a.cursor?.row == b.cursor?.row && a.cursor?.column == b.cursor?.column
    }
}
