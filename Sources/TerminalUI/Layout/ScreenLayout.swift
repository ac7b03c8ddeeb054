import Onboarding

/// Lays a Screen out in a terminal of a given size: a calm centred column at
/// 80x24, label and input side by side where there is room and stacked where
/// there is not, a QR code beside the column when it fits, text wrapped and
/// never cut, the essential text first, the rest scrolled to keep the focused
/// field in view (PgUp and PgDn scroll further), and a plain request to
/// enlarge the window below 40x12. Pure, so golden tests can check it at any
/// size.
public struct ScreenLayout: Sendable {
    public static let minimumColumns = 40
    public static let minimumRows = 12

    public var glyphs: Glyphs
    public var tooSmallText: String
    public var moreAbove: String
    public var moreBelow: String
    /// Said where a QR code would be when the terminal is too small for it.
    public var qrTooSmall: String

    public init(glyphs: Glyphs = .unicode, tooSmallText: String, moreAbove: String, moreBelow: String, qrTooSmall: String = "") {
        self.glyphs = glyphs
        self.tooSmallText = tooSmallText
        self.moreAbove = moreAbove
        self.moreBelow = moreBelow
        self.qrTooSmall = qrTooSmall
    }

    /// - Parameter scroll: pages the person scrolled (PgUp negative, PgDn
    ///   positive) from where the focused field puts the body; the frame says
    ///   how far that could go (`Frame.scrolledPages`).
    public func render(_ screen: Screen, rows: Int, columns: Int, scroll: Int = 0) -> Frame {
        // The authenticator's code is encoded once while its screen shows,
        // and forgotten with the screen (it holds the secret).
        if screen.qrCode == nil { QRMatrix.forgetCached() }
        var frame = Frame(rows: rows, columns: columns)
        guard rows >= Self.minimumRows, columns >= Self.minimumColumns else {
            let text = tooSmallText.replacing("{cols}", with: "\(Self.minimumColumns)")
                .replacing("{rows}", with: "\(Self.minimumRows)")
            for (i, line) in TextWrap.lines(text, width: max(1, columns)).prefix(rows).enumerated() {
                frame.put(i, 0, [.init(line)])
            }
            return frame
        }
        let qr = fittingQR(screen, rows: rows, columns: columns)
        // The sections for this size: the QR code is drawn beside the column
        // or not at all; text meant for either case follows it; where it
        // cannot be drawn, a last note says how to get it.
        var sections = screen.sections.filter {
            if case .qrCode = $0.content { return false }
            return $0.shown.holds(qrCodeShown: qr != nil)
        }
        if screen.qrCode != nil, qr == nil, !qrTooSmall.isEmpty { sections.append(.text([qrTooSmall], .extra)) }
        if let qr {
            // The code on the left, everything else in a column beside it.
            for (i, line) in qr.enumerated() { frame.put(i, 1, [.init(line, .qr)]) }
            let left = DisplayWidth.of(qr[0]) + 3
            renderColumn(screen, sections, into: &frame, left: left, width: min(columns - left - 1, 76), rows: rows, scroll: scroll)
        } else {
            let width = min(columns - (columns >= 44 ? 4 : 2), 76)
            renderColumn(screen, sections, into: &frame, left: (columns - width) / 2, width: width, rows: rows, scroll: scroll)
        }
        if let overlay = screen.dialog ?? screen.help {
            let width = min(columns - (columns >= 44 ? 4 : 2), 76)
            // Help longer than the window (13 lines at 40x12) scrolls with
            // PgUp and PgDn like the body; a dialog is always short.
            let pages = drawOverlay(overlay, into: &frame, rows: rows, columns: columns, width: width,
                                    scroll: screen.dialog == nil ? scroll : 0)
            if screen.dialog == nil { frame.scrolledPages = pages }
            frame.cursor = nil
        } else if screen.busy != nil {
            frame.cursor = nil
        }
        return frame
    }

    /// The half-block lines of the screen's QR code, if it has one and it fits
    /// beside a column of at least 30: quiet zone 4, or 2 when short.
    func fittingQR(_ screen: Screen, rows: Int, columns: Int) -> [String]? {
        guard let text = screen.qrCode, let matrix = QRMatrix.cached(text) else { return nil }
        for quiet in [4, 2] {
            let lines = matrix.halfBlockLines(quiet: quiet)
            if lines.count <= rows - 1 && matrix.size + 2 * quiet + 34 <= columns { return lines }
        }
        return nil
    }

    /// Title, body, footer in one column. The body is the sections: the
    /// essential text at their head stays in place above the rest when there
    /// is room for it and the focused field; everything else scrolls, the
    /// focused field (with its error or hint) always in view. Nothing is cut:
    /// what does not fit is scrolled to, with a mark saying so.
    func renderColumn(_ screen: Screen, _ sections: [Screen.Section], into frame: inout Frame, left: Int, width: Int,
                      rows: Int, scroll: Int) {
        var y = 0

        // Title, and the step counter beside it when both fit; else the
        // title wraps and the counter takes the line under it (on a short
        // terminal it gives way). Neither is cut.
        let tall = rows >= 16
        var step = screen.step ?? ""
        let beside = step.isEmpty || DisplayWidth.of(screen.title) + 2 + DisplayWidth.of(step) <= width
        if !beside, !tall { step = "" }
        for line in TextWrap.lines(screen.title, width: width).prefix(2) {
            frame.put(y, left, [.init(line, .title)])
            y += 1
        }
        if !step.isEmpty { frame.put(beside ? 0 : y, left + width - DisplayWidth.of(step), [.init(step, .dim)]) }
        if !beside, !step.isEmpty { y += 1 }
        // A short terminal gives the rule's row to the form.
        if tall {
            frame.put(y, left, [.init(String(repeating: glyphs.rule, count: width), .dim)])
            y += 1
        }
        // The time left to finish the step: a line of its own, so it is never cut.
        if let timeLeft = screen.timeLeft {
            for line in TextWrap.lines(timeLeft, width: width) {
                frame.put(y, left, [.init(line, screen.timeIsShort ? .error : .accent)])
                y += 1
            }
        }

        // The body: from here to the notice (a short terminal with nothing
        // to say there gives that row to the body too).
        let footerTop = rows - 3
        let gap = tall ? 1 : 0
        let lead = Array(sections.prefix { $0.importance == .essential && $0.isText })
        // What matters less comes after what matters more (a note that can wait).
        let rest = sections.dropFirst(lead.count)
        let ordered = rest.filter { $0.importance < .extra } + rest.filter { $0.importance == .extra }
        let leadLines = lead.flatMap(\.paragraphs).flatMap { TextWrap.lines($0, width: width) }
        var body = bodyLines(ordered, width: width)
        // The rows the focused field and its context need (one more for the
        // "more above" mark when lines are hidden above them).
        let context = body.contextLine ?? 0
        let focusHeight = body.focusEnd.map { $0 - context + 1 } ?? 1

        // The notice is read whole: a network failure names the endpoint and
        // the cause, and its advice must not be cut off. It takes the rows it
        // needs from the body, the intro giving way before the focused field
        // does, and the "more above" mark moving onto the rule when its row is
        // needed too; when even that is too few (a long cause at 40x12), it
        // hangs under the focused field in the body instead, its first lines
        // in view and the rest a PgDn away.
        let notice = screen.busy == nil ? screen.notice : nil
        let noticeStyle: Frame.Style = notice?.isError == true ? .error : .accent
        let noticeLines = notice.map { TextWrap.lines(($0.isError ? glyphs.error + " " : "") + $0.text, width: width) } ?? []
        let space = footerTop + 1 - y
        let linesAbove = leadLines.count + context > 0
        let noticeRows = noticeLines.count + focusHeight <= space ? noticeLines.count : 0
        let markAbove = noticeRows == 0 || !linesAbove || noticeRows + focusHeight + 1 <= space
        if noticeRows == 0, !noticeLines.isEmpty {
            let at = body.focusEnd.map { $0 + 1 } ?? body.lines.count
            body.lines.insert(contentsOf: noticeLines.map { BodyLine(spans: [(0, .init($0, noticeStyle))]) }, at: at)
            body.focusEnd = body.focusEnd.map { $0 + noticeLines.count }
        }
        let bottom = screen.busy != nil || (tall && noticeRows < 2) ? footerTop : footerTop + 1 - noticeRows
        let focusRows = body.focusEnd.map { $0 - context + 1 } ?? 1
        let room = max(1, bottom - y)
        let leadHeight = leadLines.isEmpty || body.lines.isEmpty || ordered.first?.isText == true ? leadLines.count : leadLines.count + gap
        let minimumBody = body.lines.count <= room - leadHeight ? body.lines.count : focusRows + (context > 0 ? 1 : 0)
        // The intro stays in place, whole when it fits beside the focused
        // field; else its first lines stay (the essential line first) and the
        // rest scrolls above the form, whole, for PgUp. Only a notice in the
        // footer may take its last pinned line.
        let fits = leadHeight + minimumBody <= room
        let pinned = fits ? leadLines.count : body.lines.isEmpty ? 0
            : min(leadLines.count, max(noticeRows > 0 ? 0 : 1, room - focusRows - 1))
        for line in leadLines.prefix(pinned) {
            frame.put(y, left, [.init(line)])
            y += 1
        }
        if fits {
            y += leadHeight - leadLines.count
        } else if pinned < leadLines.count {
            let head = leadLines.dropFirst(pinned).map { BodyLine(spans: [(0, .init($0))]) }
            body.lines.insert(contentsOf: head, at: 0)
            body.shift(by: head.count)
        }

        let placed = place(body, in: &frame, top: y, height: max(1, bottom - y), left: left, width: width, scroll: scroll,
                           markAbove: markAbove)
        frame.scrolledPages = placed.pages

        // Footer: notice or spinner, a rule (saying when more is below), the keys.
        if let busy = screen.busy {
            let spin = glyphs.spinner[busy.frame % glyphs.spinner.count]
            frame.put(footerTop, left, [.init(spin + " ", .accent), .init(busy.label + glyphs.ellipsis)])
        } else {
            for (i, line) in noticeLines.prefix(noticeRows).enumerated() {
                frame.put(footerTop + 1 - noticeRows + i, left, [.init(line, noticeStyle)])
            }
        }
        let marks = (placed.hiddenAbove && !markAbove ? ["\(glyphs.up) \(moreAbove)"] : [])
            + (placed.hiddenBelow ? ["\(glyphs.down) \(moreBelow)"] : [])
        if !marks.isEmpty {
            let mark = " " + marks.joined(separator: "  ")
            let ruleWidth = max(0, width - DisplayWidth.of(mark))
            frame.put(rows - 2, left, [.init(String(repeating: glyphs.rule, count: ruleWidth), .dim), .init(mark, .dim)])
        } else {
            frame.put(rows - 2, left, [.init(String(repeating: glyphs.rule, count: width), .dim)])
        }
        frame.put(rows - 1, left, keyLine(screen.keys, width: width))
    }

    // MARK: Body

    struct BodyLine {
        var spans: [(column: Int, Frame.Span)]
        var cursorColumn: Int?
    }

    struct Body {
        var lines: [BodyLine] = []
        var focusLine: Int?
        var focusEnd: Int?
        /// Where what the focused field needs in view begins: the values right
        /// above the first field after them (an authenticator's secret above
        /// its code), else the field itself.
        var contextLine: Int?

        mutating func shift(by n: Int) {
            focusLine = focusLine.map { $0 + n }
            focusEnd = focusEnd.map { $0 + n }
            contextLine = contextLine.map { $0 + n }
        }
    }

    /// The sections as lines, a blank line between them — except that a
    /// checklist hangs under the fields it checks, values on file sit right
    /// above the fields they belong to, and paragraphs follow each other.
    func bodyLines(_ sections: [Screen.Section], width: Int) -> Body {
        var body = Body()
        var labels: [String] = []
        for section in sections {
            switch section.content {
            case .fields(let fields): labels += fields.map(\.label)
            case .values(let values): labels += values.map(\.label)
            default: break
            }
        }
        // Labels beside their inputs where the widest fits in two fifths of
        // the line; else every label above its input, whole.
        let widest = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let sideBySide = width >= 56 && widest + 4 <= width * 2 / 5
        let labelWidth = sideBySide ? max(widest + 4, 12) : 0
        let inputLeft = sideBySide ? labelWidth : 2

        var previous: Screen.Section.Content?
        var valuesStart: Int?
        for section in sections {
            if let previous, Self.separated(previous, section.content) { body.lines.append(BodyLine(spans: [])) }
            let startsAfterValues: Int?
            if case .values? = previous { startsAfterValues = valuesStart } else { startsAfterValues = nil }
            if case .values = section.content { valuesStart = body.lines.count }
            previous = section.content
            switch section.content {
            case .text(let paragraphs):
                for line in paragraphs.flatMap({ TextWrap.lines($0, width: width) }) {
                    body.lines.append(BodyLine(spans: [(0, .init(line))]))
                }
            case .qrCode:
                // Drawn beside the column when it fits, else not at all.
                break
            case .values(let values):
                for value in values {
                    if sideBySide {
                        let label = DisplayWidth.truncate(value.label, to: max(1, labelWidth - 3), ellipsis: glyphs.ellipsis)
                        for (i, line) in TextWrap.lines(value.value, width: width - labelWidth).enumerated() {
                            body.lines.append(BodyLine(spans: (i == 0 ? [(2, .init(label, .dim))] : []) + [(labelWidth, .init(line, .dim))]))
                        }
                    } else {
                        body.lines.append(BodyLine(spans: [(2, .init(value.label, .dim))]))
                        for line in TextWrap.lines(value.value, width: width - 4) { body.lines.append(BodyLine(spans: [(4, .init(line, .dim))])) }
                    }
                }
            case .checklist(let checks):
                for check in checks {
                    let mark = check.isMet ? glyphs.met : glyphs.unmet
                    let textLeft = inputLeft + DisplayWidth.of(mark) + 1
                    for (i, line) in TextWrap.lines(check.text, width: width - textLeft).enumerated() {
                        body.lines.append(BodyLine(spans: (i == 0 ? [(inputLeft, .init(mark, check.isMet ? .ok : .dim))] : [])
                            + [(textLeft, .init(line, check.isMet ? .normal : .dim))]))
                    }
                }
            case .fields(let fields):
                for (i, field) in fields.enumerated() {
                    if field.isFocused { body.contextLine = i == 0 ? startsAfterValues : nil }
                    fieldLines(field, into: &body, width: width, sideBySide: sideBySide, labelWidth: labelWidth, inputLeft: inputLeft)
                }
            }
        }
        return body
    }

    static func separated(_ above: Screen.Section.Content, _ below: Screen.Section.Content) -> Bool {
        switch (above, below) {
        case (.fields, .checklist), (.values, .fields), (.text, .text): return false
        default: return true
        }
    }

    func fieldLines(_ field: Screen.FieldRow, into body: inout Body, width: Int, sideBySide: Bool, labelWidth: Int, inputLeft: Int) {
        if field.isFocused { body.focusLine = body.lines.count }
        let marker = field.isFocused ? glyphs.focus : " "
        let labelText = DisplayWidth.truncate(field.label, to: max(1, (sideBySide ? labelWidth - 3 : width - 2)), ellipsis: glyphs.ellipsis)
        let labelSpan: (Int, Frame.Span) = (2, .init(labelText, field.isFocused ? .title : .normal))
        let inputWidth = width - inputLeft
        let (input, cursor) = inputSpans(field, width: inputWidth)
        if sideBySide {
            body.lines.append(BodyLine(spans: [(0, .init(marker, .accent)), labelSpan] + input.map { (inputLeft + $0.0, $0.1) },
                                       cursorColumn: cursor.map { inputLeft + $0 }))
        } else {
            body.lines.append(BodyLine(spans: [(0, .init(marker, .accent)), labelSpan]))
            body.lines.append(BodyLine(spans: input.map { (inputLeft + $0.0, $0.1) }, cursorColumn: cursor.map { inputLeft + $0 }))
        }
        if let error = field.error {
            for line in TextWrap.lines(glyphs.error + " " + error, width: width - inputLeft) {
                body.lines.append(BodyLine(spans: [(inputLeft, .init(line, .error))]))
            }
        } else if field.isFocused, let hint = field.hint {
            for line in TextWrap.lines(glyphs.placeholder(hint), width: width - inputLeft) {
                body.lines.append(BodyLine(spans: [(inputLeft, .init(line, .placeholder))]))
            }
        }
        if field.isFocused {
            body.focusEnd = body.lines.count - 1
            body.contextLine = body.contextLine ?? body.focusLine
        }
    }

    /// The input box of a field: its value scrolled so the cursor shows, the
    /// hint as a placeholder when empty, a completion after the text.
    func inputSpans(_ field: Screen.FieldRow, width: Int) -> ([(Int, Frame.Span)], Int?) {
        let boxWidth = max(4, width - 1)
        let style: Frame.Style = field.isFocused ? .focused : .input
        var value = field.isMasked ? String(repeating: glyphs.bullet, count: field.maskedLength) : field.value
        if field.isChoice {
            value = "\(glyphs.choiceLeft) \(value.isEmpty ? " " : value) \(glyphs.choiceRight)"
        }
        let chars = Array(value)
        let cursorIndex = field.isChoice ? 2 : min(field.cursor, chars.count)
        let cursorColumn = DisplayWidth.of(chars[0..<cursorIndex])
        // Scroll so the cursor sits inside the box with one column to spare.
        var skipColumns = max(0, cursorColumn - boxWidth + 1)
        var start = 0
        while skipColumns > 0, start < chars.count {
            skipColumns -= DisplayWidth.of(chars[start])
            start += 1
        }
        let visible = DisplayWidth.prefix(chars[start...], fitting: boxWidth)
        var spans: [(Int, Frame.Span)] = []
        if value.isEmpty, !field.isFocused, let hint = field.hint {
            spans.append((0, .init(DisplayWidth.pad(DisplayWidth.truncate(glyphs.placeholder(hint), to: boxWidth, ellipsis: glyphs.ellipsis), to: boxWidth), .placeholder)))
        } else {
            var shown = visible
            var used = DisplayWidth.of(shown)
            spans.append((0, .init(shown, style)))
            if let suggestion = field.suggestion, field.isFocused, suggestion.count > value.count,
               suggestion.lowercased().hasPrefix(value.lowercased()) {
                let rest = DisplayWidth.prefix(suggestion.dropFirst(value.count), fitting: boxWidth - used)
                spans.append((used, .init(rest, .dim)))
                used += DisplayWidth.of(rest)
                shown += rest
            }
            if used < boxWidth { spans.append((used, .init(String(repeating: " ", count: boxWidth - used), style))) }
        }
        let cursor = field.isFocused ? cursorColumn - DisplayWidth.of(chars[0..<start]) : nil
        return (spans, cursor)
    }

    /// Copies the body into its window: scrolled just enough to show the
    /// focused field (and its error or hint) with as much as fits above it,
    /// then by the pages the person scrolled. A mark on the top row says
    /// lines are hidden above (unless `markAbove` is false: the caller says
    /// so elsewhere); `hiddenBelow` tells the caller to say so below.
    func place(_ body: Body, in frame: inout Frame, top: Int, height: Int, left: Int, width: Int,
               scroll: Int, markAbove: Bool = true) -> (hiddenAbove: Bool, hiddenBelow: Bool, pages: Int) {
        var offset = 0
        var pages = 0
        if body.lines.count > height {
            if let first = body.focusLine {
                let last = body.focusEnd ?? first
                // Row 0 gives way to the "more above" mark once anything is
                // hidden there. As little scrolled as can be, so the field's
                // context above it shows whenever it fits.
                offset = max(0, last - height + 1)
                if markAbove, offset > 0, first < offset + 1 { offset = max(0, first - 1) }
                if !markAbove { offset = min(offset, first) }
            }
            let page = max(1, height - 2)
            let farthest = body.lines.count - height
            pages = max(-(offset + page - 1) / page, min(scroll, (farthest - offset + page - 1) / page))
            offset = max(0, min(offset + pages * page, farthest))
        }
        let hiddenAbove = offset > 0
        for i in 0..<height {
            let index = offset + i
            guard index < body.lines.count else { break }
            let row = top + i
            if i == 0 && hiddenAbove && markAbove {
                let text = "\(glyphs.up) \(moreAbove)"
                frame.put(row, left + width - DisplayWidth.of(text), [.init(text, .dim)])
                continue
            }
            let line = body.lines[index]
            for (column, span) in line.spans.sorted(by: { $0.column < $1.column }) {
                frame.put(row, left + column, [span])
            }
            if let c = line.cursorColumn { frame.cursor = (row, left + c) }
        }
        return (hiddenAbove, offset + height < body.lines.count, pages)
    }

    func keyLine(_ keys: [Screen.KeyHint], width: Int) -> [Frame.Span] {
        let widths = keys.map { DisplayWidth.of($0.key) + 1 + DisplayWidth.of($0.action) }
        /// How many hints fit, in order, with `gap` columns between them.
        func fitting(gap: Int) -> Int {
            var used = -gap
            return widths.prefix { used += gap + $0; return used <= width }.count
        }
        // Three columns apart, or two when that keeps one more hint (the
        // sign-in screen's "F1 help" at 80 columns).
        let gap = fitting(gap: 2) > fitting(gap: 3) ? 2 : 3
        var spans: [Frame.Span] = []
        for (i, hint) in keys.prefix(fitting(gap: gap)).enumerated() {
            if i > 0 { spans.append(.init(String(repeating: " ", count: gap))) }
            spans.append(.init(hint.key, .accent))
            spans.append(.init(" " + hint.action, .dim))
        }
        return spans
    }

    /// A box over the screen. When its lines do not fit, it shows a page of
    /// them, `scroll` pages down, with marks in its borders saying that more
    /// is above or below; returns the page shown.
    @discardableResult
    func drawOverlay(_ lines: [String], into frame: inout Frame, rows: Int, columns: Int, width: Int,
                     scroll: Int = 0) -> Int {
        let boxWidth = min(width, max(30, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 4))
        let wrapped = lines.flatMap { TextWrap.lines($0, width: boxWidth - 4) }
        let boxHeight = min(rows - 2, wrapped.count + 2)
        let inner = boxHeight - 2
        let lastPage = inner > 0 ? (wrapped.count - 1) / inner : 0
        let page = min(max(0, scroll), lastPage)
        let first = min(page * inner, max(0, wrapped.count - inner))
        let top = max(0, (rows - boxHeight) / 2)
        let left = (columns - boxWidth) / 2
        func border(_ mark: String?) -> [Frame.Span] {
            guard let mark else { return [.init(String(repeating: glyphs.rule, count: boxWidth), .accent)] }
            let label = " \(mark) "
            let rule = String(repeating: glyphs.rule, count: max(0, boxWidth - DisplayWidth.of(label) - 2))
            return [.init(glyphs.rule + glyphs.rule + label + rule, .accent)]
        }
        for i in 0..<boxHeight {
            let row = top + i
            frame.lines[row] = []
            if i == 0 {
                frame.put(row, left, border(first > 0 ? "\(glyphs.up) \(moreAbove)" : nil))
            } else if i == boxHeight - 1 {
                frame.put(row, left, border(first + inner < wrapped.count ? "\(glyphs.down) \(moreBelow)" : nil))
            } else {
                frame.put(row, left, [.init(DisplayWidth.pad("  " + wrapped[first + i - 1], to: boxWidth), .selected)])
            }
        }
        return page
    }
}
