/// A failure to talk to the service at all, kept apart from the service's own
/// answers: the person should check their connection, not their password.
/// Cases that name the endpoint's host let the message say which service it is.
public enum NetworkError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The request never left for another reason (no route, the proxy refused). Safe to retry.
    case cannotConnect(String)
    /// DNS has no address for the host. The request never left.
    case nameNotResolved(host: String)
    /// Nothing listens at the host's port. The request never left.
    case connectionRefused(host: String)
    /// No answer in time. The service may or may not have acted on the request.
    case timedOut
    /// The host's certificate failed verification: someone may be in between.
    case certificate(host: String, CertificateProblem)
    /// TLS failed otherwise: no common protocol, a broken handshake, no CA file.
    case secureConnectionFailed(String)
    /// The connection broke after the request was sent.
    case connectionLost(String)
    /// Something answered, but not with a well-formed HTTP response.
    case invalidResponse(String)
    /// The answer grew past `limit` bytes; no Cognito answer is that large.
    case responseTooLarge(host: String, limit: Int)
    /// Refused before sending: the request could not be sent safely (control
    /// characters in the URL, plain http to another machine).
    case refusedRequest(String)
    /// The request was cancelled by the caller.
    case cancelled

    /// Why a certificate was not accepted (from OpenSSL's verify result).
    public enum CertificateProblem: Equatable, Sendable, CustomStringConvertible {
        /// Valid, but for another name than the host.
        case wrongName
        /// Expired, or not yet valid (often a wrong clock on this machine).
        case expired
        /// Not signed by an authority this machine trusts (self-signed, a
        /// missing intermediate, an intercepting proxy).
        case unknownAuthority
        /// Anything else OpenSSL refused; the X.509 verify code.
        case other(Int)

        public var description: String {
            switch self {
            case .wrongName: return "the certificate is for another name"
            case .expired: return "the certificate has expired or is not yet valid"
            case .unknownAuthority: return "the certificate is not from a trusted authority"
            case .other(let code): return "the certificate was refused (X.509 error \(code))"
            }
        }
    }

    public var description: String {
        switch self {
        case .cannotConnect(let why): return "cannot connect: \(why)"
        case .nameNotResolved(let host): return "cannot resolve \(host)"
        case .connectionRefused(let host): return "\(host) refused the connection"
        case .timedOut: return "the service did not answer in time"
        case .certificate(let host, let problem): return "certificate of \(host) refused: \(problem)"
        case .secureConnectionFailed(let why): return "secure connection failed: \(why)"
        case .connectionLost(let why): return "connection lost: \(why)"
        case .invalidResponse(let why): return "malformed response: \(why)"
        case .responseTooLarge(let host, let limit): return "the answer from \(host) exceeded \(limit) bytes"
        case .refusedRequest(let why): return "request refused before sending: \(why)"
        case .cancelled: return "cancelled"
        }
    }

    /// True when the request is known not to have reached the service, so it
    /// is safe to send again whatever it was. The retry policy depends on it.
    public var failedBeforeSending: Bool {
        switch self {
        case .cannotConnect, .nameNotResolved, .connectionRefused: return true
        default: return false
        }
    }
}
