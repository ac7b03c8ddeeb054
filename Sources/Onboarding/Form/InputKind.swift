/// How a field is typed in and shown.
public enum InputKind: Equatable, Sendable {
    case text
    /// Masked unless the person asks to see it.
    case secret
    case email
    /// Separators are dropped as they are typed, so the value reads as E.164.
    case phone
    /// YYYY-MM-DD, with the format as a hint.
    case date
    /// One of a few values; Left and Right choose.
    case choice([String])
    /// Free typing with completion from a long list (time zones, languages).
    case searchList(ListSource)
    case url
    /// One part of the address attribute; the parts are joined into its JSON.
    case addressPart(String)
    case number

    public enum ListSource: String, Equatable, Sendable { case timezones, locales }
}
