import Foundation
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

    @Test func invisibleFormattingCharactersAreVisible() {
        for scalar in ["\u{200B}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2060}", "\u{2064}", "\u{2066}",
                       "\u{2069}", "\u{FEFF}", "\u{00AD}", "\u{180E}", "\u{034F}", "\u{E0001}", "\u{E0041}", "\u{E007F}",
                       "\u{FFF9}", "\u{FFFB}", "\u{3164}"] as [Unicode.Scalar] {
            #expect(Sanitizer.clean("pay\(scalar)pal") == "pay\u{FFFD}pal", "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func lineSeparatorsBecomeSpaces() {
        #expect(Sanitizer.clean("one\u{2028}two\u{2029}three") == "one two three")
    }

    @Test func joinersStayOnlyWhereAScriptOrEmojiNeedsThem() {
        #expect(Sanitizer.clean("pay\u{200D}pal") == "pay\u{FFFD}pal")
        #expect(Sanitizer.clean("pay\u{200C}pal") == "pay\u{FFFD}pal")
        #expect(Sanitizer.clean("\u{200D}") == "\u{FFFD}")
        for text in ["👩\u{200D}💻", "👁\u{FE0F}\u{200D}🗨\u{FE0F}", "می\u{200C}خواهم", "क्\u{200D}ष"] {
            #expect(Sanitizer.clean(text) == text)
        }
    }

    @Test func variationSelectorsStayAfterACharacterOnly() {
        #expect(Sanitizer.clean("❤\u{FE0F}") == "❤\u{FE0F}")
        #expect(Sanitizer.clean("葛\u{E0100}") == "葛\u{E0100}")
        #expect(Sanitizer.clean("\u{FE0F}a") == "\u{FFFD}a")
        #expect(Sanitizer.clean("a\u{FE00}\u{FE01}") == "a\u{FE00}\u{FFFD}")
    }

    /// Tag characters can spell hidden ASCII behind a flag: they go even there.
    @Test func subdivisionFlagsLoseTheirTags() {
        let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}"
        #expect(Sanitizer.clean(england) == "\u{1F3F4}\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func longTextIsCutBeforeItIsCleaned() {
        let long = String(repeating: "a", count: 300_000)
        let cleaned = Sanitizer.clean(long)
        #expect(cleaned.unicodeScalars.count == Sanitizer.scalarLimit + 1)
        #expect(cleaned.hasSuffix("\u{2026}"))
        #expect(Sanitizer.clean(String(repeating: "a", count: Sanitizer.scalarLimit)).count == Sanitizer.scalarLimit)
        // An escape sequence that never ends is cut too, not scanned to its end.
        #expect(Sanitizer.clean("\u{1B}]" + long) == "\u{FFFD}\u{2026}")
    }

    /// The figure README quotes: a 300 KB attribute value, cleaned once per frame.
    @Test func aLongValueCostsBoundedWork() {
        let value = String(repeating: "abcdefghij", count: 30_000)
        var best = Duration.seconds(1)
        for _ in 0..<10 {
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = Sanitizer.clean(value) }
            best = min(best, elapsed)
        }
        print("Sanitizer.clean of a 300 KB value: best of 10 \(best)")
        #expect(best < .milliseconds(20))
    }
}
