import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct WizardMFATests {
    /// Signed in, new password answered, and now the service's next step.
    func afterNewPassword(_ next: NextStep) -> Driver {
        var d = Driver()
        d.reachNewPassword(Fixture.challenge(required: []))
        d.fill("Str0ng#Passw0rd", "Str0ng#Passw0rd", "")
        _ = d.takeEffects()
        d.send(.step(next))
        return d
    }

    @Test func totpSetupAsksForTheSecretThenTheCode() {
        var d = afterNewPassword(.mfaSetup([.totp]))
        #expect(d.state.step == .totpSetup(TOTPSetupStep(secret: nil)))
        #expect(d.takeEffects() == [.associateSoftwareToken])
        #expect(d.state.busy != nil)
        d.send(.totpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
        #expect(d.state.focus == .code)
        d.type("12345")
        d.press(.enter)
        #expect(d.error(.code) == "Enter the 6-digit code")
        #expect(d.takeEffects().isEmpty)
        d.type("6")
        d.press(.enter)
        #expect(d.takeEffects() == [.verifySoftwareToken(code: "123456", deviceName: "cognito-onboard")])
        d.send(.failure(.service(ServiceError(name: .enableSoftwareTokenMFA, message: "Code mismatch"))))
        #expect(d.error(.code) == "That code is not right. Check it and try again.")
        #expect(d.state.step == .totpSetup(TOTPSetupStep(secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")), "the QR code stays")
        d.send(.step(.signedIn(Fixture.tokens)))
        #expect(d.state.step == .done(DoneStep(alreadySetUp: false, setUpAuthenticator: true)))
    }

    @Test func theScreenCarriesTheQRAndTheGroupedSecret() {
        var d = afterNewPassword(.mfaSetup([.totp]))
        d.send(.totpSecret("JBSWY3DPEHPK3PXP"))
        let screen = ScreenBuilder(wizard: d.wizard).screen(for: d.state)
        #expect(screen.qrCode == "otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXP&issuer=Acme")
        #expect(screen.values == [.init(label: "Secret", value: "JBSW Y3DP EHPK 3PXP")])
        // What to do, in words for either case: the front end knows whether the code can be drawn.
        let texts = screen.sections.filter(\.isText)
        #expect(texts.map(\.shown) == [.withQRCode, .withoutQRCode])
        #expect(texts.allSatisfy { $0.importance == .essential })
        #expect(screen.sections.first { $0.content == .qrCode(screen.qrCode!) }?.importance == .extra)
    }

    @Test func severalKindsToSetUpAreAChoice() {
        var d = afterNewPassword(.mfaSetup([.totp, .email, .sms]))
        #expect(d.state.step == .chooseMFASetup(MFASetupChoiceStep(kinds: [.totp, .email])), "SMS cannot be set up in this flow")
        d.press(.right)
        #expect(d.shown(.choice) == "Email")
        #expect(d.text(.choice) == "EMAIL_OTP", "the choice holds the value, not the words")
        d.press(.enter)
        #expect(d.state.step == .emailSetup)
        #expect(d.text(.mfaEmail) == "ada@example.com", "prefilled from the user's attributes")
        d.press(.enter)
        #expect(d.takeEffects() == [.answering(EmailMFASetup(email: "ada@example.com"))])
        d.send(.step(.code(CodeChallenge(kind: .email, destination: "a***@e***", deliveryMedium: "EMAIL"))))
        #expect(d.state.step == .code(CodeStep(challenge: CodeChallenge(kind: .email, destination: "a***@e***", deliveryMedium: "EMAIL"))))
        let screen = ScreenBuilder(wizard: d.wizard).screen(for: d.state)
        #expect(screen.paragraphs == ["We sent a code to a***@e***."])
    }

    @Test func codeChallengesAndTheirErrors() {
        var d = Driver()
        d.submitSignIn()
        _ = d.takeEffects()
        d.send(.step(.code(CodeChallenge(kind: .sms, destination: "+*******0199", deliveryMedium: "SMS"))))
        d.type("654321")
        d.press(.enter)
        #expect(d.takeEffects() == [.answering(CodeAnswer("654321"))])
        d.send(.failure(.service(ServiceError(name: .codeMismatch, message: "Invalid code received for user"))))
        #expect(d.error(.code) == "That code is not right. Check it and try again.")
        d.send(.failure(.service(ServiceError(name: .expiredCode, message: "expired"))))
        #expect(d.error(.code)?.contains("expired") == true)
        #expect(d.state.fields[.code]?.text == "", "a refused code is cleared, its error kept")
        d.press(.escape)
        #expect(d.state.step == .signIn, "nothing typed to lose (the password never changed): straight back")
    }

    @Test func selectingAKind() {
        var d = Driver()
        d.submitSignIn()
        _ = d.takeEffects()
        d.send(.step(.selectMFA([.sms, .totp])))
        #expect(d.shown(.choice) == "Text message (SMS)")
        d.press(.right, .enter)
        #expect(d.takeEffects() == [.answering(MFAChoice(.totp))])
        d.send(.step(.code(CodeChallenge(kind: .totp, destination: nil, deliveryMedium: nil))))
        let screen = ScreenBuilder(wizard: d.wizard).screen(for: d.state)
        #expect(screen.paragraphs == ["Open your authenticator app and enter the 6-digit code for Acme."])
        d.type("000111")
        d.press(.enter)
        _ = d.takeEffects()
        d.send(.step(.signedIn(Fixture.tokens)))
        #expect(d.state.step == .done(DoneStep(alreadySetUp: true)), "nothing was set up: a returning user")
    }
}
