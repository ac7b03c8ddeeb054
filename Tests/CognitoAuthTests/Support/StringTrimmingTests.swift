import Testing
@testable import CognitoAuth

@Suite struct StringTrimmingTests {
    @Test func whitespaceKeepsLineBreaks() {
        #expect(" \t a b \u{00A0}".trimmingWhitespace() == "a b")
        #expect("\n a \n".trimmingWhitespace() == "\n a \n")
        #expect("   ".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
    }

    @Test func whitespaceAndNewlines() {
        #expect("\r\n\t a b\n \u{2028}".trimmingWhitespaceAndNewlines() == "a b")
        #expect("\n\n".trimmingWhitespaceAndNewlines() == "")
    }

    @Test func anyPredicate() {
        #expect("[::1]".trimming { $0 == "[" || $0 == "]" } == "::1")
        #expect("x".trimming { $0 == "x" } == "")
    }
}
