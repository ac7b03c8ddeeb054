import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct WizardSignInTests {
    @Test func startsOnTheUsername() {
        let d = Driver()
        #expect(d.state.step == .signIn)
        #expect(d.state.focus == .username)
        #expect(Driver(username: "ada").state.focus == .temporaryPassword)
        #expect(Driver(username: "ada").text(.username) == "ada")
    }

    @Test func enterMovesOnThenSubmits() {
        var d = Driver()
        d.type("ada")
        d.press(.enter)
        #expect(d.state.focus == .temporaryPassword)
        #expect(d.takeEffects().isEmpty)
        d.type("Temp#Pass123")
        d.press(.enter)
        #expect(d.takeEffects() == [.signIn(username: "ada", password: "Temp#Pass123")])
        #expect(d.state.busy?.label == "Signing in")
    }

    @Test func trimsTheUsername() {
        var d = Driver()
        d.fill("  ada ")
        d.type("pw")
        d.press(.enter)
        #expect(d.takeEffects() == [.signIn(username: "ada", password: "pw")])
    }

    @Test func emptyFieldsAreRefusedAndFocused() {
        var d = Driver()
        d.press(.tab)
        d.type("pw")
        d.press(.enter)
        #expect(d.takeEffects().isEmpty)
        #expect(d.error(.username) == "Required")
        #expect(d.state.focus == .username)
        d.type("a")
        #expect(d.error(.username) == nil, "the error clears as the person types")
    }

    @Test func wrongPasswordKeepsWhatWasTyped() {
        var d = Driver()
        d.submitSignIn(password: "Wrong#1")
        d.send(.failure(.service(ServiceError(name: .notAuthorized, message: "Incorrect username or password."))))
        #expect(d.state.busy == nil)
        #expect(d.state.notice?.text.hasPrefix("Incorrect username or password") == true)
        #expect(d.state.notice?.isError == true)
        #expect(d.text(.username) == "ada")
        #expect(d.text(.temporaryPassword) == "Wrong#1")
        #expect(d.state.focus == .temporaryPassword)
    }

    @Test(arguments: [
        (AuthError.network(.cannotConnect("x")), "Cannot reach the sign-in service"),
        (.network(.timedOut), "did not answer in time"),
        (.service(ServiceError(name: .notAuthorized, message: "Temporary password has expired and must be reset by an administrator.")), "Ask your administrator to send a new invitation"),
        (.service(ServiceError(name: .notAuthorized, message: "Password attempts exceeded")), "Too many attempts"),
        (.service(ServiceError(name: .notAuthorized, message: "Unable to verify secret hash for client x")), "client secret"),
        (.service(ServiceError(name: .tooManyRequests, message: "Rate exceeded")), "busy"),
        (.service(ServiceError(name: .notAuthorized, message: "Invalid session for the user, session can only be used once.")), "session has ended"),
        (.service(ServiceError(name: .userLambdaValidation, message: "PreAuthentication failed with error \u{1B}[31mNo.")), "refused this"),
    ])
    func failuresBecomeClearMessages(error: AuthError, expected: String) {
        var d = Driver()
        d.submitSignIn(password: "pw")
        d.send(.failure(error))
        let notice = d.state.notice?.text ?? ""
        #expect(notice.contains(expected), "\(notice)")
        #expect(!notice.contains("\u{1B}"))
        #expect(d.text(.temporaryPassword) == "pw")
    }

    @Test func aNetworkFailureNamesTheEndpointAndTheCause() {
        var d = Driver()
        d.submitSignIn(password: "pw")
        d.send(.failure(.network(.connectionLost("Recv failure: Connection reset by peer"))))
        #expect(d.state.notice?.text == "Cannot reach the sign-in service at cognito-idp.eu-west-1.amazonaws.com "
                + "(connection lost: Recv failure: Connection reset by peer). Check your network connection, then press Enter to try again.")
        var local = Fixture.profile
        local.endpointURL = "http://127.0.0.1:9229/"
        var e = Driver(Fixture.wizard(local))
        e.submitSignIn(password: "pw")
        e.send(.failure(.network(.timedOut)))
        #expect(e.state.notice?.text == "The sign-in service at 127.0.0.1 did not answer in time. Press Enter to try again.")
    }

    @Test func escapeCancelsARequest() {
        var d = Driver()
        d.submitSignIn(password: "pw")
        _ = d.takeEffects()
        d.press(.character("x"))
        #expect(d.takeEffects().isEmpty, "other keys wait while a request is in flight")
        d.press(.escape)
        #expect(d.takeEffects() == [.cancelRequest])
        #expect(d.state.busy == nil)
        #expect(d.state.notice == .init(text: "Cancelled.", isError: false))
        #expect(d.text(.temporaryPassword) == "pw")
    }

    @Test func theSpinnerTurns() {
        var d = Driver()
        d.submitSignIn(password: "pw")
        d.send(.tick(now: .seconds(1)), .tick(now: .seconds(2)))
        #expect(d.state.busy?.frame == 2)
    }

    @Test func alreadySetUp() {
        var d = Driver()
        d.submitSignIn(password: "pw")
        _ = d.takeEffects()
        d.send(.step(.signedIn(Fixture.tokens)))
        #expect(d.state.step == .done(DoneStep(alreadySetUp: true)))
        #expect(d.takeEffects() == [.deliverTokens(Fixture.tokens)])
        #expect(d.text(.temporaryPassword) == "", "secrets are forgotten once signed in")
        d.press(.enter)
        #expect(d.takeEffects() == [.quit(.done)])
    }

    @Test func quittingAsksWhenSomethingWasTyped() {
        var d = Driver()
        d.press(.control("c"))
        #expect(d.takeEffects() == [.quit(.cancelled)], "nothing typed: quits at once")
        var e = Driver()
        e.type("ada")
        e.press(.control("c"))
        #expect(e.state.dialog == .quit)
        #expect(e.takeEffects().isEmpty)
        e.press(.character("n"))
        #expect(e.state.dialog == nil)
        #expect(e.text(.username) == "ada")
        e.press(.escape)
        #expect(e.state.dialog == .quit, "Esc on the first screen asks to quit")
        e.press(.character("y"))
        #expect(e.takeEffects() == [.quit(.cancelled)])
    }

    @Test func helpOpensAndTheClosingKeyIsKept() {
        var d = Driver()
        d.press(.f1)
        #expect(d.state.showingHelp)
        d.press(.character("x"))
        #expect(!d.state.showingHelp)
        #expect(d.text(.username) == "x", "the key that closes help is not swallowed")
        d.press(.f1, .escape)
        #expect(!d.state.showingHelp)
        #expect(d.text(.username) == "x", "Esc only closes help")
    }

    @Test func aQuestionMarkIsText() {
        var d = Driver()
        d.press(.tab)
        d.type("?Str0ng#Passw0rd")
        #expect(!d.state.showingHelp, "a password may start with ?")
        #expect(d.text(.temporaryPassword) == "?Str0ng#Passw0rd")
    }

    @Test func pasteGoesIntoTheFocusedField() {
        var d = Driver()
        d.send(.paste("ada@example.com\n"))
        #expect(d.text(.username) == "ada@example.com ")
    }

    @Test func aPasswordResetRequiredLeadsToRecovery() {
        var d = Driver()
        d.submitSignIn(password: "pw")
        d.send(.failure(.service(ServiceError(name: .passwordResetRequired, message: "Password reset required for the user"))))
        #expect(d.state.step == .recoveryRequest)
        #expect(d.text(.recoveryUsername) == "ada")
        #expect(d.state.notice?.text.contains("Your administrator asked for a new password") == true)
        #expect(d.takeEffects().last == .requestPasswordReset(username: "ada"), "the code is asked for at once")
    }
}
