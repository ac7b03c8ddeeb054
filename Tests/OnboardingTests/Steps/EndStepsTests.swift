import CognitoAuth
import Testing
@testable import Onboarding

/// Recovery, done and failed.
@Suite struct EndStepsTests {
    let w = Fixture.wizard()

    @Test func recoveryAsksWhoseThenTheCodeAndPassword() {
        var s = w.initialState(username: "ada")
        RecoveryRequestStep.show(&s, w)
        #expect(s.model.submit(&s, w) == [.requestPasswordReset(username: "ada")])
        RecoveryConfirmStep.show(destination: "a***@e***", &s, w)
        #expect(s.visibleFieldIDs == [.recoveryCode, .newPassword, .confirmPassword])
        #expect(s.model.screen(s, w).paragraphs == ["We sent a code to a***@e***. Enter it and choose a new password."])
        RecoveryConfirmStep.finish(&s, w)
        #expect(s.step == .signIn && s.focus == .temporaryPassword)
    }

    @Test func doneFinishesOnEnterEscOrQ() {
        var s = w.initialState()
        s.step = .done(DoneStep(alreadySetUp: false))
        for key: Key in [.enter, .escape, .character("q")] { #expect(s.model.key(key, &s, w) == [.quit(.done)]) }
        #expect(s.model.key(.character("x"), &s, w) == [])
        s.tokensSaved = true
        #expect(s.model.screen(s, w).paragraphs.last == "Your sign-in tokens were saved.")
    }

    @Test func failedSaysWhyEnterGoesBackEscQuits() {
        var s = w.initialState()
        FailedStep.show("Needs a passkey\u{1B}]0;x\u{07}", &s)
        let intro = s.model.screen(s, w).paragraphs.joined()
        #expect(intro.hasPrefix("Needs a passkey") && !intro.contains("\u{1B}") && !intro.contains("\u{07}"))
        #expect(s.model.key(.escape, &s, w) == [.quit(.failed)])
        _ = s.model.key(.enter, &s, w)
        #expect(s.step == .signIn)
    }

    @Test func anUnknownChallengeEndsOnTheFailedStepNamingIt() {
        var d = Driver()
        d.submitSignIn()
        d.send(.step(.unsupported(.unknown("PASSKEY_2030"))))
        guard case .failed(let step) = d.state.step else { Issue.record("not failed"); return }
        #expect(step.message.contains("PASSKEY_2030"))
    }
}
