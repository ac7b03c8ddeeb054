import COpenSSL
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One TCP connection, optionally wrapped in TLS (OpenSSL), with deadlines.
/// Blocking I/O: it runs on a worker thread of its own (see SocketTransport),
/// and `abort()` from any thread makes a blocked call return at once.
final class SocketConnection: @unchecked Sendable {
    private let fd: Int32
    private var ssl: OpaquePointer?
    private let lock = NSLock()
    private var aborted = false

    private init(fd: Int32) { self.fd = fd }

    deinit {
        if let ssl { SSL_free(ssl) }
        close(fd)
    }

    /// Connects to `host:port` (every address DNS gives, in turn). A failure
    /// here means nothing was sent: `NetworkError.cannotConnect`.
    static func open(host: String, port: Int, deadline: ContinuousClock.Instant) throws(NetworkError) -> SocketConnection {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_family = AF_UNSPEC
        var list: UnsafeMutablePointer<addrinfo>?
        let name = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        let status = getaddrinfo(name, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .cannotConnect("cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        var lastError = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            guard fd >= 0 else { continue }
            let flags = fcntl(fd, F_GETFL)
            _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
            var result = connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen)
            if result != 0 && errno == EINPROGRESS {
                var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                result = poll(&poller, 1, Self.milliseconds(until: deadline)) == 1 ? 0 : -1
                if result == 0 {
                    var error: Int32 = 0
                    var length = socklen_t(MemoryLayout<Int32>.size)
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
                    if error != 0 { result = -1; errno = error } 
                } else if errno == 0 {
                    errno = ETIMEDOUT
                }
            }
            if result == 0 {
                _ = fcntl(fd, F_SETFL, flags)
                var one: Int32 = 1
                setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                return SocketConnection(fd: fd)
            }
            lastError = String(cString: strerror(errno))
            close(fd)
        }
        throw .cannotConnect("\(host):\(port): \(lastError)")
    }

    /// TLS over this connection, the server's certificate checked against the
    /// system's CAs (or SSL_CERT_FILE / SSL_CERT_DIR) and `host`.
    func startTLS(host: String, context: OpaquePointer, deadline: ContinuousClock.Instant) throws(NetworkError) {
        guard let ssl = SSL_new(context) else { throw .secureConnectionFailed("SSL_new failed") }
        self.ssl = ssl
        SSL_set_fd(ssl, fd)
        let name = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        if name.contains(":") || name.allSatisfy({ $0.isNumber || $0 == "." }) {
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), name)
        } else {
            _ = copenssl_set_sni(ssl, name)
            SSL_set1_host(ssl, name)
        }
        setTimeouts(deadline)
        guard SSL_connect(ssl) == 1 else {
            let verify = SSL_get_verify_result(ssl)
            let reason = verify != X509_V_OK ? String(cString: X509_verify_cert_error_string(verify)) : Self.openSSLError()
            throw isAborted ? .cancelled : .secureConnectionFailed(reason)
        }
    }

    func write(_ data: Data, deadline: ContinuousClock.Instant) throws(NetworkError) {
        setTimeouts(deadline)
        var offset = 0
        while offset < data.count {
            let written: Int = data.withUnsafeBytes { raw in
                let base = raw.baseAddress!.advanced(by: offset)
                if let ssl { return Int(SSL_write(ssl, base, Int32(data.count - offset))) }
                return send(fd, base, data.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard written > 0 else { throw failure(timedOut: errno == EAGAIN || errno == EWOULDBLOCK) }
            offset += written
        }
    }

    /// Appends what arrives to `buffer`; false when the peer has closed.
    func read(into buffer: inout Data, deadline: ContinuousClock.Instant) throws(NetworkError) -> Bool {
        guard ContinuousClock.now < deadline else { throw .timedOut }
        setTimeouts(deadline)
        var chunk = [UInt8](repeating: 0, count: 16384)
        let count: Int = chunk.withUnsafeMutableBytes { raw in
            if let ssl { return Int(SSL_read(ssl, raw.baseAddress, Int32(raw.count))) }
            return recv(fd, raw.baseAddress, raw.count, 0)
        }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
        if count == 0 || (ssl != nil && SSL_get_error(ssl, Int32(count)) == SSL_ERROR_ZERO_RETURN) {
            if isAborted { throw .cancelled }
            return false
        }
        throw failure(timedOut: errno == EAGAIN || errno == EWOULDBLOCK)
    }

    /// From another thread: make any blocked call return now.
    func abort() {
        lock.withLock { aborted = true }
        shutdown(fd, Int32(SHUT_RDWR))
    }

    private var isAborted: Bool { lock.withLock { aborted } }

    private func failure(timedOut: Bool) -> NetworkError {
        if isAborted { return .cancelled }
        return timedOut ? .timedOut : .connectionLost(String(cString: strerror(errno)))
    }

    private func setTimeouts(_ deadline: ContinuousClock.Instant) {
        let ms = max(1, Int(Self.milliseconds(until: deadline)))
        var value = timeval(tv_sec: ms / 1000, tv_usec: (ms % 1000) * 1000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let left = deadline - ContinuousClock.now
        let ms = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, ms))
    }

    static func openSSLError() -> String {
        let code = ERR_get_error()
        guard code != 0 else { return "handshake failed" }
        var text = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &text, text.count)
        return String(cString: text)
    }
}
