import FoundationEssentials

/// Reads a PoolProfile from amplify_outputs.json (its `auth` section, with
/// Amplify's exact keys) or from this project's own config file, which takes
/// the same keys at its top level plus a few of its own (see README.md).
public enum PoolProfileLoader {
    /// amplify_outputs.json: the `auth` section. Keys Amplify adds that a first
    /// sign-in does not use (oauth, identity pool, groups, ...) are ignored.
    /// Also Amplify's first generation, told apart by content:
    /// amplifyconfiguration.json (Flutter, iOS, Android) and aws-exports.js.
    public static func amplifyOutputs(at file: String) throws(ConfigurationError) -> PoolProfile {
        let data = try JSONObjectReader.contents(of: file)
        switch AmplifyFileKind.of(data) {
        case .awsExports: return try AWSExportsFile.profile(try AWSExportsFile.object(in: data, file: file))
        case .configuration: return try AmplifyConfigurationFile.profile(try JSONObjectReader.parse(data, file: file))
        case .outputs: break
        }
        let top = try JSONObjectReader.parse(data, file: file)
        guard let auth = try top.child("auth") else {
            throw ConfigurationError(file: file, key: "auth", reason: "is missing (is this amplify_outputs.json?)")
        }
        return try profile(from: auth, extensions: false)
    }

    /// This project's config: a superset of Amplify's `auth` section. Unknown
    /// keys are refused, since they are usually typos.
    public static func config(at file: String) throws(ConfigurationError) -> PoolProfile {
        let top = try JSONObjectReader.load(file: file)
        try top.rejectUnknownKeys(allowed: amplifyKeys.union(projectKeys))
        return try profile(from: top, extensions: true)
    }

    static let amplifyKeys: Set<String> = [
        "aws_region", "user_pool_id", "user_pool_client_id", "identity_pool_id", "password_policy",
        "standard_required_attributes", "username_attributes", "user_verification_types",
        "unauthenticated_identities_enabled", "mfa_configuration", "mfa_methods", "oauth", "groups", "version",
    ]
    static let projectKeys: Set<String> = [
        "user_pool_name", "client_secret_file", "endpoint_url", "auth_flow", "custom_attributes", "totp_issuer",
        "totp_device_name", "session_validity_minutes", "welcome_title", "welcome_text", "$comment", "language", "languages",
        "alias_attributes", "writable_attributes", "address_format",
    ]
    static let policyKeys: Set<String> = [
        "min_length", "require_numbers", "require_lowercase", "require_uppercase", "require_symbols",
        "password_history_size", "temporary_password_validity_days",
    ]
    static let customKeys: Set<String> = [
        "name", "type", "min_length", "max_length", "min_value", "max_value", "label", "hint", "pattern", "ask",
    ]

    static func profile(from auth: JSONObjectReader, extensions: Bool) throws(ConfigurationError) -> PoolProfile {
        let poolId = try auth.requiredString("user_pool_id")
        guard let poolRegion = Endpoint.region(ofUserPool: poolId) else {
            throw auth.fail("user_pool_id", "must look like REGION_ID (us-east-1_AbC123)")
        }
        var profile = PoolProfile(
            region: try auth.string("aws_region") ?? poolRegion,
            userPoolId: poolId,
            clientId: try auth.requiredString("user_pool_client_id"))
        if let policy = try auth.child("password_policy") {
            profile.passwordPolicy = try passwordPolicy(policy, extensions: extensions)
        }
        let standard = Set(AttributeFormat.standard.keys)
        if let required = try auth.strings("standard_required_attributes") {
            if let odd = required.first(where: { !standard.contains($0) }) {
                throw auth.fail("standard_required_attributes", "\(odd) is not a standard attribute")
            }
            profile.requiredAttributes = required
        }
        if let names = try auth.strings("username_attributes") {
            // Amplify writes them lower-case; its first generation, and people copying from it, upper-case.
            let lowered = names.map { $0.lowercased() }
            if extensions, let odd = lowered.first(where: { !["email", "phone_number"].contains($0) }) {
                throw auth.fail("username_attributes", "\(odd) is not email or phone_number")
            }
            profile.usernameAttributes = lowered
        }
        if let mfa = try auth.string("mfa_configuration") {
            guard let value = PoolProfile.MFAConfiguration(anySpelling: mfa) else {
                throw auth.fail("mfa_configuration", "must be NONE, OPTIONAL or REQUIRED")
            }
            profile.mfaConfiguration = value
        }
        if let methods = try auth.strings("mfa_methods") {
            profile.mfaMethods = try methods.map { (method) throws(ConfigurationError) -> MFAKind in
                guard let kind = MFAKind(wireName: method) else { throw auth.fail("mfa_methods", "\(method) is not SMS, TOTP or EMAIL") }
                return kind
            }
        }
        guard extensions else { return profile }

        profile.poolName = try auth.string("user_pool_name")
        profile.totpIssuer = try auth.string("totp_issuer")
        profile.totpDeviceName = try auth.string("totp_device_name")
        if let minutes = try auth.int("session_validity_minutes", in: 3...15) { profile.sessionValidity = .seconds(minutes * 60) }
        profile.welcomeTitle = try auth.localizedText("welcome_title")
        profile.welcomeText = try auth.localizedText("welcome_text")
        profile.language = try auth.string("language")
        profile.languages = try auth.strings("languages") ?? []
        if let endpoint = try auth.string("endpoint_url") {
            do { _ = try Endpoint.validate(endpoint) } catch { throw auth.fail("endpoint_url", error.description) }
            profile.endpointURL = endpoint
        }
        if let flow = try auth.string("auth_flow") {
            guard let value = AuthFlowType(rawValue: flow) else { throw auth.fail("auth_flow", "must be USER_SRP_AUTH, USER_PASSWORD_AUTH or USER_AUTH") }
            profile.authFlow = value
        }
        if let format = try auth.string("address_format") {
            guard let value = AddressAttribute.Format(rawValue: format) else { throw auth.fail("address_format", "must be formatted or json") }
            profile.addressFormat = value
        }
        if let secretFile = try auth.string("client_secret_file") {
            profile.clientSecret = try readSecret(secretFile, relativeTo: auth.file, key: auth.keyPath("client_secret_file"))
        }
        if let aliases = try auth.strings("alias_attributes") {
            if let odd = aliases.first(where: { SignInAttribute(rawValue: $0) == nil }) {
                throw auth.fail("alias_attributes", "\(odd) is not email, phone_number or preferred_username")
            }
            profile.aliasAttributes = aliases
        }
        profile.writableAttributes = try auth.strings("writable_attributes")
        if let customs = try auth.children("custom_attributes") {
            profile.customAttributes = try customs.map { (c) throws(ConfigurationError) in try customAttribute(c) }
        }
        return profile
    }

    static func passwordPolicy(_ p: JSONObjectReader, extensions: Bool) throws(ConfigurationError) -> PasswordPolicy {
        if extensions { try p.rejectUnknownKeys(allowed: policyKeys) }
        var policy = PasswordPolicy.cognitoDefault
        policy.minimumLength = try p.int("min_length", in: PasswordPolicy.minimumLengthRange) ?? policy.minimumLength
        policy.requireNumbers = try p.bool("require_numbers") ?? policy.requireNumbers
        policy.requireLowercase = try p.bool("require_lowercase") ?? policy.requireLowercase
        policy.requireUppercase = try p.bool("require_uppercase") ?? policy.requireUppercase
        policy.requireSymbols = try p.bool("require_symbols") ?? policy.requireSymbols
        policy.passwordHistorySize = try p.int("password_history_size", in: 0...24) ?? 0
        policy.temporaryPasswordValidityDays = try p.int("temporary_password_validity_days", in: 0...365)
        return policy
    }

    static func customAttribute(_ c: JSONObjectReader) throws(ConfigurationError) -> CustomAttribute {
        try c.rejectUnknownKeys(allowed: customKeys)
        let name = try c.requiredString("name")
        let typeName = try c.string("type") ?? "String"
        guard let kind = CustomAttribute.Kind(rawValue: typeName) else { throw c.fail("type", "must be String or Number") }
        let attribute = CustomAttribute(
            name: name, kind: kind,
            minLength: try c.int("min_length", in: 0...2048), maxLength: try c.int("max_length", in: 1...2048),
            minValue: try c.int("min_value", in: Int.min...Int.max), maxValue: try c.int("max_value", in: Int.min...Int.max),
            label: try c.localizedText("label"), hint: try c.localizedText("hint"), pattern: try c.string("pattern"),
            ask: try c.bool("ask") ?? false)
        if let pattern = attribute.pattern, (try? Regex(pattern)) == nil {
            throw c.fail("pattern", "is not a valid regular expression")
        }
        return attribute
    }

    /// The client secret from its own file (first line), so it stays out of the
    /// config, the argument list and the environment.
    public static func readSecret(_ path: String, relativeTo configFile: String? = nil, key: String? = nil) throws(ConfigurationError) -> String {
        var resolved = path
        if !path.hasPrefix("/"), let configFile {
            resolved = (URL(fileURLWithPath: configFile).deletingLastPathComponent().path) + "/" + path
        }
        let data: Data
        do { data = try FileBytes.read(resolved) } catch {
            throw ConfigurationError(file: configFile ?? resolved, key: key, reason: "cannot read the client secret file \(resolved): \(error.reason)")
        }
        let secret = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map {
            $0.trimmingWhitespace()
        } ?? ""
        guard !secret.isEmpty else {
            throw ConfigurationError(file: configFile ?? resolved, key: key, reason: "the client secret file \(resolved) is empty")
        }
        return secret
    }
}
