import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct WizardRecoveryTests {
    @Test func forgotPasswordFromTheSignInScreen() {
        var d = Driver()
        d.fill("ada")
        d.type("forgotten")
        d.press(.f2)
        #expect(d.state.step == .recoveryRequest)
        #expect(d.text(.recoveryUsername) == "ada")
        #expect(d.text(.temporaryPassword) == "", "the forgotten password is dropped")
        d.press(.enter)
        #expect(d.takeEffects() == [.requestPasswordReset(username: "ada")])
        d.send(.resetCodeSent(destination: "a***@e***"))
        #expect(d.state.step == .recoveryConfirm(RecoveryConfirmStep(destination: "a***@e***")))
        #expect(d.state.focus == .recoveryCode)
        d.fill("123456", "weak", "weak")
        #expect(d.takeEffects().isEmpty)
        #expect(d.error(.newPassword) != nil)
        d.state.fields[.newPassword]?.editor.set("Str0ng#Passw0rd")
        d.state.fields[.confirmPassword]?.editor.set("Str0ng#Passw0rd")
        d.state.focus = .confirmPassword
        d.press(.enter)
        #expect(d.takeEffects() == [.confirmPasswordReset(username: "ada", code: "123456", password: "Str0ng#Passw0rd")])
        d.send(.failure(.service(ServiceError(name: .codeMismatch, message: "Invalid verification code provided, please try again."))))
        #expect(d.error(.recoveryCode) == "That code is not right. Check it and try again.")
        #expect(d.text(.newPassword) == "Str0ng#Passw0rd")
        d.send(.passwordReset)
        #expect(d.state.step == .signIn)
        #expect(d.state.focus == .temporaryPassword)
        #expect(d.state.notice == Notice(text: "Your password was changed. Sign in with it now.", isError: false))
    }

    @Test func escapeGoesBack() {
        var d = Driver()
        d.press(.f2)
        d.press(.escape)
        #expect(d.state.step == .signIn)
    }
}
