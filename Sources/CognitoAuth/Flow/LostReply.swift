/// An answer whose reply never came back, settled by asking the service again.
///
/// A password change or an authenticator registration may take even though
/// the reply is lost (the connection broke after sending, a timeout, a 5xx).
/// Saying "failed" then would leave the person with a password they do not
/// know is theirs, and sending it again could change it twice. So the flow
/// signs in again to learn what happened, and reports what it learnt with the
/// next step.
public enum LostReply: Equatable, Sendable {
    /// The new password took: the flow went on with it.
    case passwordChanged
    /// The authenticator app is registered: the service now asks for a code
    /// from it (no new QR code).
    case authenticatorRegistered
}

extension AuthError {
    /// Whether the request may have reached the service and been acted on
    /// although no usable reply came back. Refusals before sending (no
    /// connection, a failed TLS handshake, throttling) and the service's own
    /// 4xx answers are not in doubt; a cancelled request is, since it may have
    /// been sent.
    public var mayHaveActed: Bool {
        switch self {
        case .network(let network):
            switch network {
            case .timedOut, .connectionLost, .invalidResponse, .responseTooLarge, .cancelled: return true
            case .cannotConnect, .nameNotResolved, .connectionRefused, .certificate, .secureConnectionFailed,
                 .refusedRequest:
                return false
            }
        case .service(let service):
            return service.httpStatus >= 500 || service.name == .internalError
        case .srp, .unexpectedResponse, .invalidState:
            return false
        }
    }

    /// The challenge session expired or was used up. Used up may mean an
    /// earlier copy of the same answer arrived (a connection layer that resent
    /// it), so for an answer that changes the account it is in doubt too.
    public var endedSession: Bool {
        serviceError.map { $0.isSessionExpired || $0.isSessionReused } == true
    }

    /// The service refused the password itself ("Incorrect username or password.").
    var isIncorrectPassword: Bool {
        guard let service = serviceError, service.name == .notAuthorized else { return false }
        return service.message.lowercased().contains("incorrect username or password")
    }
}
