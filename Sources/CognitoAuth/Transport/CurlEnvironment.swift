import FoundationEssentials

/// What curl is told from the environment: the certificate authorities and
/// the proxy. Read from a dictionary rather than by curl itself from the
/// process, so that tests (and library users) can give each transport its own.
/// curl parses the values; nothing here takes a URL apart.
struct CurlEnvironment: Sendable {
    /// SSL_CERT_FILE / SSL_CERT_DIR, OpenSSL's own variables: when either is
    /// set they replace the system's authorities, as they do for OpenSSL.
    let caFile: String?
    let caDirectory: String?
    private let httpsProxy: String?
    private let httpProxy: String?
    /// `no_proxy` / `NO_PROXY`, curl's syntax (`*`, host suffixes, addresses, CIDR).
    let noProxy: String?

    init(_ environment: [String: String]) {
        func first(_ names: String...) -> String? {
            names.lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        }
        caFile = first("SSL_CERT_FILE")
        caDirectory = first("SSL_CERT_DIR")
        // The order curl reads them in: the lower-case name first; plain http
        // only from the lower-case name (HTTP_PROXY is settable by CGI callers).
        httpsProxy = first("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
        httpProxy = first("http_proxy", "all_proxy", "ALL_PROXY")
        noProxy = first("no_proxy", "NO_PROXY")
    }

    /// Whether the system's authorities are replaced.
    var replacesAuthorities: Bool { caFile != nil || caDirectory != nil }

    /// The proxy URL for `url` as curl's CURLOPT_PROXY takes it; "" for none.
    /// This machine is never reached through a proxy.
    func proxy(for url: URL) -> String {
        guard let host = url.host, !Endpoint.isLoopback(host) else { return "" }
        return (url.scheme?.lowercased() == "https" ? httpsProxy : httpProxy) ?? ""
    }
}
