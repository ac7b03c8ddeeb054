import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct FormBuilderTests {
    let builder = FormBuilder(profile: Fixture.profile, strings: Fixture.strings)

    func kind(_ attribute: String) -> InputKind? {
        builder.attributeFields(Fixture.challenge(required: [attribute], current: [:])).first?.kind
    }

    /// The username's hint follows the pool's sign-in attributes; a config
    /// that does not say gets none rather than a wrong one.
    @Test(arguments: [
        ([], [], nil),
        (["email"], [], "Your email address"),
        (["phone_number"], [], "Your phone number, with country code, e.g. +44 20 7946 0958"),
        (["email", "phone_number"], [], "Your email address, or your phone number with country code"),
        ([], ["email"], "Or your email address"),
        ([], ["phone_number"], "Or your phone number, with country code"),
        ([], ["phone_number", "email", "preferred_username"], "Or your email address or phone number"),
        ([], ["preferred_username"], "Or your preferred username"),
    ] as [([String], [String], String?)])
    func theUsernameHintFollowsTheSignInAttributes(username: [String], aliases: [String], hint: String?) {
        var profile = Fixture.profile
        profile.usernameAttributes = username
        profile.aliasAttributes = aliases
        let builder = FormBuilder(profile: profile, strings: Fixture.strings)
        let expected = hint ?? ""
        #expect(builder.signInFields()[0].hint == expected)
        #expect(builder.recoveryUsernameField(prefill: "").hint == expected)
    }

    @Test func eachStandardKind() {
        #expect(kind("email") == .email)
        #expect(kind("phone_number") == .phone)
        #expect(kind("birthdate") == .date)
        #expect(kind("gender") == .choice(["female", "male", "non-binary", "prefer not to say"].map { .init(value: $0, label: $0) }))
        #expect(kind("zoneinfo") == .searchList(.timezones))
        #expect(kind("locale") == .searchList(.locales))
        #expect(kind("website") == .url)
        #expect(kind("picture") == .url)
        #expect(kind("updated_at") == .number)
        #expect(kind("name") == .text)
        #expect(kind("address") == .addressPart(.streetAddress))
    }

    @Test func labelsAndHintsFromTheCatalog() {
        let field = builder.attributeFields(Fixture.challenge(required: ["phone_number"], current: [:]))[0]
        #expect(field.label == "Phone")
        #expect(field.hint.contains("country code"))
        #expect(field.required)
        #expect(field.id == .attribute("phone_number"))
    }

    @Test func customAttributesFromTheConfig() {
        let fields = builder.attributeFields(Fixture.challenge(required: ["custom:level", "custom:unknown_thing"], current: [:]))
        #expect(fields.map(\.label) == ["Level", "unknown_thing", "Team"])
        #expect(fields[0].kind == .number)
        #expect(fields[1].kind == .text)
        #expect(fields[2].hint == "Your team")
        #expect(!fields[2].required, "asked for, but Cognito does not require custom attributes")
    }

    @Test func attributesOnFileAreShownNotAsked() {
        let challenge = Fixture.challenge(required: ["name", "email"], current: ["email": "ada@example.com", "email_verified": "true", "sub": "x"])
        #expect(builder.attributesToAsk(challenge) == ["name", "custom:team"])
        #expect(builder.currentAttributes(challenge).map(\.0) == ["Email"])
    }

    @Test func theProfilesRequiredAttributesAreAskedToo() {
        var profile = Fixture.profile
        profile.requiredAttributes = ["given_name", "email"]
        let builder = FormBuilder(profile: profile, strings: Fixture.strings)
        #expect(builder.attributesToAsk(Fixture.challenge(required: ["name"])) == ["name", "given_name", "custom:team"])
    }

    @Test func neverAsksForWhatTheClientMayNotWrite() {
        var profile = Fixture.profile
        profile.requiredAttributes = ["given_name"]
        profile.writableAttributes = ["name", "given_name"]
        let builder = FormBuilder(profile: profile, strings: Fixture.strings)
        #expect(builder.attributesToAsk(Fixture.challenge(required: ["name"])) == ["name", "given_name"])
    }

    @Test func neverAsksForVerificationFlags() {
        #expect(builder.attributesToAsk(Fixture.challenge(required: ["email_verified", "sub"], current: [:])) == ["custom:team"])
    }
}
