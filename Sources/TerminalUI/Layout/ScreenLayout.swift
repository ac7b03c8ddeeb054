import Onboarding

/// Lays a Screen out in a terminal of a given size: a calm centred column at
/// 80x24, label and input side by side where there is room and stacked where
/// there is not, the form scrolled to keep the focused field in view, and a
/// plain request to enlarge the window below 40x12. Pure, so golden tests can
/// check it at any size.
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

    public func render(_ screen: Screen, rows: Int, columns: Int) -> Frame {
        var frame = Frame(rows: rows, columns: columns)
        guard rows >= Self.minimumRows, columns >= Self.minimumColumns else {
            let text = tooSmallText.replacing("{cols}", with: "\(Self.minimumColumns)")
                .replacing("{rows}", with: "\(Self.minimumRows)")
            for (i, line) in TextWrap.lines(text, width: max(1, columns)).prefix(rows).enumerated() {
                frame.put(i, 0, [.init(line)])
            }
            return frame
        }
        if let qr = fittingQR(screen, rows: rows, columns: columns) {
            // The code on the left, everything else in a column beside it.
            for (i, line) in qr.enumerated() { frame.put(i, 1, [.init(line, .qr)]) }
            let left = DisplayWidth.of(qr[0]) + 3
            var rest = screen
            rest.rows.removeAll { if case .qr = $0 { return true } else { return false } }
            renderColumn(rest, into: &frame, left: left, width: min(columns - left - 1, 76), rows: rows)
        } else {
            let width = min(columns - (columns >= 44 ? 4 : 2), 76)
            renderColumn(screen, into: &frame, left: (columns - width) / 2, width: width, rows: rows)
        }
        if let overlay = screen.dialog ?? screen.help {
            let width = min(columns - (columns >= 44 ? 4 : 2), 76)
            drawOverlay(overlay, into: &frame, rows: rows, columns: columns, width: width)
            frame.cursor = nil
        } else if screen.busy != nil {
            frame.cursor = nil
        }
        return frame
    }

    /// The half-block lines of the screen's QR code, if it has one and it fits
    /// beside a column of at least 30: quiet zone 4, or 2 when short.
    func fittingQR(_ screen: Screen, rows: Int, columns: Int) -> [String]? {
        for row in screen.rows {
            guard case .qr(let text) = row, let matrix = QRMatrix(text) else { continue }
            for quiet in [4, 2] {
                let lines = matrix.halfBlockLines(quiet: quiet)
                if lines.count <= rows - 1 && matrix.size + 2 * quiet + 34 <= columns { return lines }
            }
        }
        return nil
    }

    /// Title, intro, body, footer in one column.
    func renderColumn(_ screen: Screen, into frame: inout Frame, left: Int, width: Int, rows: Int) {
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
        // The intro gets the lines it needs, as long as the focused field
        // (with its error or hint) still shows below it; the form scrolls.
        // The steps put the essential line first, for the shortest terminals.
        let footerTop = rows - 3
        let body = bodyLines(screen, width: width)
        let focusHeight = body.focusLine.map { (body.focusEnd ?? $0) - $0 + 1 } ?? min(body.lines.count, 2)
        // No room for the QR code: saying so (and to type the secret) comes first.
        let qrNote = screen.rows.contains { if case .qr = $0 { return true } else { return false } } ? [qrTooSmall] : []
        let introLines = (qrNote + screen.intro).flatMap { TextWrap.lines($0, width: width) }
        let gap = tall ? 1 : 0
        let introRoom = max(1, footerTop - y - gap - focusHeight - (body.lines.count > focusHeight ? 1 : 0))
        for (i, line) in introLines.prefix(introRoom).enumerated() {
            let cut = introLines.count > introRoom && i == introRoom - 1
            frame.put(y, left, [.init(cut ? DisplayWidth.truncate(line + " " + glyphs.ellipsis, to: width, ellipsis: glyphs.ellipsis) : line)])
            y += 1
        }
        if !introLines.isEmpty { y += gap }

        // Footer: notice or spinner, a rule, the keys.
        let bodyTop = y
        let bodyHeight = max(1, footerTop - bodyTop)
        place(body, in: &frame, top: bodyTop, height: bodyHeight, left: left, width: width, focus: body.focusLine)

        if let busy = screen.busy {
            let spin = glyphs.spinner[busy.frame % glyphs.spinner.count]
            frame.put(footerTop, left, [.init(spin + " ", .accent), .init(busy.label + glyphs.ellipsis)])
        } else if let notice = screen.notice {
            let mark = notice.isError ? glyphs.error + " " : ""
            let lines = TextWrap.lines(mark + notice.text, width: width)
            // A long message may take the row above it too, and more rows
            // above that while they are blank: a network failure names the
            // endpoint and the cause, and its advice must not be cut off.
            var start = lines.count > 1 && footerTop > bodyTop ? footerTop - 1 : footerTop
            while footerTop - start + 1 < lines.count, start - 1 > bodyTop, frame.lines[start - 1].isEmpty { start -= 1 }
            for (i, line) in lines.prefix(footerTop - start + 1).enumerated() {
                frame.lines[start + i] = []
                frame.put(start + i, left, [.init(line, notice.isError ? .error : .accent)])
            }
        }
        frame.put(rows - 2, left, [.init(String(repeating: glyphs.rule, count: width), .dim)])
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
    }

    func bodyLines(_ screen: Screen, width: Int) -> Body {
        var body = Body()
        let labels = screen.rows.compactMap { row -> String? in
            switch row {
            case .field(let f): return f.label
            case .info(let label, _): return label
            default: return nil
            }
        }
        let widest = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let sideBySide = width >= 56
        let labelWidth = sideBySide ? min(max(widest + 4, 12), width / 3 + 2) : 0
        let inputLeft = sideBySide ? labelWidth : 2

        // Where the run of info rows right above the current row began: a
        // focused field keeps that context (an authenticator's secret) in view.
        var infoStart: Int?
        for row in screen.rows {
            if case .info = row { infoStart = infoStart ?? body.lines.count } else if case .field = row {} else { infoStart = nil }
            switch row {
            case .blank:
                body.lines.append(BodyLine(spans: []))
            case .qr:
                // Drawn beside the column when it fits; else the intro says so.
                break
            case .info(let label, let value) where !sideBySide:
                body.lines.append(BodyLine(spans: [(2, .init(label, .dim))]))
                for line in TextWrap.lines(value, width: width - 4) { body.lines.append(BodyLine(spans: [(4, .init(line))])) }
            case .info(let label, let value):
                let valueWidth = width - (sideBySide ? labelWidth : 2)
                var spans: [(Int, Frame.Span)] = [(2, .init(DisplayWidth.truncate(label, to: max(1, labelWidth - 3), ellipsis: glyphs.ellipsis), .dim))]
                if sideBySide {
                    spans.append((labelWidth, .init(DisplayWidth.truncate(value, to: valueWidth, ellipsis: glyphs.ellipsis), .dim)))
                    body.lines.append(BodyLine(spans: spans))
                } else {
                    body.lines.append(BodyLine(spans: [(2, .init(label, .dim))]))
                    body.lines.append(BodyLine(spans: [(4, .init(DisplayWidth.truncate(value, to: width - 4, ellipsis: glyphs.ellipsis), .dim))]))
                }
            case .check(let text, let isMet):
                let mark = isMet ? glyphs.met : glyphs.unmet
                body.lines.append(BodyLine(spans: [
                    (inputLeft, .init(mark, isMet ? .ok : .dim)),
                    (inputLeft + DisplayWidth.of(mark) + 1, .init(DisplayWidth.truncate(text, to: width - inputLeft - 2, ellipsis: glyphs.ellipsis), isMet ? .normal : .dim)),
                ]))
            case .field(let field):
                if field.isFocused { body.focusLine = infoStart ?? body.lines.count }
                infoStart = nil
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
                if field.isFocused { body.focusEnd = body.lines.count - 1 }
            }
        }
        return body
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
        let cursorColumn = DisplayWidth.of(String(chars[0..<cursorIndex]))
        // Scroll so the cursor sits inside the box with one column to spare.
        var skipColumns = max(0, cursorColumn - boxWidth + 1)
        var start = 0
        while skipColumns > 0, start < chars.count {
            skipColumns -= DisplayWidth.of(chars[start])
            start += 1
        }
        let visible = DisplayWidth.prefix(String(chars[start...]), fitting: boxWidth)
        var spans: [(Int, Frame.Span)] = []
        if value.isEmpty, !field.isFocused, let hint = field.hint {
            spans.append((0, .init(DisplayWidth.pad(DisplayWidth.truncate(glyphs.placeholder(hint), to: boxWidth, ellipsis: glyphs.ellipsis), to: boxWidth), .placeholder)))
        } else {
            var shown = visible
            var used = DisplayWidth.of(shown)
            spans.append((0, .init(shown, style)))
            if let suggestion = field.suggestion, field.isFocused, suggestion.count > value.count,
               suggestion.lowercased().hasPrefix(value.lowercased()) {
                let rest = DisplayWidth.prefix(String(suggestion.dropFirst(value.count)), fitting: boxWidth - used)
                spans.append((used, .init(rest, .dim)))
                used += DisplayWidth.of(rest)
                shown += rest
            }
            if used < boxWidth { spans.append((used, .init(String(repeating: " ", count: boxWidth - used), style))) }
        }
        let cursor = field.isFocused ? cursorColumn - DisplayWidth.of(String(chars[0..<start])) : nil
        return (spans, cursor)
    }

    /// Copies the body into its window, scrolled to keep the focused field
    /// (and its error) in view, with "more" marks where lines are hidden.
    func place(_ body: Body, in frame: inout Frame, top: Int, height: Int, left: Int, width: Int, focus: Int?) {
        // Rows 0 and height-1 give way to the "more" marks when lines are
        // hidden there, so the focused lines must fit between them.
        var offset = 0
        if body.lines.count > height, let first = body.focusLine {
            let last = body.focusEnd ?? first
            offset = max(0, first - 1)
            if last > offset + height - 2 { offset = last - height + 2 }
            offset = max(0, min(offset, body.lines.count - height))
        }
        let hiddenAbove = offset > 0
        let hiddenBelow = offset + height < body.lines.count
        for i in 0..<height {
            let index = offset + i
            guard index < body.lines.count else { break }
            let row = top + i
            if (i == 0 && hiddenAbove) || (i == height - 1 && hiddenBelow) {
                let text = i == 0 ? "\(glyphs.up) \(moreAbove)" : "\(glyphs.down) \(moreBelow)"
                frame.put(row, left + width - DisplayWidth.of(text), [.init(text, .dim)])
                continue
            }
            let line = body.lines[index]
            for (column, span) in line.spans.sorted(by: { $0.column < $1.column }) {
                frame.put(row, left + column, [span])
            }
            if let c = line.cursorColumn { frame.cursor = (row, left + c) }
        }
    }

    func keyLine(_ keys: [Screen.KeyHint], width: Int) -> [Frame.Span] {
        var spans: [Frame.Span] = []
        var used = 0
        for (i, hint) in keys.enumerated() {
            let piece = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.action) + (i == 0 ? 0 : 3)
            if used + piece > width { break }
            if i > 0 { spans.append(.init("   ")) }
            spans.append(.init(hint.key, .accent))
            spans.append(.init(" " + hint.action, .dim))
            used += piece
        }
        return spans
    }

    func drawOverlay(_ lines: [String], into frame: inout Frame, rows: Int, columns: Int, width: Int) {
        let boxWidth = min(width, max(30, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 4))
        let wrapped = lines.flatMap { TextWrap.lines($0, width: boxWidth - 4) }
        let boxHeight = min(rows - 2, wrapped.count + 2)
        let top = max(0, (rows - boxHeight) / 2)
        let left = (columns - boxWidth) / 2
        for i in 0..<boxHeight {
            let row = top + i
            frame.lines[row] = []
            let border = i == 0 || i == boxHeight - 1
            if border {
                frame.put(row, left, [.init(String(repeating: glyphs.rule, count: boxWidth), .accent)])
            } else {
                frame.put(row, left, [.init(DisplayWidth.pad("  " + wrapped[i - 1], to: boxWidth), .selected)])
            }
        }
    }
}
