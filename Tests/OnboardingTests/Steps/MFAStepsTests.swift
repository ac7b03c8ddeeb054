import CognitoAuth
import Testing
@testable import Onboarding

/// The steps after the password: choosing, setting up (app or email), codes.
@Suite struct MFAStepsTests {
    let w = Fixture.wizard()

    @Test func setupWithOneKindStartsItWithSeveralOffersAChoice() {
        var s = w.initialState()
        #expect(MFASetupChoiceStep.show([.totp], &s, w) == [.associateSoftwareToken])
        #expect(s.step == .totpSetup(TOTPSetupStep(secret: nil)))
        var t = w.initialState()
        #expect(MFASetupChoiceStep.show([.sms], &t, w).isEmpty)
        if case .failed = t.step {} else { Issue.record("SMS alone cannot be set up here") }
        var u = w.initialState()
        _ = MFASetupChoiceStep.show([.email, .totp], &u, w)
        #expect(u.step == .chooseMFASetup(MFASetupChoiceStep(kinds: [.email, .totp])))
        #expect(u.fields[.choice]?.text == MFAKind.email.rawValue, "the choice holds the kind, not its words")
        #expect(u.model.isTimed && u.model.counted == .mfaSetup)
    }

    @Test func totpSetupShowsTheCodeFieldOnlyOnceTheSecretIsThere() {
        var s = w.initialState(username: "ada")
        _ = TOTPSetupStep.start(&s, w)
        #expect(s.visibleFieldIDs.isEmpty)
        TOTPSetupStep.show(secret: "JBSWY3DPEHPK3PXP", &s, w)
        #expect(s.visibleFieldIDs == [.code])
        s.fields[.code]?.editor.set("123 456")
        #expect(s.model.submit(&s, w) == [.verifySoftwareToken(code: "123456", deviceName: "cognito-onboard")])
    }

    @Test func emailSetupIsPrefilledFromWhatWasTyped() {
        var s = w.initialState()
        s.fields[.attribute("email")] = Field(id: .attribute("email"), label: "Email", value: "typed@example.com")
        _ = EmailSetupStep.show(&s, w)
        #expect(s.fields[.mfaEmail]?.text == "typed@example.com")
        #expect(s.model.submit(&s, w) == [.answering(EmailMFASetup(email: "typed@example.com"))])
    }

    @Test func codeStepSaysWhereTheCodeWent() {
        var s = w.initialState()
        CodeStep.show(CodeChallenge(kind: .sms, destination: "+***\u{1B}[31m1234", deliveryMedium: "SMS"), &s, w)
        let intro = s.model.screen(s, w).paragraphs.joined()
        #expect(intro.hasPrefix("We sent a code to +***") && intro.hasSuffix("1234.") && !intro.contains("\u{1B}"))
        s.fields[.code]?.editor.set("654321")
        #expect(s.model.submit(&s, w) == [.answering(CodeAnswer("654321"))])
        #expect(s.model.isTimed)
    }

    @Test func selectingAKindAnswersWithIt() {
        var s = w.initialState()
        MFASelectStep.show([.sms, .totp], &s, w)
        s.fields[.choice]?.editor.set(MFAKind.totp.rawValue)
        #expect(s.model.submit(&s, w) == [.answering(MFAChoice(.totp))])
    }
}
