import FoundationEssentials
import Glibc

/// The TIMESTAMP of a PASSWORD_VERIFIER answer: `EEE MMM d HH:mm:ss 'UTC' yyyy`
/// in UTC, English names, the day not zero-padded (`Tue Jan 1 06:06:09 UTC 2019`).
///
/// Written by hand, not with DateFormatter: it must not follow the user's
/// locale, and it sits on the sign-in path.
public enum CognitoTimestamp {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func string(for date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[Int(parts.tm_wday)]) \(months[Int(parts.tm_mon)]) \(parts.tm_mday) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) UTC \(parts.tm_year + 1900)"
    }
}
