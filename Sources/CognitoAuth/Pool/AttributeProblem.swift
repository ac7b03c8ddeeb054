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
