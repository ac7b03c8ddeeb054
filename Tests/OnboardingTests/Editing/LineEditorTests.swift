import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct LineEditorTests {
    @Test func insertAndMove() {
        var e = LineEditor()
        e.insert("helo")
        e.left()
        e.insert("l")
        #expect(e.text == "hello")
        #expect(e.cursor == 4)
        e.home()
        e.insert(">")
        e.end()
        e.insert("!")
        #expect(e.text == ">hello!")
        e.backspace()
        e.home()
        e.deleteForward()
        #expect(e.text == "hello")
        e.right(); e.right(); e.right(); e.right(); e.right(); e.right()
        #expect(e.cursor == 5)
    }

    @Test func wipeEmptiesTheEditor() {
        var e = LineEditor("New#Pw4242", maxLength: 64)
        e.left()
        e.wipe()
        #expect(e.isEmpty && e.cursor == 0 && e.text == "")
        e.insert("again")
        #expect(e.text == "again")
    }

    @Test func zeroingOverwritesTheCharactersAndSparesACopy() {
        var buffer: [Character] = Array("Pässwörd👍🏽👨‍👩‍👧‍👦")
        let copy = buffer
        LineEditor.zero(&buffer)
        #expect(buffer.count == copy.count && buffer.allSatisfy { $0 == "\0" })
        #expect(String(copy) == "Pässwörd👍🏽👨‍👩‍👧‍👦")
    }

    @Test func setZeroesWhatItReplaces() {
        var e = LineEditor("New#Pw4242")
        let before = e
        e.set("")
        #expect(e.isEmpty)
        #expect(before.text == "New#Pw4242")
    }

    @Test func killKeys() {
        var e = LineEditor("one two three")
        e.wordLeft()
        e.deleteToEnd()
        #expect(e.text == "one two ")
        e.deleteWordBackward()
        #expect(e.text == "one ")
        e.insert("2 3")
        e.left()
        e.deleteToStart()
        #expect(e.text == "3")
        #expect(e.cursor == 0)
    }

    @Test func wordMoves() {
        var e = LineEditor("alpha beta-gamma")
        e.wordLeft()
        #expect(e.cursor == 11)
        e.wordLeft()
        #expect(e.cursor == 6)
        e.home()
        e.wordRight()
        #expect(e.cursor == 5)
        e.wordRight()
        #expect(e.cursor == 10)
    }

    @Test func wideCharactersCountInColumns() {
        var e = LineEditor("山田 太郎")
        #expect(e.columns == 9)
        #expect(e.cursorColumn == 9)
        e.left()
        #expect(e.cursorColumn == 7)
        var accents = LineEditor("e\u{301}te\u{301}")
        #expect(accents.characters.count == 3)
        #expect(accents.columns == 3)
        accents.backspace()
        #expect(accents.text == "e\u{301}t")
    }

    @Test func pasteAndControlCharacters() {
        var e = LineEditor()
        e.insert("line one\nline two\u{1B}[31m\u{7}\u{202E}")
        #expect(e.text == "line one line two[31m")
    }

    @Test func maximumLength() {
        var e = LineEditor(maxLength: 5)
        e.insert("abcdefgh")
        #expect(e.text == "abcde")
        e.home()
        e.insert("z")
        #expect(e.text == "abcde")
    }

    /// A password field's secret: the UTF-8 of what was typed, combining
    /// marks joined (a mark typed alone still regroups with its letter).
    @Test func secretIsTheTypedUTF8() {
        var e = LineEditor()
        e.insert("New#Pw")
        e.insert("e")
        e.insert("\u{301}")
        e.insert("🧑‍💻")
        #expect(e.characters.count == 8)
        #expect(e.secret.withUnsafeBytes { Array($0) } == Array("New#Pwe\u{301}🧑‍💻".utf8))
        #expect(LineEditor().secret.isEmpty)
    }
}
