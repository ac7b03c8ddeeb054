import Foundation

/// This project's config file for a PoolProfile: what `init` writes and the
/// wizard reads back unchanged (PoolProfileLoader.config). Secrets are never
/// written: only the name of the file that holds one.
public enum PoolConfigWriter {
    public static func json(_ p: PoolProfile, clientSecretFile: String? = nil, comment: String? = nil) -> Data {
        var config: [String: Any] = [
            "aws_region": p.region,
            "user_pool_id": p.userPoolId,
            "user_pool_client_id": p.clientId,
            "password_policy": passwordPolicy(p.passwordPolicy),
            "standard_required_attributes": p.requiredAttributes,
            "username_attributes": p.usernameAttributes,
            "mfa_configuration": p.mfaConfiguration.rawValue,
            "mfa_methods": p.mfaMethods.map(\.configName),
            "session_validity_minutes": Int(p.sessionValidity.components.seconds / 60),
        ]
        config["$comment"] = comment
        config["user_pool_name"] = p.poolName
        config["alias_attributes"] = p.aliasAttributes.isEmpty ? nil : p.aliasAttributes
        config["writable_attributes"] = p.writableAttributes
        config["endpoint_url"] = p.endpointURL
        config["auth_flow"] = p.authFlow?.rawValue
        config["totp_issuer"] = p.totpIssuer
        config["client_secret_file"] = clientSecretFile
        if !p.customAttributes.isEmpty { config["custom_attributes"] = p.customAttributes.map(customAttribute) }
        // Sorted keys: the same pool always gives the same file (diffable in configuration management).
        let data = try? JSONSerialization.data(withJSONObject: config, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return (data ?? Data()) + Data("\n".utf8)
    }

    static func passwordPolicy(_ policy: PasswordPolicy) -> [String: Any] {
        var p: [String: Any] = [
            "min_length": policy.minimumLength, "require_uppercase": policy.requireUppercase,
            "require_lowercase": policy.requireLowercase, "require_numbers": policy.requireNumbers,
            "require_symbols": policy.requireSymbols,
        ]
        if policy.passwordHistorySize > 0 { p["password_history_size"] = policy.passwordHistorySize }
        p["temporary_password_validity_days"] = policy.temporaryPasswordValidityDays
        return p
    }

    static func customAttribute(_ c: CustomAttribute) -> [String: Any] {
        var a: [String: Any] = ["name": c.name, "type": c.kind.rawValue, "ask": c.ask]
        a["min_length"] = c.minLength
        a["max_length"] = c.maxLength
        a["min_value"] = c.minValue
        a["max_value"] = c.maxValue
        a["label"] = c.label
        a["hint"] = c.hint
        a["pattern"] = c.pattern
        return a
    }
}
