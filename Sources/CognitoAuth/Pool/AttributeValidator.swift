import FoundationEssentials
import Glibc

/// Checks a value against its attribute's format and returns the value to send
/// (trimmed, and normalised where the format has one canonical form).
public struct AttributeValidator: Sendable {
    /// Cognito's limit on any attribute value.
    public static let maximumLength = 2048

    public var timeZones: TimeZoneDatabase
    public var today: @Sendable () -> Date

    public init(timeZones: TimeZoneDatabase = .system, today: @escaping @Sendable () -> Date = { Date() }) {
        self.timeZones = timeZones
        self.today = today
    }

    public func validate(_ typed: String, as format: AttributeFormat) -> Result<String, AttributeProblem> {
        let value = typed.trimmingWhitespaceAndNewlines()
        if value.isEmpty { return .failure(.empty) }
        if value.unicodeScalars.contains(where: Self.isControl) { return .failure(.controlCharacters) }
        let result = check(value, format)
        if case .success(let normalised) = result, normalised.unicodeScalars.count > Self.maximumLength {
            return .failure(.tooLong(maximum: Self.maximumLength))
        }
        return result
    }

    private func check(_ value: String, _ format: AttributeFormat) -> Result<String, AttributeProblem> {
        switch format {
        case .text: return .success(value)
        case .email: return Self.isEmail(value) ? .success(value) : .failure(.invalidEmail)
        case .phone: return PhoneNumber.validate(value)
        case .date: return checkDate(value)
        case .url: return Self.isWebURL(value) ? .success(value) : .failure(.invalidURL)
        case .locale: return LocaleTag.canonical(value).map { .success($0) } ?? .failure(.invalidLocale)
        case .zoneinfo: return timeZones.contains(value) ? .success(value) : .failure(.unknownTimeZone)
        case .address:
            guard let parts = AddressAttribute.decode(value), parts.values.contains(where: { !$0.isEmpty }) else {
                return .failure(.invalidAddress)
            }
            return .success(AddressAttribute.encode(parts))
        case .epochSeconds:
            return value.allSatisfy(\.isASCIIDigit) && value.count <= 12 ? .success(value) : .failure(.notANumber)
        case .customString(let minimum, let maximum):
            let length = value.unicodeScalars.count
            if let minimum, length < minimum { return .failure(.tooShort(minimum: minimum)) }
            if let maximum, length > maximum { return .failure(.tooLong(maximum: maximum)) }
            return .success(value)
        case .customNumber(let minimum, let maximum):
            guard let number = Int(value) else { return .failure(.notANumber) }
            if let minimum, number < minimum { return .failure(.belowMinimum(minimum)) }
            if let maximum, number > maximum { return .failure(.aboveMaximum(maximum)) }
            return .success(String(number))
        }
    }

    /// C0 and C1 controls and DEL: never part of a profile value, and the start
    /// of terminal escape sequences.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func isEmail(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
              (1...64).contains(local.count), (3...253).contains(domain.count),
              !value.contains(where: \.isWhitespace) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }

    static func isWebURL(_ value: String) -> Bool {
        guard !value.contains(where: \.isWhitespace), let url = URL(string: value),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return false }
        return true
    }

    /// YYYY-MM-DD, a real calendar day, not after today. Year 0000 means "year
    /// withheld" (OIDC), so only month and day are checked (29 Feb allowed).
    private func checkDate(_ value: String) -> Result<String, AttributeProblem> {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return .failure(.invalidDate) }
        // The format is right: say what is wrong with the date itself.
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        let leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day >= 1, day <= lengths[month - 1] else { return .failure(.noSuchDay(day: day, month: month)) }
        if year != 0 {
            // gmtime_r, not Calendar: without FoundationInternationalization
            // (ICU, left out of the binary) TimeZone(identifier: "UTC") is nil.
            var seconds = time_t(today().timeIntervalSince1970.rounded(.down))
            var now = tm()
            gmtime_r(&seconds, &now)
            let todayKey = (Int(now.tm_year + 1900) * 100 + Int(now.tm_mon + 1)) * 100 + Int(now.tm_mday)
            if (year * 100 + month) * 100 + day > todayKey { return .failure(.dateInFuture) }
        }
        return .success(value)
    }
}
