import COpenSSL
import Dispatch
import Foundation

/// HTTPS with OpenSSL over plain sockets: the transport of the product.
///
/// Why not URLSession: on Linux it brings libcurl and some thirty shared
/// libraries (GnuTLS, Kerberos, LDAP...) that the dynamic loader maps at every
/// start — 6 ms and 18 MB before the first frame, most of the wizard's start-up
/// and memory. OpenSSL's libcrypto is already here for SRP; libssl adds little.
/// It keeps what URLSession gave: the system's CAs (and SSL_CERT_FILE /
/// SSL_CERT_DIR), `https_proxy` / `no_proxy` (HTTP CONNECT), timeouts, and
/// cancellation. One connection per request, closed after it.
public final class SocketTransport: HTTPTransport, @unchecked Sendable {
    private let environment: [String: String]
    private static let queue = DispatchQueue(label: "cognito-onboard.http", attributes: .concurrent)

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// An SSL_CTX, shared by the requests of this transport: OpenSSL allows
    /// one context across threads once it is set up, and it is never changed after.
    private final class SharedContext: @unchecked Sendable {
        let pointer: OpaquePointer
        init(_ pointer: OpaquePointer) { self.pointer = pointer }
        deinit { SSL_CTX_free(pointer) }
    }

    /// TLS 1.2 or later, peers verified against SSL_CERT_FILE / SSL_CERT_DIR
    /// when this transport's environment names them, else the system's CAs.
    private lazy var tls: Result<SharedContext, NetworkError> = {
        guard let context = SSL_CTX_new(TLS_client_method()) else { return .failure(.secureConnectionFailed("SSL_CTX_new failed")) }
        _ = copenssl_min_tls12(context)
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
        let file = environment["SSL_CERT_FILE"], directory = environment["SSL_CERT_DIR"]
        let loaded = file != nil || directory != nil
            ? SSL_CTX_load_verify_locations(context, file, directory) : SSL_CTX_set_default_verify_paths(context)
        guard loaded == 1 else {
            SSL_CTX_free(context)
            return .failure(.secureConnectionFailed("cannot load the certificate authorities"))
        }
        return .success(SharedContext(context))
    }()
    private let tlsLock = NSLock()

    private func tlsContext() throws(NetworkError) -> SharedContext {
        try tlsLock.withLock { tls }.get()
    }

    public func send(_ request: HTTPRequest) async throws(NetworkError) -> HTTPResponse {
        let handle = Handle()
        do {
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                    Self.queue.async {
                        do { continuation.resume(returning: try self.exchange(request, handle)) } catch {
                            continuation.resume(throwing: error)
                        }
                    }
                }
            } onCancel: {
                handle.cancel()
            }
        } catch let error as NetworkError {
            throw error
        } catch {
            throw .cancelled
        }
    }

    /// Lets a cancelled task stop the blocked worker.
    private final class Handle: @unchecked Sendable {
        private let lock = NSLock()
        private var connection: SocketConnection?
        private var cancelled = false

        func attach(_ c: SocketConnection) throws(NetworkError) {
            let stop = lock.withLock { connection = c; return cancelled }
            if stop { throw .cancelled }
        }

        func cancel() {
            let c = lock.withLock { cancelled = true; return connection }
            c?.abort()
        }
    }

    private func exchange(_ request: HTTPRequest, _ handle: Handle) throws(NetworkError) -> HTTPResponse {
        let deadline = ContinuousClock.now + request.timeout
        guard let scheme = request.url.scheme?.lowercased(), let host = request.url.host else {
            throw .invalidResponse("not an http(s) URL")
        }
        let port = request.url.port ?? (scheme == "https" ? 443 : 80)
        let proxy = ProxySettings.forTarget(scheme: scheme, host: host, environment: environment)
        let connection = try SocketConnection.open(host: proxy?.host ?? host, port: proxy?.port ?? port, deadline: deadline)
        try handle.attach(connection)
        let authority = request.url.port.map { "\(host):\($0)" } ?? host
        if let proxy, scheme == "https" {
            try tunnel(connection, to: "\(host):\(port)", proxy: proxy, deadline: deadline)
        }
        if scheme == "https" {
            let context = try tlsContext()
            // The SSL object takes its own reference to the context.
            try connection.startTLS(host: host, context: context.pointer, deadline: deadline)
        }
        let path = request.url.path.isEmpty ? "/" : request.url.path
        let target = (proxy != nil && scheme == "http") ? request.url.absoluteString : path + (request.url.query.map { "?" + $0 } ?? "")
        try connection.write(HTTPWire.requestBytes(request, target: target, host: authority), deadline: deadline)
        var buffer = Data()
        while true {
            let open = try connection.read(into: &buffer, deadline: deadline)
            do {
                if let response = try HTTPWire.response(from: buffer, closed: !open) { return response }
            } catch {
                throw .invalidResponse("malformed HTTP response")
            }
        }
    }

    /// HTTP CONNECT through the proxy; after a 200 the connection is a tunnel.
    private func tunnel(_ connection: SocketConnection, to authority: String, proxy: ProxySettings,
                        deadline: ContinuousClock.Instant) throws(NetworkError) {
        var head = "CONNECT \(authority) HTTP/1.1\r\nHost: \(authority)\r\n"
        if let authorization = proxy.authorization { head += "Proxy-Authorization: \(authorization)\r\n" }
        try connection.write(Data((head + "\r\n").utf8), deadline: deadline)
        var buffer = Data()
        while buffer.firstRange(of: Data("\r\n\r\n".utf8)) == nil {
            guard try connection.read(into: &buffer, deadline: deadline) else { break }
        }
        let status = String(decoding: buffer.prefix(32), as: UTF8.self).split(separator: " ").dropFirst().first
        guard status == "200" else {
            throw .cannotConnect("the proxy \(proxy.host) refused the tunnel (\(status.map(String.init) ?? "no answer"))")
        }
    }
}
