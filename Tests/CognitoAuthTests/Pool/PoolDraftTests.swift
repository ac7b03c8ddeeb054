import Foundation
import Testing
@testable import CognitoAuth

/// `init`'s mapping of the AWS CLI's JSON (the shapes of botocore's
/// cognito-idp model) to the config, and the config read back unchanged.
@Suite struct PoolDraftTests {
    func write(_ json: String, _ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pool-draft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(name)
        try Data(json.utf8).write(to: file)
        return file.path
    }

    let pool = """
    {"UserPool": {"Id": "eu-west-1_AbC", "Name": "Acme", "MfaConfiguration": "ON", "UserPoolTier": "ESSENTIALS",
      "SmsConfiguration": {"SnsCallerArn": "arn:aws:iam::1:role/sms"}, "NewThing2030": true,
      "Policies": {"PasswordPolicy": {"MinimumLength": 12, "RequireUppercase": true, "RequireLowercase": true,
        "RequireNumbers": false, "RequireSymbols": true, "PasswordHistorySize": 5, "TemporaryPasswordValidityDays": 2}},
      "UsernameAttributes": ["email"], "AliasAttributes": ["preferred_username"],
      "SchemaAttributes": [
        {"Name": "sub", "AttributeDataType": "String", "Mutable": false, "Required": true},
        {"Name": "email", "AttributeDataType": "String", "Mutable": true, "Required": true},
        {"Name": "name", "AttributeDataType": "String", "Mutable": true, "Required": false},
        {"Name": "custom:team", "AttributeDataType": "String", "Mutable": true,
         "StringAttributeConstraints": {"MinLength": "2", "MaxLength": "32"}},
        {"Name": "custom:desk", "AttributeDataType": "Number", "Mutable": true,
         "NumberAttributeConstraints": {"MinValue": "1", "MaxValue": "400"}},
        {"Name": "custom:hired", "AttributeDataType": "DateTime", "Mutable": true},
        {"Name": "custom:badge", "AttributeDataType": "String", "Mutable": false},
        {"Name": "dev:custom:x", "AttributeDataType": "String", "DeveloperOnlyAttribute": true}]}}
    """
    let client = """
    {"UserPoolClient": {"UserPoolId": "eu-west-1_AbC", "ClientId": "c1", "ClientSecret": "s3cr3t-never-copied",
      "ExplicitAuthFlows": ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], "WriteAttributes": ["email", "custom:team"],
      "AuthSessionValidity": 10}}
    """

    @Test func mapsThePoolAndTheClient() throws {
        let draft = try PoolDraft.read(userPool: try write(pool, "pool.json"), appClient: try write(client, "client.json"),
                                       mfaConfig: nil, clientId: nil)
        let p = draft.profile
        #expect(p.userPoolId == "eu-west-1_AbC" && p.region == "eu-west-1" && p.clientId == "c1" && p.poolName == "Acme")
        #expect(p.passwordPolicy == PasswordPolicy(minimumLength: 12, requireNumbers: false, passwordHistorySize: 5,
                                                   temporaryPasswordValidityDays: 2))
        #expect(p.requiredAttributes == ["email"])
        #expect(p.usernameAttributes == ["email"] && p.aliasAttributes == ["preferred_username"])
        #expect(p.customAttributes == [CustomAttribute(name: "custom:team", kind: .string, minLength: 2, maxLength: 32),
                                       CustomAttribute(name: "custom:desk", kind: .number, minValue: 1, maxValue: 400)])
        #expect(p.mfaConfiguration == .required && p.mfaMethods == [.totp, .sms], "guessed: DescribeUserPool does not say")
        #expect(p.authFlow == .userAuth)
        #expect(p.writableAttributes == ["email", "custom:team"])
        #expect(p.sessionValidity == .seconds(600))
        #expect(p.clientSecret == nil && draft.clientSecretFile == PoolDraft.secretFileName)
        let notes = draft.notes.joined(separator: "\n")
        #expect(notes.contains("UserPool.NewThing2030: not known to this version, ignored"))
        #expect(notes.contains("custom:hired is DateTime"))
        #expect(notes.contains("custom:badge can only be set when a user is created"))
        #expect(notes.contains("get-user-pool-mfa-config"))
        #expect(notes.contains(PoolDraft.secretFileName))
    }

    @Test func getUserPoolMfaConfigSaysWhichMethods() throws {
        let mfa = #"{"MfaConfiguration": "OPTIONAL", "SoftwareTokenMfaConfiguration": {"Enabled": false}, "EmailMfaConfiguration": {"Subject": "Code"}}"#
        let draft = try PoolDraft.read(userPool: try write(pool, "pool.json"), appClient: nil,
                                       mfaConfig: try write(mfa, "mfa.json"), clientId: "c9")
        #expect(draft.profile.mfaConfiguration == .optional && draft.profile.mfaMethods == [.email])
        #expect(draft.profile.clientId == "c9")
        #expect(!draft.notes.joined().contains("does not say which MFA methods"))
    }

    @Test func theFlowFollowsWhatTheClientAllows() throws {
        func flow(_ flows: String) throws -> AuthFlowType {
            let file = try write(#"{"ExplicitAuthFlows": \#(flows)}"#, "c.json")
            return try PoolDraft.authFlow(try JSONObjectReader.load(file: file))
        }
        #expect(try flow(#"["ALLOW_USER_SRP_AUTH", "ALLOW_USER_AUTH"]"#) == .userSRP)
        #expect(try flow(#"["ALLOW_USER_AUTH"]"#) == .userAuth)
        #expect(try flow(#"["ALLOW_USER_PASSWORD_AUTH"]"#) == .userPassword)
        #expect(try flow("[]") == .userSRP, "Cognito's default allows SRP")
        #expect(try flow(#"["ADMIN_NO_SRP_AUTH"]"#) == .userSRP, "the legacy names leave SRP allowed")
        #expect(throws: ConfigurationError.self) { try flow(#"["ALLOW_CUSTOM_AUTH"]"#) }
    }

    @Test func refusesWhatIsNotADescription() throws {
        let file = try write(client, "client.json")
        #expect(throws: ConfigurationError(file: file, key: "UserPool", reason: "is missing (is this the output of aws cognito-idp describe-user-pool?)")) {
            try PoolDraft.read(userPool: file, appClient: nil, mfaConfig: nil, clientId: "c")
        }
        let other = try write(#"{"UserPoolClient": {"UserPoolId": "eu-west-1_Other", "ClientId": "c"}}"#, "other.json")
        #expect(throws: ConfigurationError(file: other, key: "UserPoolClient.UserPoolId", reason: "is eu-west-1_Other, but the pool described is eu-west-1_AbC")) {
            try PoolDraft.read(userPool: try write(pool, "pool.json"), appClient: other, mfaConfig: nil, clientId: nil)
        }
    }

    @Test func theWrittenConfigReadsBackTheSame() throws {
        var draft = try PoolDraft.read(userPool: try write(pool, "pool.json"), appClient: try write(client, "client.json"),
                                       mfaConfig: nil, clientId: nil)
        draft.profile.endpointURL = "http://127.0.0.1:9229/"
        let json = PoolConfigWriter.json(draft.profile, clientSecretFile: draft.clientSecretFile, comment: "test")
        #expect(!String(decoding: json, as: UTF8.self).contains("s3cr3t"), "the secret is never written")
        let config = try write(String(decoding: json, as: UTF8.self), "config.json")
        try Data("the-secret-the-operator-filled\n".utf8).write(
            to: URL(fileURLWithPath: config).deletingLastPathComponent().appendingPathComponent(PoolDraft.secretFileName))
        var read = try PoolProfileLoader.config(at: config)
        #expect(read.clientSecret == "the-secret-the-operator-filled")
        read.clientSecret = nil
        #expect(read == draft.profile)
    }
}
