import FoundationEssentials
import Logging

/// The Cognito user-pool API over AWS JSON 1.1: one POST per operation, the
/// operation in `X-Amz-Target`, JSON in and out. The calls a first sign-in
/// makes need no request signing.
public struct CognitoClient: Sendable {
    public let endpoint: URL
    public let timeout: Duration
    public let retry: RetryPolicy
    private let transport: any HTTPTransport
    private let logger: Logger
    private let sleep: @Sendable (Duration) async throws -> Void

    public init(
        endpoint: URL, timeout: Duration = .seconds(15), retry: RetryPolicy = .standard,
        transport: any HTTPTransport = CurlTransport(),
        logger: Logger = Logger(label: "cognito-onboard.auth"),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.endpoint = endpoint
        self.timeout = timeout
        self.retry = retry
        self.transport = transport
        self.logger = logger
        self.sleep = sleep
    }

    /// Opens the connection to the endpoint in the background (see
    /// `HTTPTransport.warmUp`), so the first request pays no handshake.
    public func warmUp() {
        transport.warmUp(endpoint)
    }

    /// Sends `request` as `operation` and decodes the answer, retrying where the
    /// policy says it is safe. Throws only `AuthError`. The body is written by
    /// `JSONBodyWriter`, not JSONEncoder: answers carry passwords and codes,
    /// and the body is wiped once the last attempt is done with it (see
    /// README, "Secrets in memory").
    public func call<Request: JSONBody, Response: Decodable>(
        _ operation: Operation, _ request: Request, as: Response.Type = Response.self
    ) async throws(AuthError) -> Response {
        try await call(operation, body: JSONBodyWriter.body(of: request), as: Response.self)
    }

    /// The same with the body already written: any JSON, for a caller that
    /// sends no secret (the tests' administrator calls).
    func call<Response: Decodable>(
        _ operation: Operation, body: Data, as: Response.Type = Response.self
    ) async throws(AuthError) -> Response {
        var attempt = 1
        while true {
            do throws(AuthError) {
                // The answer holds sessions, tokens, a TOTP secret: zeroed once decoded.
                var answer = try await send(operation, body: body)
                defer { answer.wipe() }
                return try Self.decode(Response.self, answer, operation: operation)
            } catch {
                guard retry.shouldRetry(error, operation: operation, attempt: attempt) else {
                    logFailure(error, operation: operation)
                    throw error
                }
                let wait = retry.delay(beforeAttempt: attempt, random: Double.random(in: 0...1))
                // Info, not notice: the failure the person sees is logged once, below.
                logger.info("retrying", metadata: ["operation": "\(operation)", "attempt": "\(attempt + 1)", "after": "\(error.kind)"])
                do { try await sleep(wait) } catch { throw .network(.cancelled) }
                attempt += 1
            }
        }
    }

    /// One warning line per request that failed for good (retries spent), for
    /// the operator's journal: the operation, the endpoint and the cause, from
    /// which nothing secret can come (a service error by its name only, since
    /// its message may quote what was sent). A cancelled request is no failure.
    private func logFailure(_ error: AuthError, operation: Operation) {
        if case .network(.cancelled) = error { return }
        logger.warning("\(operation) to \(Self.display(endpoint)) failed: \(error.operatorCause)")
    }

    /// The endpoint as an operator recognises it: scheme, host, port and path,
    /// never user information or a query that could carry a credential.
    static func display(_ url: URL) -> String {
        let host = url.host.map { $0.contains(":") ? "[\($0)]" : $0 } ?? "?"
        return "\(url.scheme ?? "https")://\(host)\(url.port.map { ":\($0)" } ?? "")\(url.path.isEmpty ? "/" : url.path)"
    }

    private static func decode<Response: Decodable>(
        _ type: Response.Type, _ data: Data, operation: Operation
    ) throws(AuthError) -> Response {
        do { return try JSONDecoder.secretReading(data).decode(Response.self, from: data) } catch {
            throw .network(.invalidResponse("\(operation) answer does not decode"))
        }
    }

    /// One attempt: the response body of a 2xx, or the error it stands for.
    private func send(_ operation: Operation, body: Data) async throws(AuthError) -> Data {
        let request = HTTPRequest(
            url: endpoint, method: "POST",
            headers: [
                ("Content-Type", "application/x-amz-json-1.1"),
                ("X-Amz-Target", "AWSCognitoIdentityProviderService.\(operation.name)"),
                ("User-Agent", "cognito-onboard/\(Version.current)"),
            ],
            body: body, timeout: timeout)
        let started = ContinuousClock.now
        let response: HTTPResponse
        do { response = try await transport.send(request) } catch {
            logger.info("request failed", metadata: ["operation": "\(operation)", "error": "\(error)"])
            throw .network(error)
        }
        let elapsed = ContinuousClock.now - started
        logger.debug("response", metadata: ["operation": "\(operation)", "status": "\(response.status)", "elapsed": "\(elapsed)"])
        if (200..<300).contains(response.status) { return response.body }
        throw .service(Self.decodeError(response))
    }

    /// A ServiceError from an error response. Never fails: an unreadable body
    /// still yields the header's name, or the HTTP status.
    static func decodeError(_ response: HTTPResponse) -> ServiceError {
        struct Body: Decodable {
            let type: String?
            let message: String?
            let Message: String?
            enum CodingKeys: String, CodingKey { case type = "__type", message, Message }
        }
        let body = try? JSONDecoder().decode(Body.self, from: response.body)
        var name = ServiceError.name(type: body?.type, header: response.header("x-amzn-errortype"))
        if case .other("UnknownError") = name, response.status >= 500 { name = .internalError }
        let message = body?.message ?? body?.Message ?? "HTTP status \(response.status)"
        return ServiceError(name: name, message: message, httpStatus: response.status)
    }
}

extension AuthError {
    /// Why a request failed, for the operator: the network's cause, or the
    /// service error's name and HTTP status (not its message).
    public var operatorCause: String {
        if case .service(let e) = self { return "\(e.name.rawValue) (HTTP \(e.httpStatus))" }
        return description
    }

    /// A short, secret-free label for logs.
    var kind: String {
        switch self {
        case .service(let e): return e.name.rawValue
        case .network(let e): return "\(e)"
        case .srp: return "srp"
        case .unexpectedResponse: return "unexpected-response"
        case .invalidState: return "invalid-state"
        }
    }
}
