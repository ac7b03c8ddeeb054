import Testing
@testable import CognitoAuth

@Suite struct PasswordPolicyTests {
    let policy = PasswordPolicy.cognitoDefault

    func unmet(_ password: String, temporary: String? = nil, policy: PasswordPolicy = .cognitoDefault) -> [PasswordPolicy.Rule] {
        policy.verdicts(for: password, temporaryPassword: temporary).filter { !$0.isMet }.map(\.rule)
    }

    @Test func eachRuleAlone() {
        #expect(unmet("Aa1!aaaa").isEmpty)
        #expect(unmet("Aa1!aaa") == [.minimumLength(8)])
        #expect(unmet("aa1!aaaa") == [.uppercase])
        #expect(unmet("AA1!AAAA") == [.lowercase])
        #expect(unmet("Aa!aaaaa") == [.number])
        #expect(unmet("Aa1aaaaa") == [.symbol])
        #expect(unmet("") == [.minimumLength(8), .lowercase, .uppercase, .number, .symbol])
    }

    @Test func theExactSymbolSet() {
        for symbol in "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-" {
            #expect(unmet("Aa1aaaa\(symbol)").isEmpty, "\(symbol) is a Cognito symbol")
        }
        for notSymbol in ["€", "§", "£", "é"] {
            #expect(unmet("Aa1aaaa\(notSymbol)") == [.symbol], "\(notSymbol) is not")
        }
        #expect(unmet("Aa1a aaa").isEmpty, "an inner space is a symbol")
    }

    @Test func basicLatinLettersOnly() {
        #expect(unmet("ÄÖ1!äöaa") == [.uppercase])
        #expect(unmet("ÄÖ1!ÄÖAA") == [.lowercase])
    }

    @Test func spacesAtTheEndsAndLengthLimit() {
        #expect(unmet(" Aa1!aaaa") == [.noSurroundingSpace])
        #expect(unmet("Aa1!aaaa ") == [.noSurroundingSpace])
        #expect(unmet("Aa1!" + String(repeating: "a", count: 253)) == [.maximumLength])
        #expect(unmet("Aa1!" + String(repeating: "a", count: 252)).isEmpty)
    }

    @Test func differsFromTheTemporaryPassword() {
        #expect(unmet("Temp#Pass1", temporary: "Temp#Pass1") == [.differsFromTemporary])
        #expect(unmet("Temp#Pass2", temporary: "Temp#Pass1").isEmpty)
        #expect(policy.rules(hasTemporaryPassword: true).last == .differsFromTemporary)
    }

    @Test func relaxedPolicy() {
        let relaxed = PasswordPolicy(minimumLength: 6, requireUppercase: false, requireLowercase: true, requireNumbers: false, requireSymbols: false)
        #expect(relaxed.rules() == [.minimumLength(6), .lowercase])
        #expect(relaxed.accepts("abcdef"))
        #expect(!relaxed.accepts("ABCDEF"))
    }
}
