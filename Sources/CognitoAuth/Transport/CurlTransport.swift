import Dispatch
import FoundationEssentials

/// HTTPS on libcurl: the transport of the product.
///
/// Why libcurl and not our own client: keep-alive and TLS session reuse,
/// proxies of every kind (https:// ones included), limits and decades of
/// hostile input; the hand-written client it replaced crashed on a negative
/// Content-Length. Why not URLSession: it brings FoundationNetworking and
/// links libcurl at start-up; here libcurl is loaded on first use (CCurl).
///
/// One easy handle for the whole run, so every request after the first
/// rides the same connection; curl reconnects by itself when the service
/// closed an idle one. Requests are serialised on one queue, whose thread
/// blocks in curl, never the caller's. Peer and host verification are always
/// on, TLS 1.2 or later; plain http only to this machine.
public final class CurlTransport: HTTPTransport, @unchecked Sendable {
    private let environment: CurlEnvironment
    private let queue = DispatchQueue(label: "cognito-onboard.curl")
    /// Made on the queue at the first request; only touched there.
    private var handle: Result<CurlHandle, NetworkError>?
    private let lock = Lock()
    private var opened = 0
    /// The warm-up in flight, if any (guarded by `lock`).
    private var warming: Cancellation?
    /// How long a real request lets a warm-up in flight go on.
    static let warmUpHeadStart: Duration = .seconds(1)

    public init(environment: [String: String] = ProcessEnvironment.current()) {
        self.environment = CurlEnvironment(environment)
    }

    /// TCP connections opened so far (to the service or a proxy): 1 for a whole
    /// run when keep-alive works.
    public var connectionsOpened: Int { lock.withLock { opened } }

    public func send(_ request: HTTPRequest) async throws(NetworkError) -> HTTPResponse {
        try Self.refuseUnsafe(request)
        lock.withLock { warming }?.giveWay(at: .now + Self.warmUpHeadStart)
        let cancellation = Cancellation()
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<HTTPResponse, NetworkError>, Never>) in
                queue.async { continuation.resume(returning: self.perform(request, cancellation)) }
            }
        } onCancel: {
            cancellation.cancel()
        }
        return try result.get()
    }

    /// A HEAD request to `url` in the background: DNS, TCP and the TLS
    /// handshake are done before the person presses Enter, and the first real
    /// request, queued behind it, reuses the connection.
    ///
    /// It starts `warmUpDelay` later, so that loading libcurl (and the thirty
    /// libraries it brings) does not compete with drawing: measured, a load at
    /// start delays the first frame by 2.5 ms, as much as linking libcurl
    /// would. The wizard calls it on the person's first key (see
    /// `WizardRuntime.onFirstInput`). If a request came first, there is
    /// nothing to warm.
    public func warmUp(_ url: URL) {
        let request = HTTPRequest(url: url, method: "HEAD", timeout: .seconds(10))
        guard (try? Self.refuseUnsafe(request)) != nil else { return }
        let cancellation = Cancellation()
        lock.withLock { warming = cancellation }
        queue.asyncAfter(deadline: .now() + Self.warmUpDelay) {
            if self.handle == nil { _ = self.perform(request, cancellation) }
            self.lock.withLock { if self.warming === cancellation { self.warming = nil } }
        }
    }

    /// Long after the frame that answers the key, long before a person has
    /// typed a username and a password.
    static let warmUpDelay: DispatchTimeInterval = .milliseconds(100)

    /// On the queue: one exchange on the run's handle.
    private func perform(_ request: HTTPRequest, _ cancellation: Cancellation) -> Result<HTTPResponse, NetworkError> {
        if cancellation.isCancelled { return .failure(.cancelled) }
        if handle == nil { handle = Result { () throws(NetworkError) in try CurlHandle() } }
        return Result { () throws(NetworkError) -> HTTPResponse in
            let handle = try handle!.get()
            let exchange = CurlExchange(cancellation: cancellation)
            let outcome = try handle.perform(request, exchange, environment: environment)
            lock.withLock { opened += outcome.connectsOpened }
            guard outcome.succeeded else {
                throw CurlFailure.error(outcome, exchange, url: request.url, proxy: environment.proxy(for: request.url))
            }
            return HTTPResponse(status: outcome.status, headers: exchange.headers, body: exchange.body)
        }
    }

    /// What must never be sent: plain http to another machine (tokens and SRP
    /// values in the clear), and control characters in the URL or a header,
    /// which could split the request (a CR LF percent-encoded in the
    /// endpoint's path is refused too, though curl would send it encoded).
    static func refuseUnsafe(_ request: HTTPRequest) throws(NetworkError) {
        switch Endpoint.unsafety(of: request.url) {
        case nil: break
        case .notHTTP: throw .refusedRequest("not an http(s) URL")
        case .controlCharacters: throw .refusedRequest("control characters in the URL")
        case .plainHTTP(let host): throw .refusedRequest("plain http to \(host)")
        }
        for (name, value) in request.headers where (name + value).unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) {
            throw .refusedRequest("control characters in the header \(name)")
        }
    }
}
