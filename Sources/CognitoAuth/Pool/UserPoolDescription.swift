/// `aws cognito-idp describe-user-pool`'s `UserPool`, mapped to the config:
/// the password policy, the schema's required standard attributes and its
/// custom attributes, username and alias attributes, the MFA mode and name.
extension PoolDraft {
    /// UserPoolType's members in botocore's cognito-idp model (2016-04-18).
    static let userPoolFields: Set<String> = [
        "Id", "Name", "Policies", "DeletionProtection", "LambdaConfig", "Status", "LastModifiedDate", "CreationDate",
        "SchemaAttributes", "AutoVerifiedAttributes", "AliasAttributes", "UsernameAttributes", "SmsVerificationMessage",
        "EmailVerificationMessage", "EmailVerificationSubject", "VerificationMessageTemplate", "SmsAuthenticationMessage",
        "UserAttributeUpdateSettings", "MfaConfiguration", "DeviceConfiguration", "EstimatedNumberOfUsers",
        "EmailConfiguration", "SmsConfiguration", "UserPoolTags", "SmsConfigurationFailure", "EmailConfigurationFailure",
        "Domain", "CustomDomain", "AdminCreateUserConfig", "UserPoolAddOns", "DcrConfiguration", "UsernameConfiguration",
        "Arn", "AccountRecoverySetting", "UserPoolTier", "KeyConfiguration", "IssuerConfiguration", "AcrConfiguration",
        // GetUserPoolMfaConfig's, read when a tool merged them in.
        "SoftwareTokenMfaConfiguration", "SmsMfaConfiguration", "EmailMfaConfiguration", "WebAuthnConfiguration",
    ]
    static let passwordPolicyFields: Set<String> = [
        "MinimumLength", "RequireUppercase", "RequireLowercase", "RequireNumbers", "RequireSymbols",
        "PasswordHistorySize", "TemporaryPasswordValidityDays",
    ]
    static let schemaFields: Set<String> = [
        "Name", "AttributeDataType", "DeveloperOnlyAttribute", "Mutable", "Required", "NumberAttributeConstraints",
        "StringAttributeConstraints",
    ]

    /// `methodsGiven`: GetUserPoolMfaConfig's output follows, so no guess is noted.
    mutating func apply(userPool pool: JSONObjectReader, methodsGiven: Bool) throws(ConfigurationError) {
        noteUnknown(pool, known: Self.userPoolFields)
        let id = try pool.requiredString("Id")
        guard let region = Endpoint.region(ofUserPool: id) else { throw pool.fail("Id", "must look like REGION_ID (us-east-1_AbC123)") }
        profile.userPoolId = id
        profile.region = region
        profile.poolName = try pool.string("Name")
        if let policy = try pool.child("Policies")?.child("PasswordPolicy") {
            profile.passwordPolicy = try passwordPolicy(policy)
        }
        if let schema = try pool.children("SchemaAttributes") {
            for attribute in schema { try apply(schemaAttribute: attribute) }
        }
        profile.usernameAttributes = try pool.strings("UsernameAttributes") ?? []
        profile.aliasAttributes = try pool.strings("AliasAttributes") ?? []
        if try !applyMFA(pool), profile.mfaConfiguration != .off {
            // DescribeUserPool says whether MFA is on, not with what.
            profile.mfaMethods = [.totp] + (pool.has("SmsConfiguration") ? [.sms] : [])
            let names = profile.mfaMethods.map(\.configName).joined(separator: ", ")
            if !methodsGiven { note(pool, "MfaConfiguration", "describe-user-pool does not say which MFA methods are enabled: assumed \(names); "
                + "give --get-user-pool-mfa-config FILE (aws cognito-idp get-user-pool-mfa-config) to be sure") }
        }
    }

    func passwordPolicy(_ p: JSONObjectReader) throws(ConfigurationError) -> PasswordPolicy {
        var policy = PasswordPolicy.cognitoDefault
        policy.minimumLength = try p.int("MinimumLength", in: PasswordPolicy.minimumLengthRange) ?? policy.minimumLength
        policy.requireUppercase = try p.bool("RequireUppercase") ?? false
        policy.requireLowercase = try p.bool("RequireLowercase") ?? false
        policy.requireNumbers = try p.bool("RequireNumbers") ?? false
        policy.requireSymbols = try p.bool("RequireSymbols") ?? false
        policy.passwordHistorySize = try p.int("PasswordHistorySize", in: 0...24) ?? 0
        policy.temporaryPasswordValidityDays = try p.int("TemporaryPasswordValidityDays", in: 0...365)
        return policy
    }

    /// One entry of SchemaAttributes. Cognito lists every standard attribute
    /// (required or not) and the custom ones with their `custom:` prefix.
    mutating func apply(schemaAttribute a: JSONObjectReader) throws(ConfigurationError) {
        noteUnknown(a, known: Self.schemaFields)
        let name = try a.requiredString("Name")
        if AttributeFormat.standard[name] != nil {
            if try a.bool("Required") == true { profile.requiredAttributes.append(name) }
            return
        }
        guard name.hasPrefix("custom:"), try a.bool("DeveloperOnlyAttribute") != true else { return }
        if try a.bool("Mutable") == false {
            note(a, "Mutable", "\(name) can only be set when a user is created: not in the form")
            return
        }
        let type = try a.string("AttributeDataType") ?? "String"
        guard let kind = CustomAttribute.Kind(rawValue: type) else {
            note(a, "AttributeDataType", "\(name) is \(type): the form has no field for it, left out")
            return
        }
        var custom = CustomAttribute(name: name, kind: kind)
        if let limits = try a.child("StringAttributeConstraints"), kind == .string {
            custom.minLength = try Self.number(limits, "MinLength", in: 0...2048)
            custom.maxLength = try Self.number(limits, "MaxLength", in: 1...2048)
        }
        if let limits = try a.child("NumberAttributeConstraints"), kind == .number {
            custom.minValue = try Self.number(limits, "MinValue", in: Int.min...Int.max)
            custom.maxValue = try Self.number(limits, "MaxValue", in: Int.min...Int.max)
        }
        profile.customAttributes.append(custom)
        note(a, "Name", "\(name) is not asked for (Cognito never requires it): set \"ask\": true in the config to ask")
    }

    /// Cognito gives attribute constraints as strings ("2048").
    static func number(_ r: JSONObjectReader, _ key: String, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int? {
        guard let text = try r.string(key) else { return nil }
        guard let value = Int(text), range.contains(value) else { throw r.fail(key, "must be a whole number from \(range.lowerBound) to \(range.upperBound)") }
        return value
    }
}

extension MFAKind {
    /// The spelling of `mfa_methods` in the config (Amplify's).
    public var configName: String {
        switch self {
        case .totp: return "TOTP"
        case .sms: return "SMS"
        case .email: return "EMAIL"
        }
    }
}
