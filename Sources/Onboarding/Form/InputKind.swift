/// How a field is typed in and shown.
public enum InputKind: Equatable, Sendable {
    case text
    /// Masked unless the person asks to see it.
    case secret
    case email
    /// Kept as typed (spaces, dashes); checked and sent as E.164.
    case phone
    /// YYYY-MM-DD, with the format as a hint.
    case date
    /// One of a few values; Left and Right choose. The field holds the value,
    /// the screen shows the label.
    case choice([Choice])
    /// Free typing with completion from a long list (time zones, languages).
    case searchList(ListSource)
    case url
    /// One part of the address attribute; the parts are joined into its value.
    case addressPart(AddressPart)
    /// The whole address attribute (asked as its parts).
    case address
    case number
    /// A one-time code of `digits` digits (a range where the service does not say).
    case code(digits: ClosedRange<Int>)

    public enum ListSource: String, Equatable, Sendable { case timezones, locales }

    /// One option of a choice: what is sent, and what the person reads.
    public struct Choice: Equatable, Sendable {
        public let value: String
        public let label: String

        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }
}
