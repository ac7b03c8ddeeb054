import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct SignInStepTests {
    let w = Fixture.wizard()

    @Test func fieldsSubmitAndBack() {
        var s = w.initialState(username: "ada")
        let step = SignInStep()
        #expect(step.fieldIDs(s) == [.username, .temporaryPassword])
        s.fields[.temporaryPassword]?.editor.set("Temp#Pass123")
        #expect(step.submit(&s, w) == [.signIn(username: "ada", password: "Temp#Pass123")])
        #expect(s.busy?.label == "Signing in")
        var t = w.initialState()
        #expect(step.back(&t, w).isEmpty && t.dialog == nil, "nothing typed: Esc does nothing")
        t.fields[.username]?.editor.set("a")
        _ = step.back(&t, w)
        #expect(t.dialog == .quit)
    }

    @Test func f2OpensRecoveryOtherKeysAreTheForms() {
        var s = w.initialState(username: "ada")
        #expect(SignInStep().key(.f2, &s, w) == [])
        #expect(s.step == .recoveryRequest)
        var t = w.initialState()
        #expect(SignInStep().key(.enter, &t, w) == nil)
    }

    @Test func theWelcomeComesFromTheConfigSanitised() {
        var profile = Fixture.profile
        profile.welcomeTitle = "Welcome to Acme\u{1B}[2J"
        profile.welcomeText = "Sit down"
        let kiosk = Fixture.wizard(profile)
        let screen = SignInStep().screen(kiosk.initialState(), kiosk)
        #expect(screen.title.hasPrefix("Welcome to Acme") && !screen.title.contains("\u{1B}"), "sanitised: \(screen.title)")
        #expect(screen.intro == ["Sit down"])
        #expect(SignInStep().counted == .signIn)
    }
}
