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

    /// A phone number is typed as people write it and sent as E.164, where
    /// the pool signs in with phone numbers; elsewhere the name is sent as typed.
    @Test func aPhoneNumberSignsInAsE164() {
        var profile = Fixture.profile
        profile.usernameAttributes = ["phone_number"]
        let phone = Fixture.wizard(profile)
        var s = phone.initialState(username: " +44 20 7946-0958 ")
        s.fields[.temporaryPassword]?.editor.set("Temp#Pass123")
        #expect(s.fields[.username]?.text == " +44 20 7946-0958 ", "kept as typed")
        #expect(SignInStep().submit(&s, phone) == [.signIn(username: "+442079460958", password: "Temp#Pass123")])
        var t = w.initialState(username: "+44 20 7946 0958")
        t.fields[.temporaryPassword]?.editor.set("Temp#Pass123")
        #expect(SignInStep().submit(&t, w) == [.signIn(username: "+44 20 7946 0958", password: "Temp#Pass123")])
    }

    @Test func theWelcomeComesFromTheConfigSanitised() {
        var profile = Fixture.profile
        profile.welcomeTitle = "Welcome to Acme\u{1B}[2J"
        profile.welcomeText = "Sit down"
        let kiosk = Fixture.wizard(profile)
        let screen = SignInStep().screen(kiosk.initialState(), kiosk)
        #expect(screen.title.hasPrefix("Welcome to Acme") && !screen.title.contains("\u{1B}"), "sanitised: \(screen.title)")
        #expect(screen.paragraphs == ["Sit down"])
        #expect(SignInStep().counted == .signIn)
    }
}
