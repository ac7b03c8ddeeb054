import Foundation
import Testing
@testable import CognitoAuth

/// Amplify's first-generation files, written from their documented shape
/// (Fixtures/amplify), read through `--amplify-outputs` by content.
@Suite struct AmplifyFirstGenerationTests {
    func fixture(_ name: String) -> String { Fixtures.url("amplify/\(name)").path }

    @Test func readsAmplifyConfigurationJSON() throws {
        let p = try PoolProfileLoader.amplifyOutputs(at: fixture("amplifyconfiguration.json"))
        #expect(p.userPoolId == "eu-west-1_Gen1Flutr" && p.clientId == "gen1flutterclient" && p.region == "eu-west-1")
        #expect(p.passwordPolicy == PasswordPolicy(minimumLength: 12, requireSymbols: false))
        #expect(p.requiredAttributes == ["email", "name", "birthdate"])
        #expect(p.usernameAttributes == ["email"])
        #expect(p.mfaConfiguration == .required && p.mfaMethods == [.totp])
        #expect(p.authFlow == .userSRP)
    }

    @Test func readsAWSExportsJS() throws {
        let p = try PoolProfileLoader.amplifyOutputs(at: fixture("aws-exports.js"))
        #expect(p.userPoolId == "us-west-2_Gen1JsPool" && p.clientId == "gen1jsclient" && p.region == "us-west-2")
        #expect(p.passwordPolicy == PasswordPolicy(minimumLength: 10, requireUppercase: false, requireLowercase: false,
                                                   requireNumbers: false, requireSymbols: true))
        #expect(p.requiredAttributes == ["phone_number", "name"])
        #expect(p.usernameAttributes == ["phone_number"])
        #expect(p.mfaConfiguration == .optional && p.mfaMethods == [.sms, .totp])
    }

    @Test func toleratesAHandEditedAWSExports() throws {
        let p = try PoolProfileLoader.amplifyOutputs(at: fixture("aws-exports-hand-edited.js"))
        #expect(p.userPoolId == "us-east-2_HandEdit1" && p.clientId == "handclient")
        #expect(p.requiredAttributes == ["email"] && p.mfaConfiguration == .off)
        #expect(p.passwordPolicy == .cognitoDefault)
    }

    @Test func errorsNameTheFileAndTheKey() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("amplify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let config = dir.appendingPathComponent("amplifyconfiguration.json").path
        try Data(#"{"auth": {"plugins": {"awsCognitoAuthPlugin": {"CognitoUserPool": {"Default": {"PoolId": "eu-west-1_X", "AppClientId": "c"}}, "Auth": {"Default": {"passwordProtectionSettings": {"passwordPolicyMinLength": 3}}}}}}}"#.utf8)
            .write(to: URL(fileURLWithPath: config))
        #expect(throws: ConfigurationError(file: config, key: "auth.plugins.awsCognitoAuthPlugin.Auth.Default.passwordProtectionSettings.passwordPolicyMinLength",
                                           reason: "must be from 6 to 99")) {
            try PoolProfileLoader.amplifyOutputs(at: config)
        }
        let exports = dir.appendingPathComponent("aws-exports.js").path
        try Data("const awsmobile = {\"aws_user_pools_id\": \"eu-west-1_X\", \"aws_cognito_mfa_configuration\": \"SOMETIMES\", \"aws_user_pools_web_client_id\": \"c\"};".utf8)
            .write(to: URL(fileURLWithPath: exports))
        #expect(throws: ConfigurationError(file: exports, key: "aws_cognito_mfa_configuration", reason: "must be OFF, ON or OPTIONAL")) {
            try PoolProfileLoader.amplifyOutputs(at: exports)
        }
        let computed = dir.appendingPathComponent("computed.js").path
        try Data("const awsmobile = {\"aws_user_pools_id\": process.env.POOL};".utf8).write(to: URL(fileURLWithPath: computed))
        #expect(throws: ConfigurationError(file: computed, key: nil, reason: "its object is not plain data (only literals are read)")) {
            try PoolProfileLoader.amplifyOutputs(at: computed)
        }
    }

    @Test func tellsTheFilesApartByContent() {
        #expect(AmplifyFileKind.of(Data(#"{"version": "1.3", "auth": {}}"#.utf8)) == .outputs)
        #expect(AmplifyFileKind.of(Data(#"{"auth": {"plugins": {"awsCognitoAuthPlugin": {}}}}"#.utf8)) == .configuration)
        #expect(AmplifyFileKind.of(Data("const awsmobile = {\"aws_user_pools_id\": \"x\"};".utf8)) == .awsExports)
    }
}
