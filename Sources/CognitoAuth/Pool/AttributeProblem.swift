/// Why a value is not acceptable for an attribute. The layers above turn each
/// case into words (in the language of the person), so none are built here.
public enum AttributeProblem: Error, Equatable, Hashable, Sendable {
    case empty
    case tooLong(maximum: Int)
    case tooShort(minimum: Int)
    case controlCharacters
    case invalidEmail
    /// Digits without a country code: E.164 needs `+` and the country's code.
    case phoneNeedsCountryCode
    case invalidPhone
    case invalidDate
    /// The form is YYYY-MM-DD, but there is no such month (13) …
    case noSuchMonth(Int)
    /// … or no such day in that month (31 April, 29 February 2023).
    case noSuchDay(day: Int, month: Int)
    case dateInFuture
    case invalidURL
    case invalidLocale
    case unknownTimeZone
    case invalidAddress
    case notANumber
    case belowMinimum(Int)
    case aboveMaximum(Int)
    case doesNotMatchPattern
}
