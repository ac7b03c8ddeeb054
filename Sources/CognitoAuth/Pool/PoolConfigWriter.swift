import FoundationEssentials

/// This project's config file for a PoolProfile: what `init` writes and the
/// wizard reads back unchanged (PoolProfileLoader.config). Secrets are never
/// written: only the name of the file that holds one.
public enum PoolConfigWriter {
    public static func json(_ p: PoolProfile, clientSecretFile: String? = nil, comment: String? = nil) -> Data {
        var config: [String: JSONValue] = [
            "aws_region": .string(p.region),
            "user_pool_id": .string(p.userPoolId),
            "user_pool_client_id": .string(p.clientId),
            "password_policy": .object(passwordPolicy(p.passwordPolicy)),
            "standard_required_attributes": strings(p.requiredAttributes),
            "username_attributes": strings(p.usernameAttributes),
            "mfa_configuration": .string(p.mfaConfiguration.rawValue),
            "mfa_methods": strings(p.mfaMethods.map(\.configName)),
            "session_validity_minutes": .integer(Int(p.sessionValidity.components.seconds / 60)),
        ]
        config["$comment"] = comment.map(JSONValue.string)
        config["user_pool_name"] = p.poolName.map(JSONValue.string)
        config["alias_attributes"] = p.aliasAttributes.isEmpty ? nil : strings(p.aliasAttributes)
        config["writable_attributes"] = p.writableAttributes.map(strings)
        config["endpoint_url"] = p.endpointURL.map(JSONValue.string)
        config["auth_flow"] = p.authFlow.map { .string($0.rawValue) }
        config["totp_issuer"] = p.totpIssuer.map(JSONValue.string)
        config["client_secret_file"] = clientSecretFile.map(JSONValue.string)
        if !p.customAttributes.isEmpty { config["custom_attributes"] = .array(p.customAttributes.map(customAttribute)) }
        // Sorted keys: the same pool always gives the same file (diffable in configuration management).
        return JSONValue.object(config).encoded(pretty: true) + Data("\n".utf8)
    }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    static func passwordPolicy(_ policy: PasswordPolicy) -> [String: JSONValue] {
        var p: [String: JSONValue] = [
            "min_length": .integer(policy.minimumLength), "require_uppercase": .bool(policy.requireUppercase),
            "require_lowercase": .bool(policy.requireLowercase), "require_numbers": .bool(policy.requireNumbers),
            "require_symbols": .bool(policy.requireSymbols),
        ]
        if policy.passwordHistorySize > 0 { p["password_history_size"] = .integer(policy.passwordHistorySize) }
        p["temporary_password_validity_days"] = policy.temporaryPasswordValidityDays.map(JSONValue.integer)
        return p
    }

    static func customAttribute(_ c: CustomAttribute) -> JSONValue {
        var a: [String: JSONValue] = ["name": .string(c.name), "type": .string(c.kind.rawValue), "ask": .bool(c.ask)]
        a["min_length"] = c.minLength.map(JSONValue.integer)
        a["max_length"] = c.maxLength.map(JSONValue.integer)
        a["min_value"] = c.minValue.map(JSONValue.integer)
        a["max_value"] = c.maxValue.map(JSONValue.integer)
        a["label"] = c.label.map(\.json)
        a["hint"] = c.hint.map(\.json)
        a["pattern"] = c.pattern.map(JSONValue.string)
        return .object(a)
    }
}
