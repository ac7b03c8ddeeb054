import CognitoAuth
import Foundation

/// How the form presents each standard attribute: label, hint, input kind and
/// example, from Resources/attributes.json. Data, not code, so a deployment can
/// reword it; the pool config adds entries for its custom attributes.
public struct AttributeCatalog: Sendable {
    public struct Entry: Equatable, Sendable {
        public var label: String
        public var hint: String
        public var kind: InputKind
        public var example: String
    }

    public let entries: [String: Entry]

    public init(entries: [String: Entry]) { self.entries = entries }

    /// The catalog shipped in Resources/attributes.json.
    public static let standard: AttributeCatalog = {
        guard let url = Bundle.module.url(forResource: "attributes", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return AttributeCatalog(entries: [:])
        }
        var entries: [String: Entry] = [:]
        for (name, value) in object {
            guard let e = value as? [String: Any] else { continue }
            entries[name] = Entry(
                label: e["label"] as? String ?? name, hint: e["hint"] as? String ?? "",
                kind: kind(e), example: e["example"] as? String ?? "")
        }
        return AttributeCatalog(entries: entries)
    }()

    private static func kind(_ e: [String: Any]) -> InputKind {
        switch e["kind"] as? String {
        case "email": return .email
        case "phone": return .phone
        case "date": return .date
        case "choice": return .choice(e["choices"] as? [String] ?? [])
        case "searchList": return .searchList(InputKind.ListSource(rawValue: e["source"] as? String ?? "") ?? .timezones)
        case "url": return .url
        case "address": return .addressPart("formatted")
        case "number": return .number
        default: return .text
        }
    }

    /// The entry for `attribute`: the catalog's, the config's description of a
    /// custom attribute, or a plain text field labelled with its name.
    public func entry(for attribute: String, profile: PoolProfile) -> Entry {
        if let custom = profile.customAttributes.first(where: { $0.name == attribute }) {
            let shortName = String(attribute.dropFirst("custom:".count))
            return Entry(
                label: custom.label.map(Sanitizer.clean) ?? shortName, hint: custom.hint.map(Sanitizer.clean) ?? "",
                kind: custom.kind == .number ? .number : .text, example: "")
        }
        if let known = entries[attribute] { return known }
        let shortName = attribute.hasPrefix("custom:") ? String(attribute.dropFirst(7)) : attribute
        return Entry(label: Sanitizer.clean(shortName), hint: "", kind: .text, example: "")
    }
}
