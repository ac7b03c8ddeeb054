import Testing
@testable import Onboarding

@Suite struct SanitizerTests {
    @Test func escapeSequencesAreInert() {
        #expect(Sanitizer.clean("a\u{1B}[31mred\u{1B}[0m") == "a\u{FFFD}red\u{FFFD}")
        #expect(Sanitizer.clean("x\u{1B}]0;title\u{7}y") == "x\u{FFFD}y")
        #expect(Sanitizer.clean("x\u{1B}]8;;http://e\u{1B}\\link") == "x\u{FFFD}link")
        #expect(Sanitizer.clean("\u{9B}2J") == "\u{FFFD}2J")
        #expect(Sanitizer.clean("tab\there\r\n") == "tab\u{FFFD}here\u{FFFD}\u{FFFD}")
    }

    @Test func bidiOverridesAreVisible() {
        #expect(Sanitizer.clean("abc\u{202E}fed") == "abc\u{FFFD}fed")
        #expect(Sanitizer.clean("\u{2066}x\u{2069}") == "\u{FFFD}x\u{FFFD}")
    }

    @Test func ordinaryTextIsUntouched() {
        for text in ["Ada Lovelace", "山田 太郎", "José Müller", "👩‍💻 dev", "O'Brien & Co."] {
            #expect(Sanitizer.clean(text) == text)
        }
    }
}
