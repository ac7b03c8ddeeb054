import CognitoAuth
import Foundation

/// A stand-in for the Cognito service, for tests of the layers above the
/// transport: each operation answers from its own queue of scripted replies
/// (the real exchange is tested against the emulator). Every request is kept.
public final class ScriptedService: HTTPTransport, @unchecked Sendable {
    public enum Reply: Sendable {
        /// A 200 with this JSON body.
        case json(String)
        /// A service error: `__type` and message.
        case error(String, String)
        /// A service error with another HTTP status (a 5xx: the service may have acted).
        case failure(status: Int, type: String, message: String)
        case networkFailure(NetworkError)
    }

    private let lock = Lock()
    private var replies: [String: [Reply]]
    private var sent: [(operation: String, body: String)] = []

    /// - Parameter replies: by operation name (`InitiateAuth`, `RespondToAuthChallenge`, ...).
    public init(_ replies: [String: [Reply]] = [:]) { self.replies = replies }

    public func add(_ operation: String, _ reply: Reply) {
        lock.withLock { replies[operation, default: []].append(reply) }
    }

    /// The operations sent, in order, with their JSON bodies.
    public var requests: [(operation: String, body: String)] { lock.withLock { sent } }

    public func send(_ request: HTTPRequest) async throws(NetworkError) -> HTTPResponse {
        let operation = request.header("X-Amz-Target")?.components(separatedBy: ".").last ?? ""
        let reply: Reply? = lock.withLock {
            sent.append((operation, String(decoding: request.body, as: UTF8.self)))
            return replies[operation]?.isEmpty == false ? replies[operation]!.removeFirst() : nil
        }
        switch reply {
        case .json(let body): return HTTPResponse(status: 200, body: Data(body.utf8))
        case .error(let type, let message):
            return Self.serviceError(status: 400, type: type, message: message)
        case .failure(let status, let type, let message):
            return Self.serviceError(status: status, type: type, message: message)
        case .networkFailure(let error): throw error
        case nil: throw .cannotConnect("no scripted reply for \(operation)")
        }
    }

    /// The service's error answer: `__type` and `message`, as JSON.
    static func serviceError(status: Int, type: String, message: String) -> HTTPResponse {
        HTTPResponse(status: status, body: JSONValue.object(["__type": .string(type), "message": .string(message)]).encoded())
    }

    /// A client of this service (no retries, so each reply is used once).
    public func client() -> CognitoClient {
        CognitoClient(endpoint: URL(string: "http://127.0.0.1:9/")!, retry: .never, transport: self)
    }
}
