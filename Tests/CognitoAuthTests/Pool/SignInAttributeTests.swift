import Testing
@testable import CognitoAuth

@Suite struct SignInAttributeTests {
    @Test func theProfileNamesWhatSignsInInsteadOrBesides() {
        var profile = PoolProfile(userPoolId: "eu-west-1_Test", clientId: "c")
        #expect(profile.signInNames == SignInNames(), "unknown: nothing claimed")
        #expect(!profile.signInNames.acceptsPhoneNumber)
        profile.usernameAttributes = ["phone_number", "username"]
        #expect(profile.signInNames == SignInNames(insteadOfUsername: [.phoneNumber]), "what is not an attribute is left out")
        #expect(profile.signInNames.acceptsPhoneNumber)
        profile.usernameAttributes = []
        profile.aliasAttributes = ["email", "preferred_username"]
        #expect(profile.signInNames == SignInNames(besidesUsername: [.email, .preferredUsername]))
    }
}
