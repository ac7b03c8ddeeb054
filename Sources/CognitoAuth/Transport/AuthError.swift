/// Every error CognitoAuth throws: the service refused, the network failed, or
/// the service's answer broke the protocol (including SRP's safety checks).
public enum AuthError: Error, Equatable, Sendable, CustomStringConvertible {
    case service(ServiceError)
    case network(NetworkError)
    case srp(SRPError)
    /// A response that does not fit the flow (a missing Session, an unknown challenge).
    case unexpectedResponse(String)
    /// A call that does not fit where the flow is (answering before starting).
    case invalidState(String)

    public var description: String {
        switch self {
        case .service(let e): return e.description
        case .network(let e): return e.description
        case .srp(let e): return "SRP check failed: \(e)"
        case .unexpectedResponse(let why): return "unexpected response: \(why)"
        case .invalidState(let why): return "invalid state: \(why)"
        }
    }

    /// The service error, when this is one.
    public var serviceError: ServiceError? {
        if case .service(let e) = self { return e }
        return nil
    }
}
