import CognitoAuth
import CognitoAuthTesting
@testable import Onboarding

/// A runtime over a scripted service and a fake clock: the whole wizard,
/// requests included, without a network or sleeping.
struct RuntimeFixture {
    let service: ScriptedService
    let clock = FakeClock()
    let runner: WizardRunner
    let runtime: WizardRuntime

    init(kiosk: KioskPolicy? = nil, profile: PoolProfile = Fixture.profile, replies: [String: [ScriptedService.Reply]] = [:]) {
        let service = ScriptedService(replies)
        self.service = service
        let client = service.client()
        let app = profile.appClient
        let events = EventQueue()
        runner = WizardRunner(
            makeFlow: { SignInFlow(client: client, app: app, authFlow: .userPassword) },
            recovery: PasswordRecovery(client: client, app: app), events: events)
        runtime = WizardRuntime(
            wizard: Wizard(profile: profile, strings: Fixture.strings, validator: Fixture.validator, kiosk: kiosk),
            runner: runner, events: events, clock: clock)
    }

    func type(_ text: String) { for c in text { runtime.send(.key(.character(c))) } }

    /// Waits until no request is in flight, without holding a thread of the
    /// pool the requests run on.
    func settle() async {
        for _ in 0..<400 where runtime.state.busy != nil {
            try? await Task.sleep(for: .milliseconds(10))
            runtime.sendResults()
        }
    }

    static let newPasswordRequired = #"{"ChallengeName":"NEW_PASSWORD_REQUIRED","Session":"s1","ChallengeParameters":{"USER_ID_FOR_SRP":"ada","requiredAttributes":"[]","userAttributes":"{\"email\":\"ada@example.com\"}"}}"#
    static let mfaSetup = #"{"ChallengeName":"MFA_SETUP","Session":"s2","ChallengeParameters":{"MFAS_CAN_SETUP":"[\"SOFTWARE_TOKEN_MFA\"]"}}"#
    static let tokens = #"{"AuthenticationResult":{"AccessToken":"a","IdToken":"i","RefreshToken":"r","ExpiresIn":3600,"TokenType":"Bearer"}}"#
}
