import Testing
@testable import CognitoAuth

@Suite struct PercentDecodingTests {
    @Test func decodesEscapes() {
        #expect("a%20b%2Fc".removingPercentEscapes() == "a b/c")
        #expect("%e2%82%AC".removingPercentEscapes() == "€")
        #expect("plain".removingPercentEscapes() == "plain")
        #expect("%0D%0A".removingPercentEscapes() == "\r\n", "CR LF comes out for the caller to refuse")
    }

    @Test func refusesBrokenEscapesAndNonUTF8() {
        for bad in ["%", "%4", "%zz", "a%g1", "%FF", "%C3"] {
            #expect(bad.removingPercentEscapes() == nil, "\(bad)")
        }
    }
}
