import CognitoAuth

/// One line of text being typed: the characters, the cursor, and the editing
/// keys people expect from a shell (Home/End, Ctrl-A/E/U/K/W, word moves).
/// Pure value: the wizard keeps one per field, so nothing typed is lost when a
/// screen is redrawn, resized or left.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index into `characters`, 0...count.
    public private(set) var cursor: Int
    public let maxLength: Int

    public init(_ text: String = "", maxLength: Int = 2048) {
        characters = Array(text.prefix(maxLength))
        cursor = characters.count
        self.maxLength = maxLength
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// The text as a secret's UTF-8, made straight from the characters (no
    /// String in between): what a password field hands to the effects.
    public var secret: SecretBytes { SecretBytes(characters: characters) }

    /// Replaces the whole text, cursor at the end; the old text is zeroed
    /// first (clearing a password field is `set("")`).
    public mutating func set(_ text: String) {
        Self.zero(&characters)
        characters = Array(text.prefix(maxLength))
        cursor = characters.count
    }

    /// Empties the editor and zeroes the characters in its buffer first (a
    /// secret field, once its password has gone to the service or the person
    /// has left): set("") alone would free them as they are.
    ///
    /// Only a buffer this value holds alone is zeroed in place; one still
    /// shared with a copy (an older wizard state) is left to that copy, which
    /// keeps its text — the wizard runtime wipes the state it replaces, so
    /// the last holder of each buffer zeroes it.
    public mutating func wipe() {
        Self.zero(&characters)
        characters = []
        cursor = 0
    }

    /// Zeroes the characters of `buffer` where they lie (when `buffer` is
    /// the only holder; otherwise a copy is made and zeroed).
    static func zero(_ buffer: inout [Character]) {
        buffer.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Released first (a character of more than 15 bytes lives on the
            // heap), zeroed as plain bytes, then valid empty characters again.
            base.deinitialize(count: buffer.count)
            SecretMemory.wipe(UnsafeMutableRawBufferPointer(buffer))
            base.initialize(repeating: "\0", count: buffer.count)
        }
    }

    /// Inserts typed or pasted text at the cursor. Control characters are
    /// dropped (a paste of several lines becomes one line, joined by spaces).
    public mutating func insert(_ text: String) {
        var clean: [Character] = []
        for c in text {
            if c == "\n" || c == "\r\n" || c == "\r" || c == "\t" { clean.append(" "); continue }
            if c.unicodeScalars.contains(where: { Sanitizer.isUnsafe($0) }) { continue }
            clean.append(c)
        }
        let room = max(0, maxLength - characters.count)
        let kept = clean.prefix(room)
        characters.insert(contentsOf: kept, at: cursor)
        cursor += kept.count
        regroup()
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
        regroup()
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        regroup()
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(characters.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = characters.count }

    /// Ctrl-U: delete from the start of the line to the cursor.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
        regroup()
    }

    /// Ctrl-K: delete from the cursor to the end of the line.
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor..<characters.count)
        regroup()
    }

    /// Ctrl-W: delete the word before the cursor (and the spaces after it).
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
        regroup()
    }

    /// Alt-B / Ctrl-Left.
    public mutating func wordLeft() { cursor = wordStart(before: cursor) }

    /// Alt-F / Ctrl-Right.
    public mutating func wordRight() {
        var i = cursor
        while i < characters.count, !isWord(characters[i]) { i += 1 }
        while i < characters.count, isWord(characters[i]) { i += 1 }
        cursor = i
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, !isWord(characters[i - 1]) { i -= 1 }
        while i > 0, isWord(characters[i - 1]) { i -= 1 }
        return i
    }

    /// One Character is one thing the terminal draws. Pieces put together
    /// (a combining mark or variation selector typed or pasted alone, two
    /// halves joined by a deletion) are grouped again as one string would
    /// group them, so widths and the cursor agree with the screen. Found by
    /// fuzzing (Tests/Fuzz/Crashes/LineEditor).
    ///
    /// Text of ASCII characters alone (no CR or LF) is grouped already: every
    /// rule that joins characters needs a scalar beyond ASCII. It is left as
    /// it is, so typing a password makes no String of it at each key.
    private mutating func regroup() {
        if characters.allSatisfy({ $0.isASCII && $0 != "\r" && $0 != "\n" && $0 != "\r\n" }) { return }
        var regrouped = Array(String(characters))
        // Usually the same: the copy goes, zeroed (it is a password's, in a secret field).
        guard regrouped != characters else { return Self.zero(&regrouped) }
        let scalarsBefore = characters[..<cursor].reduce(0) { $0 + $1.unicodeScalars.count }
        var index = 0
        var scalars = 0
        while index < regrouped.count, scalars < scalarsBefore {
            scalars += regrouped[index].unicodeScalars.count
            index += 1
        }
        characters = regrouped
        cursor = index
    }

    private func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// Terminal columns of the text before the cursor.
    public var cursorColumn: Int { DisplayWidth.of(String(characters[0..<cursor])) }

    /// Terminal columns of the whole text.
    public var columns: Int { DisplayWidth.of(text) }
}
