import CCurl
import FoundationEssentials

/// One libcurl easy handle, kept for the whole run: curl keeps its connection
/// cache, TLS sessions and DNS answers in the handle, so every request after
/// the first rides the same connection. Used by one thread at a time
/// (CurlTransport's queue); `curl_easy_reset` before each request clears the
/// options but keeps the connections.
final class CurlHandle {
    /// What one `perform` left behind, read before the next request resets it.
    struct Outcome {
        var code: CURLcode
        /// curl's error text for this transfer, else the generic text of `code`.
        var message: String
        var status: Int
        /// New TCP connections this transfer opened (0 when it reused one).
        var connectsOpened: Int
        /// OpenSSL's X.509 verify result of the server's (and proxy's) certificate.
        var verifyResult: Int
        var proxyVerifyResult: Int
        /// The errno of a failed connect.
        var osErrno: Int32
        /// The proxy's answer to CONNECT, 0 when there was none.
        var connectStatus: Int
        /// Whether the request began to go out (curl's pre-transfer time is
        /// set once the connection, TLS included, is ready and sending starts).
        var startedSending: Bool

        var succeeded: Bool { code == CURLE_OK }
    }

    private let easy: UnsafeMutableRawPointer
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))

    /// Loads libcurl (on first use; see CCurl.h for why it is not linked).
    init() throws(NetworkError) {
        guard ccurl_load() == 0 else {
            throw .cannotConnect("cannot load libcurl: \(String(cString: ccurl_load_error()))")
        }
        guard let easy = ccurl_easy_init() else { throw .cannotConnect("curl_easy_init failed") }
        self.easy = easy
    }

    deinit {
        ccurl_easy_cleanup(easy)
        errorBuffer.deallocate()
    }

    /// Sends `request`, the answer going into `exchange`. Blocks until done.
    func perform(_ request: HTTPRequest, _ exchange: CurlExchange, environment: CurlEnvironment) throws(NetworkError) -> Outcome {
        ccurl_easy_reset(easy)
        errorBuffer[0] = 0
        var headers: UnsafeMutablePointer<curl_slist>?
        defer { ccurl_slist_free_all(headers) }
        // "Expect:" stops curl from waiting for a 100 Continue before a larger body.
        for line in request.headers.map({ "\($0.name): \($0.value)" }) + ["Expect:"] {
            headers = ccurl_slist_append(headers, line)
        }
        try configure(request, headers: headers, environment: environment)
        let user = Unmanaged.passUnretained(exchange).toOpaque()
        try set(CURLOPT_WRITEDATA, pointer: user)
        try set(CURLOPT_HEADERDATA, pointer: user)
        try set(CURLOPT_XFERINFODATA, pointer: user)
        try check(ccurl_setopt_write_callback(easy, CURLOPT_WRITEFUNCTION) { data, size, count, user in
            let exchange = Unmanaged<CurlExchange>.fromOpaque(user!).takeUnretainedValue()
            return exchange.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count)) ? size * count : 0
        })
        try check(ccurl_setopt_write_callback(easy, CURLOPT_HEADERFUNCTION) { data, size, count, user in
            let exchange = Unmanaged<CurlExchange>.fromOpaque(user!).takeUnretainedValue()
            return exchange.receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count)) ? size * count : 0
        })
        try check(ccurl_setopt_xferinfo_callback(easy) { user, _, _, _, _ in
            Unmanaged<CurlExchange>.fromOpaque(user!).takeUnretainedValue().cancellation.isCancelled ? 1 : 0
        })
        try set(CURLOPT_NOPROGRESS, 0)
        let code = try request.body.withUnsafeBytes { body in
            Result { () throws(NetworkError) -> CURLcode in
                if request.method == "POST" {
                    // POSTFIELDS, not COPYPOSTFIELDS: curl reads the caller's buffer
                    // during the transfer, so no copy of a body with a password in it
                    // is left in memory curl frees without wiping (the caller's
                    // buffer is wiped; see CognitoClient.encode).
                    try set(CURLOPT_POSTFIELDSIZE_LARGE, offset: curl_off_t(body.count))
                    try set(CURLOPT_POSTFIELDS, pointer: body.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start))
                }
                return withExtendedLifetime(exchange) { ccurl_easy_perform(easy) }
            }
        }.get()
        return outcome(code)
    }

    /// Everything but the callbacks. Verification is never turned off.
    private func configure(_ request: HTTPRequest, headers: UnsafeMutablePointer<curl_slist>?,
                           environment: CurlEnvironment) throws(NetworkError) {
        try set(CURLOPT_ERRORBUFFER, pointer: errorBuffer)
        try set(CURLOPT_NOSIGNAL, 1)
        try set(CURLOPT_URL, string: request.url.absoluteString)
        try set(CURLOPT_PROTOCOLS_STR, string: "http,https")
        try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
        switch request.method {
        case "POST": try set(CURLOPT_POST, 1)
        case "HEAD": try set(CURLOPT_NOBODY, 1)
        case "GET": break
        default: try set(CURLOPT_CUSTOMREQUEST, string: request.method)
        }
        try set(CURLOPT_HTTPHEADER, pointer: headers)
        try set(CURLOPT_SSL_VERIFYPEER, 1)
        try set(CURLOPT_SSL_VERIFYHOST, 2)
        try set(CURLOPT_PROXY_SSL_VERIFYPEER, 1)
        try set(CURLOPT_PROXY_SSL_VERIFYHOST, 2)
        try set(CURLOPT_SSLVERSION, Int(CURL_SSLVERSION_TLSv1_2))
        try set(CURLOPT_PROXY_SSLVERSION, Int(CURL_SSLVERSION_TLSv1_2))
        if environment.replacesAuthorities {
            for (file, directory) in [(CURLOPT_CAINFO, CURLOPT_CAPATH), (CURLOPT_PROXY_CAINFO, CURLOPT_PROXY_CAPATH)] {
                try set(file, string: environment.caFile)
                try set(directory, string: environment.caDirectory)
            }
        }
        try set(CURLOPT_PROXY, string: environment.proxy(for: request.url))
        try set(CURLOPT_NOPROXY, string: environment.noProxy)
        let total = Self.milliseconds(request.timeout)
        try set(CURLOPT_TIMEOUT_MS, total)
        try set(CURLOPT_CONNECTTIMEOUT_MS, min(total, 10_000))
        // Less than a byte a second for 10 s: the peer has stalled.
        try set(CURLOPT_LOW_SPEED_LIMIT, 1)
        try set(CURLOPT_LOW_SPEED_TIME, 10)
        try set(CURLOPT_MAXFILESIZE_LARGE, offset: curl_off_t(CurlExchange.bodyLimit))
        try set(CURLOPT_TCP_KEEPALIVE, 1)
    }

    private func outcome(_ code: CURLcode) -> Outcome {
        func long(_ info: CURLINFO) -> Int {
            var value = 0
            return ccurl_getinfo_long(easy, info, &value) == CURLE_OK ? value : 0
        }
        let text = String(cString: errorBuffer)
        var pretransfer: curl_off_t = 0
        _ = ccurl_getinfo_off_t(easy, CURLINFO_PRETRANSFER_TIME_T, &pretransfer)
        return Outcome(
            code: code, message: text.isEmpty ? String(cString: ccurl_easy_strerror(code)) : text,
            status: long(CURLINFO_RESPONSE_CODE), connectsOpened: long(CURLINFO_NUM_CONNECTS),
            verifyResult: long(CURLINFO_SSL_VERIFYRESULT), proxyVerifyResult: long(CURLINFO_PROXY_SSL_VERIFYRESULT),
            osErrno: Int32(truncatingIfNeeded: long(CURLINFO_OS_ERRNO)), connectStatus: long(CURLINFO_HTTP_CONNECTCODE),
            startedSending: pretransfer > 0)
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    private func set(_ option: CURLoption, _ value: Int) throws(NetworkError) {
        try check(ccurl_setopt_long(easy, option, value), option)
    }

    private func set(_ option: CURLoption, offset: curl_off_t) throws(NetworkError) {
        try check(ccurl_setopt_off_t(easy, option, offset), option)
    }

    private func set(_ option: CURLoption, pointer: UnsafeRawPointer?) throws(NetworkError) {
        try check(ccurl_setopt_pointer(easy, option, pointer), option)
    }

    /// curl copies string options, so the C string need not outlive the call.
    private func set(_ option: CURLoption, string: String?) throws(NetworkError) {
        guard let string else { return try set(option, pointer: nil) }
        try check(string.withCString { ccurl_setopt_pointer(easy, option, $0) }, option)
    }

    /// An option curl refuses fails the request: it may be one that keeps it safe.
    private func check(_ code: CURLcode, _ option: CURLoption? = nil) throws(NetworkError) {
        guard code != CURLE_OK else { return }
        throw .refusedRequest("curl refused option \(option.map { "\($0.rawValue)" } ?? "callback"): \(String(cString: ccurl_easy_strerror(code)))")
    }
}
