/// A `custom:` attribute the configuration describes. Cognito never makes
/// custom attributes required, and a client without IAM cannot read the pool's
/// schema, so what the form knows of them comes from here.
public struct CustomAttribute: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable { case string = "String", number = "Number" }

    /// With its prefix: `custom:team`.
    public let name: String
    public let kind: Kind
    public var minLength: Int?
    public var maxLength: Int?
    public var minValue: Int?
    public var maxValue: Int?
    /// What the form calls it, and the hint under it.
    public var label: LocalizedText?
    public var hint: LocalizedText?
    /// An extra pattern (a regular expression the whole value must match).
    public var pattern: String?
    /// Ask for it during first sign-in even though Cognito does not require it.
    public var ask: Bool

    public init(
        name: String, kind: Kind, minLength: Int? = nil, maxLength: Int? = nil, minValue: Int? = nil,
        maxValue: Int? = nil, label: LocalizedText? = nil, hint: LocalizedText? = nil, pattern: String? = nil, ask: Bool = false
    ) {
        self.name = name.hasPrefix("custom:") ? name : "custom:" + name
        self.kind = kind
        self.minLength = minLength
        self.maxLength = maxLength
        self.minValue = minValue
        self.maxValue = maxValue
        self.label = label
        self.hint = hint
        self.pattern = pattern
        self.ask = ask
    }

    public var format: AttributeFormat {
        switch kind {
        case .string: return .customString(minLength: minLength, maxLength: maxLength)
        case .number: return .customNumber(minValue: minValue, maxValue: maxValue)
        }
    }
}
