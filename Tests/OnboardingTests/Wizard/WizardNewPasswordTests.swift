import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct WizardNewPasswordTests {
    @Test func theFormComesFromTheChallenge() {
        var d = Driver()
        d.reachNewPassword()
        #expect(d.state.phase == .newPassword(page: 0))
        #expect(d.state.focus == "newPassword")
        #expect(d.state.pages.flatMap { $0 } == [
            "newPassword", "confirmPassword", "attr:name", "attr:birthdate", "attr:phone_number", "attr:custom:team",
        ])
    }

    @Test func aValidAnswerSendsNormalisedAttributes() {
        var d = Driver()
        d.reachNewPassword()
        d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd", "  Ada Lovelace ", "1815-12-10")
        d.type("+44 (20) 7946-0958")
        #expect(d.text("attr:phone_number") == "+442079460958", "separators drop as typed")
        d.press(.tab)
        d.type("Platform")
        d.press(.enter)
        #expect(d.takeEffects() == [.answerNewPassword(password: "Str0ng#Passw0rd", attributes: [
            "name": "Ada Lovelace", "birthdate": "1815-12-10", "phone_number": "+442079460958", "custom:team": "Platform",
        ])])
        #expect(d.state.busy?.label == "Saving")
        d.send(.step(.signedIn(Fixture.tokens)))
        #expect(d.state.phase == .done(alreadySetUp: false))
        #expect(d.takeEffects() == [.deliverTokens(Fixture.tokens)])
        #expect(d.text("newPassword") == "" && d.text("confirmPassword") == "")
    }

    @Test func aWeakPasswordIsNotSent() {
        var d = Driver()
        d.reachNewPassword()
        d.fill("weak", "weak", "Ada", "1815-12-10", "+442079460958")
        d.press(.enter)
        #expect(d.takeEffects().isEmpty)
        #expect(d.state.focus == "newPassword")
        #expect(d.error("newPassword") == "The password does not meet every rule yet")
    }

    @Test func theTemporaryPasswordIsNotANewOne() {
        var d = Driver()
        d.reachNewPassword(Fixture.challenge(required: []))
        d.fill("Temp#Pass123", "Temp#Pass123")
        d.press(.enter)
        #expect(d.takeEffects().isEmpty)
        #expect(d.error("newPassword") != nil)
    }

    @Test func mismatchedConfirmation() {
        var d = Driver()
        d.reachNewPassword(Fixture.challenge(required: []))
        d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd!")
        d.press(.enter)
        #expect(d.error("confirmPassword") == "The passwords do not match")
    }

    @Test func errorsShowWhenAFieldIsLeft() {
        var d = Driver()
        d.reachNewPassword()
        d.press(.tab, .tab, .tab)
        d.type("10/12/1815")
        #expect(d.error("attr:birthdate") == nil, "not while typing")
        d.press(.tab)
        #expect(d.error("attr:birthdate") == "Use YYYY-MM-DD, e.g. 1990-04-21")
        d.press(.up)
        d.press(.backspace)
        #expect(d.error("attr:birthdate") == nil, "cleared by typing")
    }

    @Test func serviceErrorsLandOnTheirField() {
        var d = Driver()
        d.reachNewPassword()
        d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd", "Ada", "1815-12-10", "+442079460958")
        d.press(.enter)
        d.send(.failure(.service(ServiceError(name: .invalidParameter, message: "Invalid phone number format."))))
        #expect(d.error("attr:phone_number") == "Invalid phone number format.")
        #expect(d.state.focus == "attr:phone_number")
        d.send(.failure(.service(ServiceError(name: .invalidPassword, message: "Password does not conform to policy: Password must have symbol characters"))))
        #expect(d.error("newPassword") == "The service refused the password: Password must have symbol characters")
        #expect(d.state.focus == "newPassword")
        d.send(.failure(.service(ServiceError(name: .invalidParameter, message: "Invalid attributes given, name is missing"))))
        #expect(d.error("attr:name") == "Invalid attributes given, name is missing")
        #expect(d.text("attr:name") == "Ada", "nothing typed is lost")
        d.send(.failure(.network(.connectionLost("reset"))))
        #expect(d.state.notice?.isError == true)
        #expect(d.text("newPassword") == "Str0ng#Passw0rd")
    }

    @Test func longFormsArePaged() {
        var d = Driver(rows: 14)
        d.reachNewPassword(Fixture.challenge(required: ["name", "given_name", "family_name", "birthdate", "phone_number"]))
        #expect(d.state.pages.count >= 2)
        #expect(d.state.pages[0] == ["newPassword", "confirmPassword"])
        d.fill("Str0ng#Passw0rd")
        d.type("Str0ng#Passw0rd")
        d.press(.enter)
        #expect(d.state.phase == .newPassword(page: 1))
        #expect(d.state.focus == d.state.pages[1].first)
        d.press(.escape)
        #expect(d.state.phase == .newPassword(page: 0), "Esc goes back a page without asking")
        #expect(d.text("confirmPassword") == "Str0ng#Passw0rd")
    }

    @Test func submittingTheLastPageFindsProblemsOnEarlierOnes() {
        var d = Driver(rows: 14)
        d.reachNewPassword(Fixture.challenge(required: ["name", "given_name", "family_name", "birthdate", "phone_number"]))
        let last = d.state.pages.count - 1
        d.state.phase = .newPassword(page: last)
        d.state.focus = d.state.pages[last].first
        for id in d.state.pages[last] {
            d.type(id == "attr:phone_number" ? "+15550100199" : id == "attr:birthdate" ? "1990-04-21" : "X")
            if id != d.state.pages[last].last { d.press(.tab) }
        }
        d.press(.enter)
        #expect(d.state.phase == .newPassword(page: 0))
        #expect(d.state.focus == "newPassword")
    }

    @Test func backToSignInAsksAndKeepsEverything() {
        var d = Driver()
        d.reachNewPassword()
        d.type("Str0ng")
        d.press(.escape)
        #expect(d.state.dialog == .backToSignIn)
        d.press(.character("y"))
        #expect(d.state.phase == .signIn)
        #expect(d.text("username") == "ada")
        d.press(.enter)
        _ = d.takeEffects()
        d.send(.step(.newPasswordRequired(Fixture.challenge())))
        #expect(d.text("newPassword") == "Str0ng", "signing in again keeps what was typed")
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
        d.state.focus = "attr:gender"
        d.press(.right)
        #expect(d.text("attr:gender") == "female")
        d.press(.right, .right)
        #expect(d.text("attr:gender") == "non-binary")
        d.press(.left)
        #expect(d.text("attr:gender") == "male")
        d.type("zzz")
        #expect(d.text("attr:gender") == "male", "letters do not edit a choice")
        d.press(.tab)
        d.type("Europe/Par")
        d.press(.right)
        #expect(d.text("attr:zoneinfo") == "Europe/Paris")
    }

    @Test func addressPartsAreJoined() {
        var d = Driver()
        d.reachNewPassword(Fixture.challenge(required: ["address"]))
        d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd", "1 Main St", "Springfield", "", "12345")
        d.type("US")
        d.press(.enter)
        #expect(d.state.focus == "attr:custom:team")
        d.press(.enter)
        #expect(d.state.fields.values.compactMap(\.error).isEmpty, "\(d.state.fields.values.compactMap(\.error))")
        #expect(d.takeEffects() == [.answerNewPassword(password: "Str0ng#Passw0rd", attributes: [
            "address": #"{"street_address":"1 Main St","locality":"Springfield","postal_code":"12345","country":"US"}"#,
        ])])
    }
}
