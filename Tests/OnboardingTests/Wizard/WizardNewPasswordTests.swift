import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct WizardNewPasswordTests {
    @Test func theFormComesFromTheChallenge() {
        var d = Driver()
        d.reachNewPassword()
        #expect(d.state.focus == .newPassword)
        #expect(d.state.visibleFieldIDs == [
            .newPassword, .confirmPassword, .attribute("name"), .attribute("birthdate"), .attribute("phone_number"), .attribute("custom:team"),
        ])
    }

    @Test func aValidAnswerSendsNormalisedAttributes() {
        var d = Driver()
        d.reachNewPassword()
        d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd", "  Ada Lovelace ", "1815-12-10")
        d.type("+44 (20) 7946-0958")
        #expect(d.text(.attribute("phone_number")) == "+44 (20) 7946-0958", "kept as typed; sent as E.164")
        d.press(.tab)
        d.type("Platform")
        d.press(.enter)
        #expect(d.takeEffects() == [.answerNewPassword(password: "Str0ng#Passw0rd", attributes: [
            "name": "Ada Lovelace", "birthdate": "1815-12-10", "phone_number": "+442079460958", "custom:team": "Platform",
        ])])
        #expect(d.state.busy?.label == "Saving")
        d.send(.step(.signedIn(Fixture.tokens)))
        #expect(d.state.step == .done(DoneStep(alreadySetUp: false)))
        #expect(d.takeEffects() == [.deliverTokens(Fixture.tokens)])
        #expect(d.text(.newPassword) == "" && d.text(.confirmPassword) == "")
    }

    /// A lost reply settled by signing in with the new password arrives as
    /// `.settled`: the password has changed all the same, so Esc offers to
    /// quit rather than a sign-in that needs the replaced temporary password.
    @Test func aSettledLostReplyCountsAsTheChange() {
        var d = Driver()
        d.reachNewPassword()
        d.send(.settled(.mfaSetup([.totp]), .passwordChanged))
        #expect(d.state.passwordChanged)
        d.send(.totpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
        d.press(.escape)
        #expect(d.state.dialog == .quitAfterChange)
    }

    @Test func aWeakPasswordIsNotSent() {
        var d = Driver()
        d.reachNewPassword()
        d.fill("weak", "weak", "Ada", "1815-12-10", "+442079460958")
        d.press(.enter)
        #expect(d.takeEffects().isEmpty)
        #expect(d.state.focus == .newPassword)
        #expect(d.error(.newPassword) == "The password does not meet every rule yet")
    }

    @Test func theTemporaryPasswordIsNotANewOne() {
        var d = Driver()
        d.reachNewPassword(Fixture.challenge(required: []))
        d.fill("Temp#Pass123", "Temp#Pass123")
        d.press(.enter)
        #expect(d.takeEffects().isEmpty)
        #expect(d.error(.newPassword) != nil)
    }

    @Test func mismatchedConfirmation() {
        var d = Driver()
        d.reachNewPassword(Fixture.challenge(required: []))
        d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd!")
        d.press(.enter)
        #expect(d.error(.confirmPassword) == "The passwords do not match")
    }

    @Test func errorsShowWhenAFieldIsLeft() {
        var d = Driver()
        d.reachNewPassword()
        d.press(.tab, .tab, .tab)
        d.type("10/12/1815")
        #expect(d.error(.attribute("birthdate")) == nil, "not while typing")
        d.press(.tab)
        #expect(d.error(.attribute("birthdate")) == "Use YYYY-MM-DD, e.g. 1990-04-21")
        d.press(.up)
        d.press(.backspace)
        #expect(d.error(.attribute("birthdate")) == nil, "cleared by typing")
    }

    @Test func serviceErrorsLandOnTheirField() {
        var d = Driver()
        d.reachNewPassword()
        d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd", "Ada", "1815-12-10", "+442079460958")
        d.press(.enter)
        d.send(.failure(.service(ServiceError(name: .invalidParameter, message: "Invalid phone number format."))))
        #expect(d.error(.attribute("phone_number")) == "Invalid phone number format.")
        #expect(d.state.focus == .attribute("phone_number"))
        d.send(.failure(.service(ServiceError(name: .invalidPassword, message: "Password does not conform to policy: Password must have symbol characters"))))
        #expect(d.error(.newPassword) == "The service refused the password: Password must have symbol characters")
        #expect(d.state.focus == .newPassword)
        d.send(.failure(.service(ServiceError(name: .invalidParameter, message: "Invalid attributes given, name is missing"))))
        #expect(d.error(.attribute("name")) == "Invalid attributes given, name is missing")
        #expect(d.text(.attribute("name")) == "Ada", "nothing typed is lost")
        d.send(.failure(.network(.connectionLost("reset"))))
        #expect(d.state.notice?.isError == true)
        #expect(d.text(.newPassword) == "Str0ng#Passw0rd")
    }

    @Test func aLongFormIsOneScreenAndSubmittingFindsEveryProblem() {
        var d = Driver()
        d.reachNewPassword(Fixture.challenge(required: ["name", "given_name", "family_name", "birthdate", "phone_number"]))
        #expect(d.state.visibleFieldIDs.count == 8, "the front end scrolls; the form is not paged")
        d.state.focus = d.state.visibleFieldIDs.last
        d.type("Platform")
        d.press(.enter)
        #expect(d.takeEffects().isEmpty)
        #expect(d.state.focus == .newPassword, "the first problem takes the focus")
        #expect(d.error(.attribute("name")) == "Required")
    }

    @Test func backToSignInAsksAndKeepsEverything() {
        var d = Driver()
        d.reachNewPassword()
        d.type("Str0ng")
        d.press(.escape)
        #expect(d.state.dialog == .backToSignIn)
        d.press(.character("y"))
        #expect(d.state.step == .signIn)
        #expect(d.text(.username) == "ada")
        d.press(.enter)
        _ = d.takeEffects()
        d.send(.step(.newPasswordRequired(Fixture.challenge())))
        #expect(d.text(.newPassword) == "Str0ng", "signing in again keeps what was typed")
    }

    @Test func revealToggles() {
        var d = Driver()
        d.reachNewPassword()
        #expect(!d.state.revealSecrets)
        d.press(.control("r"))
        #expect(d.state.revealSecrets)
    }

    @Test func choiceAndCompletionFields() {
        var d = Driver()
        d.reachNewPassword(Fixture.challenge(required: ["gender", "zoneinfo"]))
        d.state.focus = .attribute("gender")
        d.press(.right)
        #expect(d.text(.attribute("gender")) == "female")
        #expect(d.shown(.attribute("gender")) == "female")
        d.press(.right, .right)
        #expect(d.text(.attribute("gender")) == "non-binary")
        d.press(.left)
        #expect(d.text(.attribute("gender")) == "male")
        d.type("zzz")
        #expect(d.text(.attribute("gender")) == "male", "letters do not edit a choice")
        d.press(.tab)
        d.type("Europe/Par")
        d.press(.right)
        #expect(d.text(.attribute("zoneinfo")) == "Europe/Paris")
    }

    @Test func addressPartsAreJoined() {
        var d = Driver()
        d.reachNewPassword(Fixture.challenge(required: ["address"]))
        d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd", "1 Main St", "Springfield", "", "12345")
        d.type("US")
        d.press(.enter)
        #expect(d.state.focus == .attribute("custom:team"))
        d.press(.enter)
        #expect(d.state.fields.values.compactMap(\.error).isEmpty, "\(d.state.fields.values.compactMap(\.error))")
        #expect(d.takeEffects() == [.answerNewPassword(password: "Str0ng#Passw0rd", attributes: [
            "address": "1 Main St\nSpringfield 12345\nUS",
        ])])
    }
}
