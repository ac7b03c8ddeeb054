import FoundationEssentials

/// The OIDC `address` claim: Cognito stores it as a JSON object of these parts.
public enum AddressAttribute {
    public static let parts = ["street_address", "locality", "region", "postal_code", "country", "formatted"]

    /// The JSON Cognito expects, from the parts a person filled in (empty parts
    /// left out, keys in a stable order).
    public static func encode(_ fields: [String: String]) -> String {
        let kept = parts.compactMap { key -> String? in
            guard let value = fields[key]?.trimmingWhitespace(), !value.isEmpty else { return nil }
            return "\(jsonString(key)):\(jsonString(value))"
        }
        return "{" + kept.joined(separator: ",") + "}"
    }

    /// The parts of a stored address, or nil when it is not such an object.
    public static func decode(_ json: String) -> [String: String]? {
        guard let object = (try? JSONValue(parsing: Data(json.utf8)))?.object else { return nil }
        var fields: [String: String] = [:]
        for (key, value) in object {
            guard parts.contains(key), let text = value.string else { return nil }
            fields[key] = text
        }
        return fields
    }

    private static func jsonString(_ s: String) -> String {
        String(decoding: JSONValue.string(s).encoded(), as: UTF8.self)
    }
}
