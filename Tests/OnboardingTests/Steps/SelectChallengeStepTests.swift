import CognitoAuth
import Testing
@testable import Onboarding

/// SELECT_CHALLENGE: the choice of a first factor, the password first.
@Suite struct SelectChallengeStepTests {
    static var userAuthProfile: PoolProfile {
        var profile = Fixture.profile
        profile.authFlow = .userAuth
        return profile
    }

    /// On the sign-in screen of a USER_AUTH pool with the password left empty,
    /// and the service's choice arrived.
    func offered(_ factors: [FirstFactor]) -> Driver {
        var d = Driver(Fixture.wizard(Self.userAuthProfile))
        d.submitSignIn(password: "")
        _ = d.takeEffects()
        d.send(.step(.selectChallenge(factors)))
        return d
    }

    @Test func thePasswordMayBeLeftEmptyOnlyOnAChoiceBasedPool() {
        var d = Driver(Fixture.wizard(Self.userAuthProfile))
        d.submitSignIn(password: "")
        #expect(d.takeEffects() == [.signIn(username: "ada", password: "")])
        #expect(d.state.fields[.temporaryPassword]?.hint == "Signed in before? Leave it empty for other ways to sign in")
        var classic = Driver()
        classic.submitSignIn(password: "")
        #expect(classic.takeEffects().isEmpty)
        #expect(classic.error(.temporaryPassword) == "Required")
    }

    @Test func thePasswordComesFirstOnceThenCodesThenAPasskey() {
        let d = offered([.password, .passwordSRP, .emailOTP, .smsOTP, .webAuthn, .unknown("NEW")])
        let step = SelectChallengeStep(offered: [.password, .passwordSRP, .emailOTP, .smsOTP, .webAuthn, .unknown("NEW")])
        #expect(d.state.step == .selectChallenge(step))
        #expect(step.options == [.passwordSRP, .emailOTP, .smsOTP, .webAuthn])
        #expect(d.shown(.choice) == "Your password")
        #expect(d.state.visibleFieldIDs == [.choice, .temporaryPassword], "the password is asked right there")
        let screen = ScreenBuilder(wizard: d.wizard).screen(for: d.state)
        guard screen.fields.count == 2 else { Issue.record("fields: \(screen.fields)"); return }
        let (choice, password) = (screen.fields[0], screen.fields[1])
        #expect(choice.choices == ["Your password", "A code by email", "A code by text message (SMS)",
                                   "A passkey (not possible in a terminal)"])
        #expect(password.label == "Password")
        #expect(screen.title == "Choose how to sign in")
    }

    @Test func choosingThePasswordAnswersWithIt() {
        var d = offered([.password, .passwordSRP])
        d.press(.enter)
        #expect(d.state.focus == .temporaryPassword)
        d.press(.enter)
        #expect(d.error(.temporaryPassword) == "Required")
        #expect(d.takeEffects().isEmpty)
        d.type("Chosen#Pass1")
        d.press(.enter)
        #expect(d.takeEffects() == [.answering(FirstFactorChoice(.passwordSRP, password: "Chosen#Pass1"))])
        #expect(d.state.busy != nil)
    }

    @Test func choosingACodeByEmailAsksForEightDigits() {
        var d = offered([.password, .passwordSRP, .emailOTP])
        d.press(.right)
        #expect(d.shown(.choice) == "A code by email")
        #expect(d.state.visibleFieldIDs == [.choice])
        d.press(.enter)
        #expect(d.takeEffects() == [.answering(FirstFactorChoice(.emailOTP, password: nil))])
        d.send(.step(.code(CodeChallenge(kind: .email, destination: "a***@e***", deliveryMedium: "EMAIL"))))
        #expect(d.state.fields[.code]?.hint == "6 to 8 digits")
        d.type("1234567")
        d.press(.enter)
        #expect(d.takeEffects() == [.answering(CodeAnswer("1234567"))], "email codes take 6 to 8 digits")
        d.send(.step(.code(CodeChallenge(kind: .email, destination: "a***@e***", deliveryMedium: "EMAIL"))))
        d.type("123456789")
        d.press(.enter)
        #expect(d.error(.code) == "Enter the code: 6 to 8 digits")
    }

    @Test func choosingAPasskeyExplainsAndSendsNothing() {
        var d = offered([.password, .passwordSRP, .webAuthn])
        d.press(.right)
        d.press(.enter)
        #expect(d.takeEffects().isEmpty)
        #expect(d.state.notice?.text.contains("terminal cannot offer") == true)
        #expect(d.state.busy == nil)
    }

    @Test func nothingUsableOfferedFailsNamingIt() {
        let d = offered([.unknown("FACE_ID")])
        guard case .failed(let failed) = d.state.step else { Issue.record("not failed: \(d.state.step)"); return }
        #expect(failed.message.contains("FACE_ID"))
    }

    @Test func escGoesBackToSignIn() {
        var d = offered([.password, .passwordSRP, .emailOTP])
        d.press(.right)
        d.press(.escape)
        #expect(d.state.step == .signIn)
    }
}
