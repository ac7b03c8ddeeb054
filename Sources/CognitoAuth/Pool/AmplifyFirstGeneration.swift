/// What Amplify's first-generation files say about a pool, in the same words
/// in both (amplifyconfiguration.json's `Auth.Default`, aws-exports.js's
/// `aws_cognito_*`): read once here, from whichever object holds each key, so
/// every error names the file and the key path it came from.
struct AmplifyFirstGeneration {
    /// The object and key of each setting.
    struct Source {
        var ids: JSONObjectReader
        var poolId: String
        var clientId: String
        var region: String
        var settings: JSONObjectReader?
        var password: String
        var signup: String
        var username: String
        var mfa: String
        var mfaTypes: String
        var flow: String?
    }

    static func profile(_ s: Source) throws(ConfigurationError) -> PoolProfile {
        let poolId = try s.ids.requiredString(s.poolId)
        guard let poolRegion = Endpoint.region(ofUserPool: poolId) else {
            throw s.ids.fail(s.poolId, "must look like REGION_ID (us-east-1_AbC123)")
        }
        var profile = PoolProfile(region: try s.ids.string(s.region) ?? poolRegion, userPoolId: poolId,
                                  clientId: try s.ids.requiredString(s.clientId))
        guard let auth = s.settings else { return profile }
        if let settings = try auth.child(s.password) { profile.passwordPolicy = try passwordPolicy(settings) }
        let standard = Set(AttributeFormat.standard.keys)
        // Amplify writes the pool's required attributes upper-case (EMAIL, PHONE_NUMBER).
        if let signup = try auth.strings(s.signup) {
            profile.requiredAttributes = signup.map { $0.lowercased() }.filter(standard.contains)
        }
        if let names = try auth.strings(s.username) {
            profile.usernameAttributes = names.map { $0.lowercased() }.filter { ["email", "phone_number"].contains($0) }
        }
        if let mfa = try auth.string(s.mfa) {
            guard let value = PoolProfile.MFAConfiguration(anySpelling: mfa) else { throw auth.fail(s.mfa, "must be OFF, ON or OPTIONAL") }
            profile.mfaConfiguration = value
        }
        if let types = try auth.strings(s.mfaTypes) {
            profile.mfaMethods = try types.map { (type) throws(ConfigurationError) -> MFAKind in
                guard let kind = MFAKind(wireName: type) else { throw auth.fail(s.mfaTypes, "\(type) is not SMS, TOTP or EMAIL") }
                return kind
            }
        }
        if let key = s.flow, let flow = try auth.string(key) {
            // CUSTOM_AUTH and the like cannot do a first sign-in here: SRP then.
            profile.authFlow = AuthFlowType(rawValue: flow.uppercased())
        }
        return profile
    }

    /// `passwordProtectionSettings`: a minimum length and the kinds of
    /// character required (REQUIRES_LOWERCASE, ...); an empty list requires none.
    static func passwordPolicy(_ p: JSONObjectReader) throws(ConfigurationError) -> PasswordPolicy {
        var policy = PasswordPolicy.cognitoDefault
        policy.minimumLength = try p.int("passwordPolicyMinLength", in: PasswordPolicy.minimumLengthRange) ?? policy.minimumLength
        guard let kinds = try p.strings("passwordPolicyCharacters") else { return policy }
        let known = ["REQUIRES_LOWERCASE", "REQUIRES_UPPERCASE", "REQUIRES_NUMBERS", "REQUIRES_SYMBOLS"]
        if let odd = kinds.first(where: { !known.contains($0.uppercased()) }) {
            throw p.fail("passwordPolicyCharacters", "\(odd) is not one of \(known.joined(separator: ", "))")
        }
        let wanted = Set(kinds.map { $0.uppercased() })
        policy.requireLowercase = wanted.contains("REQUIRES_LOWERCASE")
        policy.requireUppercase = wanted.contains("REQUIRES_UPPERCASE")
        policy.requireNumbers = wanted.contains("REQUIRES_NUMBERS")
        policy.requireSymbols = wanted.contains("REQUIRES_SYMBOLS")
        return policy
    }
}
