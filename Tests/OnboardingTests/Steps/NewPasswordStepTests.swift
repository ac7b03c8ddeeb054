import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct NewPasswordStepTests {
    let w = Fixture.wizard()

    func state(_ challenge: NewPasswordChallenge = Fixture.challenge()) -> WizardState {
        var s = w.initialState(username: "ada")
        s.fields[.temporaryPassword]?.editor.set("Temp#Pass123")
        NewPasswordStep.show(challenge, &s, w)
        return s
    }

    @Test func theFormIsThePasswordsThenTheAttributes() {
        let s = state()
        guard case .newPassword(let step) = s.step else { Issue.record("not on the form"); return }
        #expect(step.fieldIDs(s) == [.newPassword, .confirmPassword, .attribute("name"), .attribute("birthdate"),
                                     .attribute("phone_number"), .attribute("custom:team")])
        #expect(step.counted == .newPassword)
        #expect(!step.isTimed, "a slow typist is recovered by signing in again, not timed out")
    }

    @Test func theScreenHasTheChecklistAndWhatIsOnFile() {
        let s = state()
        let screen = s.model.screen(s, w)
        #expect(screen.checks.contains(.init(text: "Not the temporary password", isMet: false)))
        #expect(screen.values.contains(.init(label: "Email", value: "ada@example.com (on file)")))
        #expect(screen.paragraphs == ["Choose a new password, then fill in your details."])
    }

    @Test func addressPartsAreSentAsOneAttribute() {
        var s = state(Fixture.challenge(required: ["address"], current: [:]))
        s.fields[.attribute("address", part: .streetAddress)]?.editor.set("1 Main St")
        s.fields[.attribute("address", part: .country)]?.editor.set("US")
        guard case .newPassword(let step) = s.step else { return }
        let attributes = step.attributes(s, w)
        #expect(attributes["address"]?.contains("1 Main St") == true)
        #expect(attributes.keys.sorted() == ["address"])
    }

    @Test func escAsksBeforeLeaving() {
        var s = state()
        #expect(s.model.back(&s, w).isEmpty)
        #expect(s.dialog == .backToSignIn)
    }
}
