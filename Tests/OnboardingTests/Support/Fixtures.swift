import CognitoAuth
import Foundation
@testable import Onboarding

/// A pool, strings and a wizard as the tests use them.
enum Fixture {
    static let strings = Strings.load(language: "en")

    static let profile = PoolProfile(
        userPoolId: "eu-west-1_Test", clientId: "client", poolName: "Acme",
        passwordPolicy: PasswordPolicy(minimumLength: 10),
        customAttributes: [
            CustomAttribute(name: "custom:team", kind: .string, maxLength: 20, label: "Team", hint: "Your team", ask: true),
            CustomAttribute(name: "custom:level", kind: .number, minValue: 1, maxValue: 9, label: "Level"),
        ])

    static let validator = AttributeValidator(today: { Date(timeIntervalSince1970: 1_767_225_600) })

    static func wizard(_ profile: PoolProfile = profile) -> Wizard {
        Wizard(profile: profile, strings: strings, validator: validator)
    }

    static let tokens = AuthenticationResult(AccessToken: "a", IdToken: "i", RefreshToken: "r", ExpiresIn: 3600, TokenType: "Bearer")

    static func challenge(required: [String] = ["name", "birthdate", "phone_number"],
                          current: [String: String] = ["email": "ada@example.com", "email_verified": "true"]) -> NewPasswordChallenge {
        NewPasswordChallenge(currentAttributes: current, requiredAttributes: required)
    }
}

/// Drives a wizard with events and keeps every effect it asked for.
struct Driver {
    let wizard: Wizard
    var state: WizardState
    var effects: [Effect] = []

    init(_ wizard: Wizard = Fixture.wizard(), username: String? = nil) {
        self.wizard = wizard
        state = wizard.initialState(username: username)
    }

    mutating func send(_ events: Event...) {
        for event in events {
            let (next, produced) = wizard.update(state, event)
            state = next
            effects += produced
        }
    }

    mutating func press(_ keys: Key...) { for key in keys { send(.key(key)) } }

    mutating func type(_ text: String) { for c in text { send(.key(.character(c))) } }

    /// Types each text into the focused field, then Enter (which moves on,
    /// to the next page too; on the last field of all it submits).
    mutating func fill(_ values: String...) {
        for value in values {
            type(value)
            press(.enter)
        }
    }

    mutating func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }

    func text(_ id: FieldID) -> String? { state.fields[id]?.text }
    func error(_ id: FieldID) -> String? { state.fields[id]?.error }
    /// What the screen shows for a field (a choice's words).
    func shown(_ id: FieldID) -> String? { state.fields[id]?.displayText }

    /// Types a username and password on the sign-in screen and submits them.
    mutating func submitSignIn(password: String = "Temp#Pass123") {
        fill("ada")
        type(password)
        press(.enter)
    }

    /// Signs in and arrives at the new-password form.
    mutating func reachNewPassword(_ challenge: NewPasswordChallenge = Fixture.challenge()) {
        submitSignIn()
        send(.step(.newPasswordRequired(challenge)))
        _ = takeEffects()
    }
}
