import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct PasswordChecklistTests {
    func checklist(_ password: String, _ confirmation: String) -> PasswordChecklist {
        PasswordChecklist(policy: PasswordPolicy(minimumLength: 10), password: password, confirmation: confirmation,
                          temporaryPassword: "Temp#Pass123", strings: Fixture.strings)
    }

    @Test func oneLinePerRule() {
        let items = checklist("", "").items
        #expect(items.map(\.text) == [
            "At least 10 characters", "A lowercase letter (a-z)", "An uppercase letter (A-Z)", "A number (0-9)",
            "A symbol, such as ! @ # $ %", "Not the temporary password", "Both passwords match",
        ])
        #expect(items.allSatisfy { !$0.isMet })
    }

    @Test func metAsTyped() {
        #expect(checklist("Str0ng#Passw0rd", "Str0ng#Passw0rd").allMet)
        let partial = checklist("abcdefghij", "abc")
        #expect(partial.items.filter(\.isMet).map(\.text) == ["At least 10 characters", "A lowercase letter (a-z)", "Not the temporary password"])
        #expect(!checklist("Temp#Pass123", "Temp#Pass123").allMet)
    }

    @Test func hiddenRulesShowWhenBroken() {
        #expect(checklist(" Str0ng#Passw0rd", " Str0ng#Passw0rd").items.contains { $0.text == "No space at the start or end" && !$0.isMet })
    }
}
