import FoundationEssentials

/// The `address` attribute. Cognito stores it as one string and puts it into
/// the ID token as the OIDC address claim `{"formatted": <that string>}`, so
/// the value sent is the formatted postal address (OpenID Connect Core 5.1.1:
/// "Full mailing address, formatted for display ... MAY contain multiple lines,
/// separated by newlines"). A JSON object sent as the value ends up as JSON
/// text inside `formatted` (amplify-js issue 4935 shows it); `"address_format":
/// "json"` in the config keeps that for apps that already parse it.
public enum AddressAttribute {
    /// How the parts become the attribute's value.
    public enum Format: String, Equatable, Sendable {
        /// The formatted postal address (the default).
        case formatted
        /// A JSON object of the parts (what earlier versions sent).
        case json
    }

    public static let parts = ["street_address", "locality", "region", "postal_code", "country", "formatted"]

    /// The value to send for the parts a person filled in.
    public static func value(_ fields: [String: String], format: Format) -> String {
        format == .json ? encode(fields) : formatted(fields)
    }

    /// The lines of a postal address in the usual order: the street; then
    /// locality, region and postal code on one line; then the country.
    /// Newline-separated; empty parts and lines are left out.
    public static func formatted(_ fields: [String: String]) -> String {
        func part(_ key: String) -> String { fields[key]?.trimmingWhitespace() ?? "" }
        let lines = [
            part("street_address"),
            ["locality", "region", "postal_code"].map(part).filter { !$0.isEmpty }.joined(separator: " "),
            part("country"),
        ]
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

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
