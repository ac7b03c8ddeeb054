/// What kind of value a user-pool attribute holds, which decides how it is
/// checked (and, above this layer, how it is typed in).
public enum AttributeFormat: Equatable, Sendable {
    /// Free text: names, nickname, preferred_username, gender.
    case text
    case email
    /// E.164: `+` and up to 15 digits.
    case phone
    /// `YYYY-MM-DD` (or `0000-MM-DD`, OIDC's "year withheld").
    case date
    /// An absolute http(s) URL: picture, profile, website.
    case url
    /// A BCP 47 language tag.
    case locale
    /// A name from the tz database (`Europe/Paris`).
    case zoneinfo
    /// The OIDC address: a JSON object of its parts.
    case address
    /// Seconds since the epoch (updated_at).
    case epochSeconds
    /// A `custom:` String attribute, with the pool's length constraints.
    case customString(minLength: Int?, maxLength: Int?)
    /// A `custom:` Number attribute, with the pool's value constraints.
    case customNumber(minValue: Int?, maxValue: Int?)

    /// Every standard attribute a person can fill in, with its format.
    /// (`sub` and the `*_verified` flags are the service's, never the person's.)
    public static let standard: [String: AttributeFormat] = [
        "address": .address,
        "birthdate": .date,
        "email": .email,
        "family_name": .text,
        "gender": .text,
        "given_name": .text,
        "locale": .locale,
        "middle_name": .text,
        "name": .text,
        "nickname": .text,
        "phone_number": .phone,
        "picture": .url,
        "preferred_username": .text,
        "profile": .url,
        "updated_at": .epochSeconds,
        "website": .url,
        "zoneinfo": .zoneinfo,
    ]

    /// The format of `name`: a standard attribute, a custom one the profile
    /// describes, or plain text for anything else (`custom:` attributes the
    /// configuration does not describe).
    public static func of(_ name: String, custom: [CustomAttribute] = []) -> AttributeFormat {
        if let known = standard[name] { return known }
        if let described = custom.first(where: { $0.name == name }) { return described.format }
        return .customString(minLength: nil, maxLength: nil)
    }
}
