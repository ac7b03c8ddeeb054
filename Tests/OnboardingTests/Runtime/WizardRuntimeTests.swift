import CognitoAuth
import CognitoAuthTesting
import Testing
@testable import Onboarding

@Suite struct WizardRuntimeTests {
    @Test func aFirstSignInThroughTheRuntime() async {
        let f = RuntimeFixture(profile: PoolProfile(userPoolId: "eu-west-1_Test", clientId: "client"), replies: [
            "InitiateAuth": [.json(RuntimeFixture.newPasswordRequired)],
            "RespondToAuthChallenge": [.json(RuntimeFixture.tokens)],
        ])
        f.type("ada")
        f.runtime.send(.key(.tab))
        f.type("Temp#Pass123")
        f.runtime.send(.key(.enter))
        await f.settle()
        #expect(f.runtime.state.focus == .newPassword)
        #expect(f.runtime.send(.answer(.newPassword, "Str0ng#Passw0rd")) == nil)
        f.runtime.send(.answer(.confirmPassword, "Str0ng#Passw0rd"))
        await f.settle()
        #expect(f.runtime.state.step == .done(DoneStep(alreadySetUp: false)))
        #expect(f.service.requests.map(\.operation) == ["InitiateAuth", "RespondToAuthChallenge"])
        #expect(f.runtime.send(.key(.enter)) == .done)
    }

    @Test func theSessionCountdownFollowsTheClock() async {
        let f = RuntimeFixture(replies: [
            "InitiateAuth": [.json(RuntimeFixture.mfaSetup)],
            "AssociateSoftwareToken": [.json(#"{"SecretCode":"JBSWY3DPEHPK3PXP","Session":"s3"}"#)],
        ])
        f.type("ada")
        f.runtime.send(.key(.tab))
        f.type("Pass#word1")
        f.runtime.send(.key(.enter))
        await f.settle()
        #expect(f.runtime.screen.timeLeft == "Time left to finish this step: 3:00", "a new session from AssociateSoftwareToken")
        #expect(!f.runtime.screen.timeIsShort)
        f.clock.advance(.seconds(61))
        f.runtime.send(.tick(now: .zero))
        #expect(f.runtime.screen.timeLeft == "Time left to finish this step: 1:59")
        f.clock.advance(.seconds(90))
        f.runtime.send(.tick(now: .zero))
        #expect(f.runtime.screen.timeIsShort, "the last 30 seconds warn")
    }

    /// The newcomer's trap: the password changed, then the authenticator
    /// screen outlived its session. The wizard signs in again with the new
    /// password by itself, shows the NEW secret with a note to replace the
    /// entry already scanned, and Esc never leads back to the temporary password.
    @Test func theSessionEndingAfterThePasswordChangedSignsInAgainByItself() async {
        let f = RuntimeFixture(replies: [
            "InitiateAuth": [.json(RuntimeFixture.newPasswordRequired), .json(RuntimeFixture.mfaSetup)],
            "RespondToAuthChallenge": [.json(RuntimeFixture.mfaSetup)],
            "AssociateSoftwareToken": [.json(#"{"SecretCode":"JBSWY3DPEHPK3PXP","Session":"s3"}"#),
                                       .json(#"{"SecretCode":"KRSXG5CTMVRXEZLU","Session":"s4"}"#)],
        ])
        f.type("ada")
        f.runtime.send(.key(.tab))
        f.type("Temp#Pass1")
        f.runtime.send(.key(.enter))
        await f.settle()
        f.type("Str0ng#Passw0rd")
        f.runtime.send(.key(.tab))
        f.type("Str0ng#Passw0rd")
        f.runtime.send(.key(.tab))
        f.type("Engineering")
        f.runtime.send(.key(.enter))
        await f.settle()
        #expect(f.runtime.state.passwordChanged)
        #expect(f.runtime.screen.step == "Step 3 of 3")
        f.runtime.send(.key(.escape))
        #expect(f.runtime.state.dialog == .quitAfterChange, "no way back to a sign-in that needs the temporary password")
        #expect(f.runtime.screen.dialog?.first?.contains("sign in later with your new password") == true)
        f.runtime.send(.key(.character("n")))
        #expect(f.runtime.state.step == .totpSetup(TOTPSetupStep(secret: "JBSWY3DPEHPK3PXP")))
        f.clock.advance(.seconds(181))
        f.runtime.send(.tick(now: .zero))
        await f.settle()
        #expect(f.runtime.state.step == .totpSetup(TOTPSetupStep(secret: "KRSXG5CTMVRXEZLU", replacesScanned: true)))
        #expect(f.runtime.screen.paragraphs.first?.contains("NEW key") == true)
        #expect(f.runtime.screen.notice?.text.contains("signed in again with your new password") == true)
        #expect(f.service.requests.map(\.operation) == ["InitiateAuth", "RespondToAuthChallenge", "AssociateSoftwareToken",
                                                        "InitiateAuth", "AssociateSoftwareToken"])
        // Left alone again: the screen says what to do instead of looping.
        f.clock.advance(.seconds(181))
        f.runtime.send(.tick(now: .zero))
        #expect(f.runtime.state.step == .sessionEnded(SessionEndedStep()))
        #expect(f.runtime.screen.paragraphs.first?.contains("new password") == true)
    }

    @Test func aKioskLeftAloneStartsOverWithoutSleeping() {
        let f = RuntimeFixture(kiosk: KioskPolicy(idleTimeout: .seconds(120)))
        var wiped = 0
        f.runtime.onStartOver = { wiped += 1 }
        f.clock.advance(.seconds(600))
        f.runtime.send(.tick(now: .zero))
        #expect(wiped == 0, "an untouched screen has nobody to reset for")
        f.type("ada")
        f.clock.advance(.seconds(100))
        f.runtime.send(.tick(now: .zero))
        #expect(f.runtime.screen.notice == nil)
        f.clock.advance(.seconds(10))
        f.runtime.send(.tick(now: .zero))
        #expect(f.runtime.screen.notice?.text == "No activity: starting over in 10 s. Press any key to stay.")
        f.runtime.send(.key(.end))
        f.clock.advance(.seconds(119))
        f.runtime.send(.tick(now: .zero))
        #expect(wiped == 0, "a key restarts the wait")
        f.clock.advance(.seconds(1))
        f.runtime.send(.tick(now: .zero))
        #expect(wiped == 1)
        #expect(f.runtime.state.fields[.username]?.text == "")
        #expect(f.runtime.state.isPristine)
    }

    @Test func aKioskResetDropsEverythingOfThePreviousPerson() async {
        let f = RuntimeFixture(kiosk: KioskPolicy(), replies: ["InitiateAuth": [.json(RuntimeFixture.newPasswordRequired)]])
        f.type("ada")
        f.runtime.send(.key(.tab))
        f.type("Temp#Pass123")
        f.runtime.send(.key(.enter))
        await f.settle()
        f.type("Str0ng")
        #expect(f.runner.holdsSignIn, "the flow holds the session and password during the sign-in")
        // Ctrl-C, then yes: a kiosk does not quit, it starts over.
        #expect(f.runtime.send(.key(.control("c"))) == nil)
        #expect(f.runtime.send(.key(.character("y"))) == nil)
        #expect(!f.runner.holdsSignIn, "the runner let go of the flow")
        #expect(f.runtime.state == {
            var fresh = f.runtime.wizard.initialState()
            fresh.now = f.runtime.state.now
            fresh.lastInput = f.runtime.state.lastInput
            return fresh
        }(), "the state is the first screen's, nothing typed, no challenge, no tokens")
    }

    @Test func aFlowForgetsItsPerson() async throws {
        let service = ScriptedService(["InitiateAuth": [.json(RuntimeFixture.newPasswordRequired)]])
        let flow = SignInFlow(client: service.client(), app: Fixture.profile.appClient, authFlow: .userPassword)
        _ = try await flow.start(username: "ada", password: "Temp#Pass123")
        #expect(await flow.holdsCredentials)
        await flow.forget()
        #expect(await !flow.holdsCredentials)
    }
}

@Suite struct KioskLanguageTests {
    @Test func f3SpeaksTheNextLanguageAndTheNextPersonGetsTheSitesAgain() {
        var profile = Fixture.profile
        profile.languages = ["en", "de", "ja"]
        profile.welcomeTitle = LocalizedText(byLanguage: ["en": "Welcome", "de": "Willkommen"])
        let f = RuntimeFixture(kiosk: KioskPolicy(), profile: profile)
        #expect(f.runtime.screen.keys.contains(.init(key: "F3", action: "Deutsch")), "the next language, in its own words")
        f.type("ada")
        f.runtime.send(.key(.f3))
        #expect(f.runtime.wizard.strings.language == "de")
        #expect(f.runtime.screen.title == "Willkommen")
        #expect(f.runtime.state.fields[.username]?.text == "ada", "what was typed is kept")
        #expect(f.runtime.screen.keys.contains(.init(key: "F3", action: "日本語")))
        f.runtime.send(.key(.f3))
        #expect(f.runtime.screen.title == "Welcome", "no Japanese greeting: the English one")
        f.runtime.startOver()
        #expect(f.runtime.wizard.strings.language == "en", "the next person starts in the site's language")
    }

    @Test func outsideAKioskF3DoesNothing() {
        var profile = Fixture.profile
        profile.languages = ["en", "de"]
        let f = RuntimeFixture(profile: profile)
        f.runtime.send(.key(.f3))
        #expect(f.runtime.wizard.strings.language == "en")
    }
}

@Suite struct WizardRuntimeFirstInputTests {
    @Test func firstInputIsReportedOnceAndNotForTicksOrResizes() {
        final class Count { var value = 0 }
        let f = RuntimeFixture()
        let count = Count()
        f.runtime.onFirstInput = { count.value += 1 }
        f.runtime.send(.tick(now: .zero))
        f.runtime.send(.resized(rows: 24, columns: 80))
        #expect(count.value == 0)
        f.type("ad")
        f.runtime.send(.paste("a"))
        #expect(count.value == 1)
    }
}
