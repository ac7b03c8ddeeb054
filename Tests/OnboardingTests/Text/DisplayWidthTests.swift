import Testing
@testable import Onboarding

@Suite struct DisplayWidthTests {
    @Test func columns() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("山田") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("한국어") == 6)
    }

    @Test func cutting() {
        #expect(DisplayWidth.prefix("山田太郎", fitting: 5) == "山田")
        #expect(DisplayWidth.truncate("山田太郎", to: 5) == "山田…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.pad("山", to: 4) == "山  ")
    }

    /// Printable ASCII is measured and cut by bytes; everything else by
    /// characters. Both must agree wherever a string could go either way.
    @Test(arguments: ["", "plain ascii", "tab\there", "line\r\nbreak", "del\u{7F}", "café", "e\u{301}", "山田", "👍🏽 ok",
                      "~!@#$%^&*()_+{}|:<>?", "trailing space ", "\u{1B}[31m"])
    func theASCIIFastPathAgreesWithCharacters(_ text: String) {
        #expect(DisplayWidth.of(text) == DisplayWidth.of(Array(text)))
        for columns in 0...(DisplayWidth.of(Array(text)) + 1) {
            #expect(DisplayWidth.prefix(text, fitting: columns) == DisplayWidth.prefix(Array(text), fitting: columns), "\(columns)")
        }
    }
}
