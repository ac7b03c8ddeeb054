import Onboarding

/// Random keys and pastes into a LineEditor, with service text through the
/// Sanitizer and DisplayWidth's cutting and padding. After every step: the
/// cursor within the text, the text within its limit, its width the sum of
/// its characters' widths, and nothing unsafe in what was typed or cleaned.
public enum LineEditorCheck {
    public static let check: FuzzCheck = { input in
        var bytes = FuzzBytes(input)
        var editor = LineEditor("", maxLength: 1 + Int(bytes.byte()) % 80)
        var problems: Violations = []
        var steps = 0
        while !bytes.isAtEnd, steps < 500, problems.isEmpty {
            steps += 1
            switch bytes.byte() % 16 {
            case 0: editor.insert(String(Character(bytes.scalar())))
            case 1: editor.insert(bytes.text(limit: 64))  // a paste
            case 2: editor.backspace()
            case 3: editor.deleteForward()
            case 4: editor.left()
            case 5: editor.right()
            case 6: editor.home()
            case 7: editor.end()
            case 8: editor.deleteToStart()
            case 9: editor.deleteToEnd()
            case 10: editor.deleteWordBackward()
            case 11: editor.wordLeft()
            case 12: editor.wordRight()
            case 13: editor.set(Sanitizer.clean(bytes.text(limit: 64)))  // a value from the service
            case 14:
                var text = ""
                for _ in 0..<(bytes.byte() % 8) { text.unicodeScalars.append(bytes.scalar()) }
                problems += cleaned(text)
                problems += cut(text, columns: Int(bytes.byte() % 24))
            default: problems += cleaned(bytes.text(limit: 255))
            }
            problems += consistent(editor)
        }
        return problems
    }

    static func consistent(_ editor: LineEditor) -> Violations {
        var problems: Violations = []
        if !(0...editor.characters.count).contains(editor.cursor) { problems.append("cursor \(editor.cursor) outside 0...\(editor.characters.count)") }
        if editor.characters.count > editor.maxLength { problems.append("longer than maxLength") }
        let sum = editor.characters.reduce(0) { $0 + DisplayWidth.of($1) }
        if editor.columns != DisplayWidth.of(editor.text) { problems.append("columns differ from DisplayWidth of the text") }
        if editor.columns != sum { problems.append("text width \(editor.columns) is not the sum \(sum) of its characters' \(editor.characters.map { $0.unicodeScalars.map { String($0.value, radix: 16) } })") }
        if editor.cursorColumn > editor.columns { problems.append("cursor column past the text") }
        if editor.text.unicodeScalars.contains(where: Sanitizer.isUnsafe) { problems.append("typed text holds an unsafe character") }
        return problems
    }

    static func cleaned(_ text: String) -> Violations {
        let clean = Sanitizer.clean(text)
        var problems: Violations = []
        let scalars = Array(clean.unicodeScalars)
        if scalars.contains(where: Sanitizer.isUnsafe) { problems.append("cleaned text holds an unsafe character: \(hex(text)) -> \(hex(clean))") }
        if scalars.count > Sanitizer.scalarLimit + 1 { problems.append("cleaned text longer than the cap") }
        for (i, s) in scalars.enumerated() where s.value == 0x200C || s.value == 0x200D {
            if i == 0 || i == scalars.count - 1 { problems.append("a joiner at an end") }
        }
        for (i, s) in scalars.enumerated() where (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value) {
            if i == 0 { problems.append("a variation selector standing alone") }
        }
        if text.unicodeScalars.count <= Sanitizer.scalarLimit / 2, Sanitizer.clean(clean) != clean {
            problems.append("cleaning twice changes \(hex(text)) -> \(hex(clean)) -> \(hex(Sanitizer.clean(clean)))")
        }
        return problems
    }

    static func cut(_ text: String, columns: Int) -> Violations {
        let clean = Sanitizer.clean(text)
        var problems: Violations = []
        if DisplayWidth.of(DisplayWidth.prefix(clean, fitting: columns)) > columns { problems.append("prefix wider than asked") }
        if DisplayWidth.of(DisplayWidth.truncate(clean, to: columns)) > columns { problems.append("truncate wider than asked") }
        if DisplayWidth.of(DisplayWidth.pad(clean, to: columns)) != columns { problems.append("pad not exactly as wide as asked") }
        return problems
    }

    static func hex(_ text: String) -> String {
        text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    }
}
