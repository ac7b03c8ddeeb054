import FoundationEssentials

/// Where the Cognito user-pool API is: the regional endpoint, or an override
/// following the AWS SDK conventions.
public enum Endpoint {
    /// Why an endpoint cannot be used.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case invalidURL(String)
        /// Plain http carries tokens and SRP values in the clear: only to this machine.
        case insecureRemote(String)
        case invalidRegion(String)

        public var description: String {
            switch self {
            case .invalidURL(let url): return "not an http(s) URL: \(url)"
            case .insecureRemote(let url): return "plain http is allowed only to a loopback address: \(url)"
            case .invalidRegion(let region): return "not an AWS region name: \(region)"
            }
        }
    }

    public static let specificVariable = "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"
    public static let generalVariable = "AWS_ENDPOINT_URL"

    /// The endpoint to use: `override` (the --endpoint-url flag) first, then
    /// AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, then AWS_ENDPOINT_URL, then
    /// `https://cognito-idp.<region>.amazonaws.com/`.
    public static func resolve(
        region: String, override: String? = nil, environment: [String: String] = ProcessEnvironment.current()
    ) throws(Problem) -> URL {
        let candidates = [override, environment[specificVariable], environment[generalVariable]]
        if let chosen = candidates.compactMap({ $0?.trimmingWhitespace() }).first(where: { !$0.isEmpty }) {
            return try validate(chosen)
        }
        return try regional(region)
    }

    /// The public endpoint of a region.
    public static func regional(_ region: String) throws(Problem) -> URL {
        let valid = !region.isEmpty && region.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
        guard valid, let url = URL(string: "https://cognito-idp.\(region).amazonaws.com/") else {
            throw .invalidRegion(region)
        }
        return url
    }

    /// The region a user pool lives in: the part of its id before `_`.
    public static func region(ofUserPool id: String) -> String? {
        guard let underscore = id.firstIndex(of: "_"), underscore != id.startIndex else { return nil }
        return String(id[..<underscore])
    }

    static func validate(_ text: String) throws(Problem) -> URL {
        guard let url = URL(string: text) else { throw .invalidURL(text) }
        // Said at start-up, naming the setting, rather than at the first
        // request (where the transport checks the same again).
        switch unsafety(of: url) {
        case nil: return url
        case .notHTTP, .controlCharacters: throw .invalidURL(text)
        case .plainHTTP: throw .insecureRemote(text)
        }
    }

    /// Why a URL must never be requested.
    enum Unsafety: Equatable {
        case notHTTP
        /// A CR LF, even percent-encoded, could split the request.
        case controlCharacters
        /// Plain http to another machine: tokens and SRP values in the clear.
        case plainHTTP(host: String)
    }

    /// What makes `url` unsafe to request, if anything: the one rule for the
    /// configured endpoint and for every request the transport sends.
    static func unsafety(of url: URL) -> Unsafety? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return .notHTTP }
        let decoded = url.absoluteString.removingPercentEscapes() ?? url.absoluteString
        if decoded.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return .controlCharacters }
        if scheme == "http" && !isLoopback(host) { return .plainHTTP(host: host) }
        return nil
    }

    /// localhost, 127.0.0.0/8 and ::1.
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimming { $0 == "[" || $0 == "]" }
        if h == "localhost" || h == "::1" || h == "0:0:0:0:0:0:0:1" { return true }
        let octets = h.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }
}
