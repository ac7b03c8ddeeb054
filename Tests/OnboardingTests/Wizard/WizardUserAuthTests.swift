import CognitoAuth
import Testing
@testable import Onboarding

/// Codes of the right length, a replaced code, and the errors people meet on
/// the screen where they happen.
@Suite struct WizardUserAuthTests {
    func signedIn(_ next: NextStep) -> Driver {
        var d = Driver()
        d.submitSignIn(password: "Chosen#Pass1")
        _ = d.takeEffects()
        d.send(.step(next))
        return d
    }

    @Test func anAuthenticatorCodeIsExactlySixDigits() {
        var d = signedIn(.code(CodeChallenge(kind: .totp, destination: nil, deliveryMedium: nil)))
        #expect(d.state.fields[.code]?.hint == "6 digits")
        d.type("1234567")
        d.press(.enter)
        #expect(d.error(.code) == "Enter the 6-digit code")
        #expect(d.takeEffects().isEmpty)
    }

    @Test func aReplacedCodeIsClearedAndTheNewOneAwaited() {
        let sent = CodeChallenge(kind: .email, destination: "a***@e***", deliveryMedium: "EMAIL")
        var d = signedIn(.code(sent))
        d.type("12345678")
        d.press(.enter)
        #expect(d.takeEffects() == [.answering(CodeAnswer("12345678"))])
        d.send(.step(.code(CodeChallenge(kind: .email, destination: "a***@e***", deliveryMedium: "EMAIL", isReplacement: true))))
        #expect(d.text(.code) == "", "the old code is gone")
        #expect(d.state.focus == .code)
        #expect(d.state.notice == Notice(text: Fixture.strings("mfa.code.newCode"), isError: false))
        #expect(d.takeEffects().isEmpty, "nothing is sent until the new code is typed")
    }

    func failed(_ name: ServiceError.Name, _ message: String) -> Driver {
        var d = Driver()
        d.submitSignIn(password: "Chosen#Pass1")
        _ = d.takeEffects()
        d.send(.failure(.service(ServiceError(name: name, message: message))))
        return d
    }

    @Test func aDisabledAccountIsToldSoOnTheSignInScreen() {
        let d = failed(.notAuthorized, "User is disabled.")
        #expect(d.state.step == .signIn)
        #expect(d.state.notice == Notice(text: "This account is disabled. Ask your administrator to enable it.", isError: true))
    }

    @Test func aBareInvalidSessionIsAnEndedSession() {
        let d = failed(.notAuthorized, "Invalid session for the user.")
        #expect(d.state.notice?.text == Fixture.strings("error.sessionEnded"))
    }

    @Test func aFeatureTheTierLacksIsNamed() {
        let d = failed(.featureUnavailableInTier, "This feature is not available")
        #expect(d.state.notice?.text == Fixture.strings("error.featureUnavailable"))
        #expect(failed(.unsupportedOperation, "x").state.notice?.text == Fixture.strings("error.operationUnavailable"))
    }

    @Test func aResetRequiredOpensRecoveryAndAsksForTheCodeItself() {
        var d = failed(.passwordResetRequired, "Password reset required for the user")
        #expect(d.state.step == .recoveryRequest)
        #expect(d.takeEffects() == [.requestPasswordReset(username: "ada")])
        #expect(d.state.busy != nil)
        d.send(.resetCodeSent(destination: "a***@e***"))
        #expect(d.state.step == .recoveryConfirm(RecoveryConfirmStep(destination: "a***@e***")))
        #expect(d.state.notice?.text == Fixture.strings("recovery.required"), "why stays in view")
    }

    @Test func aResetBeforeTheFirstSignInGetsAdviceOnTheRecoveryScreen() {
        var d = Driver(username: "ada")
        d.press(.f2)
        d.press(.enter)
        #expect(d.takeEffects() == [.requestPasswordReset(username: "ada")])
        d.send(.failure(.service(ServiceError(name: .notAuthorized, message: "User password cannot be reset in the current state."))))
        #expect(d.state.step == .recoveryRequest)
        #expect(d.state.notice?.text.contains("sign in with your temporary password") == true)
        #expect(d.state.notice?.text.contains("new invitation") == true)
    }

    @Test func theAddressIsSentAsTheFormattedPostalAddress() {
        func sent(_ profile: PoolProfile) -> String? {
            var d = Driver(Fixture.wizard(profile))
            d.reachNewPassword(Fixture.challenge(required: ["address"]))
            d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd", "1 Main St", "Springfield", "IL", "62701", "", "")
            for effect in d.takeEffects() {
                if case .answerNewPassword(_, let attributes) = effect { return attributes["address"] }
            }
            return nil
        }
        var profile = Fixture.profile
        profile.customAttributes = []
        #expect(sent(profile) == "1 Main St\nSpringfield IL 62701")
        profile.addressFormat = .json
        #expect(sent(profile) == #"{"street_address":"1 Main St","locality":"Springfield","region":"IL","postal_code":"62701"}"#)
    }
}
