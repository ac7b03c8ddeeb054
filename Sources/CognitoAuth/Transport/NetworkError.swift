/// A failure to talk to the service at all, kept apart from the service's own
/// answers: the person should check their connection, not their password.
public enum NetworkError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The request never left: no route, no DNS, connection refused. Safe to retry.
    case cannotConnect(String)
    /// No answer in time. The service may or may not have acted on the request.
    case timedOut
    /// TLS failed: a proxy, a clock far off, or an untrusted certificate.
    case secureConnectionFailed(String)
    /// The connection broke after the request was sent.
    case connectionLost(String)
    /// Something answered, but not with a Cognito response.
    case invalidResponse(String)
    /// The request was cancelled by the caller.
    case cancelled

    public var description: String {
        switch self {
        case .cannotConnect(let why): return "cannot connect: \(why)"
        case .timedOut: return "the service did not answer in time"
        case .secureConnectionFailed(let why): return "secure connection failed: \(why)"
        case .connectionLost(let why): return "connection lost: \(why)"
        case .invalidResponse(let why): return "unexpected response: \(why)"
        case .cancelled: return "cancelled"
        }
    }

    /// True when the request is known not to have reached the service.
    public var failedBeforeSending: Bool {
        if case .cannotConnect = self { return true }
        return false
    }
}
