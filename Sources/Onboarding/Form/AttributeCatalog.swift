import CognitoAuth
import FoundationEssentials

/// How the form presents each standard attribute: its input kind from
/// attributes.json (data, not code), its label and hint from the language's
/// strings (`attribute.<name>.label` / `.hint`; an example, where one helps,
/// is in the hint and in the field's problem text). The pool config describes
/// its custom attributes itself.
public struct AttributeCatalog: Sendable {
    public struct Entry: Equatable, Sendable {
        public var label: String
        public var hint: String
        public var kind: InputKind
    }

    /// The input kind of each standard attribute, by name.
    public var kinds: [String: InputKind] { given ?? Self.shippedKinds }
    private let given: [String: InputKind]?

    public init(kinds: [String: InputKind]) { given = kinds }

    private init(shipped: Void) { given = nil }

    /// The catalog shipped in attributes.json among Onboarding's resources.
    /// The file is read when a form first needs it (after sign-in), not when
    /// the wizard is made: the first frame does not wait for it.
    public static let standard = AttributeCatalog(shipped: ())

    private static let shippedKinds: [String: InputKind] = {
        guard let data = ResourceFiles.data("attributes.json"),
              let object = (try? JSONValue(parsing: data))?.object else {
            return [:]
        }
        var kinds: [String: InputKind] = [:]
        for (name, value) in object {
            guard let e = value.object else { continue }
            kinds[name] = kind(e)
        }
        return kinds
    }()

    private static func kind(_ e: [String: JSONValue]) -> InputKind {
        switch e["kind"]?.string {
        case "email": return .email
        case "phone": return .phone
        case "date": return .date
        case "choice": return .choice((e["choices"]?.array ?? []).compactMap(\.string).map { .init(value: $0, label: $0) })
        case "searchList": return .searchList(InputKind.ListSource(rawValue: e["source"]?.string ?? "") ?? .timezones)
        case "url": return .url
        case "address": return .address
        case "number": return .number
        default: return .text
        }
    }

    /// The entry for `attribute`: the catalog's kind with the language's words,
    /// the config's description of a custom attribute, or a plain text field
    /// labelled with its name.
    public func entry(for attribute: String, profile: PoolProfile, strings: Strings) -> Entry {
        if let custom = profile.customAttributes.first(where: { $0.name == attribute }) {
            let shortName = String(attribute.dropFirst("custom:".count))
            return Entry(
                label: custom.label?.text(for: strings.language).map(Sanitizer.clean) ?? shortName,
                hint: custom.hint?.text(for: strings.language).map(Sanitizer.clean) ?? "",
                kind: custom.kind == .number ? .number : .text)
        }
        if var kind = kinds[attribute] {
            let key = "attribute.\(attribute)"
            if case .choice(let options) = kind {
                kind = .choice(options.map { .init(value: $0.value, label: Self.choiceLabel(attribute: attribute, value: $0.value, strings: strings)) })
            }
            return Entry(label: strings("\(key).label"), hint: strings.optional("\(key).hint") ?? "", kind: kind)
        }
        let shortName = attribute.hasPrefix("custom:") ? String(attribute.dropFirst(7)) : attribute
        return Entry(label: Sanitizer.clean(shortName), hint: "", kind: .text)
    }

    /// The words for one value of a choice (`attribute.gender.choice.female`).
    public static func choiceLabel(attribute: String, value: String, strings: Strings) -> String {
        strings.optional("attribute.\(attribute).choice.\(value.replacing(" ", with: "_"))") ?? value
    }
}
