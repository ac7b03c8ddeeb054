import Foundation
import Testing
@testable import CognitoAuth

@Suite struct PoolProfileLoaderTests {
    func write(_ json: String, name: String = "config.json") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pool-profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent(name)
        try Data(json.utf8).write(to: file)
        return file.path
    }

    @Test func readsAmplifyOutputs() throws {
        let file = try write("""
        {"version": "1.3", "auth": {"aws_region": "eu-west-1", "user_pool_id": "eu-west-1_AbC", "user_pool_client_id": "c1",
         "identity_pool_id": "x", "password_policy": {"min_length": 10, "require_numbers": true, "require_lowercase": true,
         "require_uppercase": false, "require_symbols": false}, "standard_required_attributes": ["email", "name"],
         "username_attributes": ["email"], "user_verification_types": ["email"], "mfa_configuration": "REQUIRED",
         "mfa_methods": ["TOTP", "SMS"], "unauthenticated_identities_enabled": true, "oauth": {}}}
        """, name: "amplify_outputs.json")
        let p = try PoolProfileLoader.amplifyOutputs(at: file)
        #expect(p.region == "eu-west-1")
        #expect(p.userPoolId == "eu-west-1_AbC")
        #expect(p.clientId == "c1")
        #expect(p.passwordPolicy == PasswordPolicy(minimumLength: 10, requireUppercase: false, requireSymbols: false))
        #expect(p.requiredAttributes == ["email", "name"])
        #expect(p.usernameAttributes == ["email"])
        #expect(p.mfaConfiguration == .required)
        #expect(p.mfaMethods == [.totp, .sms])
    }

    @Test func cognitoDefaultPolicyWhenNoneIsGiven() throws {
        let p = try PoolProfileLoader.config(at: try write(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c"}"#))
        #expect(p.passwordPolicy == .cognitoDefault)
        #expect(p.region == "us-east-1")
        #expect(p.mfaConfiguration == .off)
    }

    @Test func readsTheProjectsExtensions() throws {
        let file = try write("""
        {"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "user_pool_name": "Acme staff",
         "client_secret_file": "secret.txt", "endpoint_url": "http://127.0.0.1:9229/", "auth_flow": "USER_PASSWORD_AUTH",
         "totp_issuer": "Acme", "address_format": "json", "welcome_title": "Hello", "session_validity_minutes": 5, "welcome_text": "Sign in below.", "password_policy": {"min_length": 12, "temporary_password_validity_days": 7},
         "custom_attributes": [{"name": "team", "type": "String", "max_length": 20, "label": "Team", "ask": true},
                               {"name": "custom:level", "type": "Number", "min_value": 1, "max_value": 9}]}
        """)
        try Data("s3cr3t\n".utf8).write(to: URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("secret.txt"))
        let p = try PoolProfileLoader.config(at: file)
        #expect(p.clientSecret == "s3cr3t")
        #expect(p.poolName == "Acme staff")
        #expect(p.authFlow == .userPassword)
        #expect(p.endpointURL == "http://127.0.0.1:9229/")
        #expect(p.passwordPolicy.minimumLength == 12)
        #expect(p.passwordPolicy.temporaryPasswordValidityDays == 7)
        #expect(p.customAttributes.map(\.name) == ["custom:team", "custom:level"])
        #expect(p.format(of: "custom:level") == .customNumber(minValue: 1, maxValue: 9))
        #expect(p.format(of: "custom:team") == .customString(minLength: nil, maxLength: 20))
        #expect(p.customAttributes[0].ask)
        #expect(p.welcomeTitle == "Hello" && p.welcomeText == "Sign in below.")
        #expect(p.sessionValidity == .seconds(300))
        #expect(p.addressFormat == .json)
        #expect(try PoolProfileLoader.config(at: try write(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c"}"#)).addressFormat == .formatted)
        #expect(try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "address_format": "xml"}"#)?.key == "address_format")
    }

    func error(_ json: String, amplify: Bool = false) throws -> ConfigurationError? {
        let file = try write(json)
        do {
            _ = amplify ? try PoolProfileLoader.amplifyOutputs(at: file) : try PoolProfileLoader.config(at: file)
            return nil
        } catch {
            #expect(error.file == file)
            return error
        }
    }

    @Test func badFilesNameTheFileAndTheKey() throws {
        #expect(try error("{nope")?.reason == "is not valid JSON at line 1, column 2: a key in double quotes was expected, not 'n'")
        #expect(try error("[]")?.reason == "must hold a JSON object")
        #expect(try error(#"{"user_pool_client_id": "c"}"#)?.key == "user_pool_id")
        #expect(try error(#"{"user_pool_id": "nounderscore", "user_pool_client_id": "c"}"#)?.key == "user_pool_id")
        #expect(try error(#"{"user_pool_id": "us-east-1_X"}"#)?.key == "user_pool_client_id")
        #expect(try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "pasword_policy": {}}"#)?.key == "pasword_policy")
        let minLength = try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "password_policy": {"min_length": 3}}"#)
        #expect(minLength?.key == "password_policy.min_length")
        #expect(minLength?.reason == "must be from 6 to 99")
        #expect(try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "password_policy": {"require_numbers": 1}}"#)?.key
                == "password_policy.require_numbers")
        #expect(try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "mfa_configuration": "SOMETIMES"}"#)?.key
                == "mfa_configuration")
        #expect(try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "custom_attributes": [{"name": "a", "type": "Date"}]}"#)?.key
                == "custom_attributes[0].type")
        #expect(try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "endpoint_url": "http://example.com/"}"#)?.key
                == "endpoint_url")
        #expect(try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "client_secret_file": "missing.txt"}"#)?.key
                == "client_secret_file")
        #expect(try error(#"{"version": "1"}"#, amplify: true)?.key == "auth")
        #expect(try error(#"{"auth": {"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "standard_required_attributes": ["shoe_size"]}}"#,
                          amplify: true)?.key == "auth.standard_required_attributes")
        #expect(try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "username_attributes": ["emial"]}"#)?.reason
                == "emial is not email or phone_number")
        let upper = try PoolProfileLoader.config(at: write(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "username_attributes": ["PHONE_NUMBER"]}"#))
        #expect(upper.signInNames.insteadOfUsername == [.phoneNumber])
        let described = try error(#"{"auth": {"user_pool_id": 5}}"#, amplify: true)
        #expect(described?.description.hasSuffix(": auth.user_pool_id: must be a string") == true)
    }

    @Test func aTypoedKeyIsToldTheKeyItMostLikelyMeant() throws {
        let top = try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "mfa_method": ["TOTP"]}"#)
        #expect(top?.key == "mfa_method")
        #expect(top?.reason == "is not a known setting (did you mean mfa_methods?)")
        let nested = try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "password_policy": {"min_lenght": 8}}"#)
        #expect(nested?.reason == "is not a known setting (did you mean password_policy.min_length?)")
        let custom = try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "custom_attributes": [{"name": "a", "lable": "A"}]}"#)
        #expect(custom?.reason == "is not a known setting (did you mean custom_attributes[0].label?)")
        #expect(try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "xyzzy": 1}"#)?.reason == "is not a known setting")
    }

    @Test func aFileThatCannotBeReadSaysWhy() throws {
        let folder = URL(fileURLWithPath: try write("{}")).deletingLastPathComponent().path
        #expect(throws: ConfigurationError(file: folder, key: nil, reason: "cannot be read: Is a directory")) {
            try PoolProfileLoader.config(at: folder)
        }
        let missing = folder + "/missing.json"
        #expect(throws: ConfigurationError(file: missing, key: nil, reason: "cannot be read: No such file or directory")) {
            try PoolProfileLoader.config(at: missing)
        }
        let secret = try error(#"{"user_pool_id": "us-east-1_X", "user_pool_client_id": "c", "client_secret_file": "missing.txt"}"#)
        #expect(secret?.reason.hasSuffix("/missing.txt: No such file or directory") == true)
    }
}
