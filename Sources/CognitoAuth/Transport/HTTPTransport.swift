import FoundationEssentials

/// Sends one HTTP request. The seam between the JSON protocol and the network:
/// CurlTransport in the product, a scripted stand-in in the retry tests.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws(NetworkError) -> HTTPResponse

    /// Opens the connection to `url` in the background, so that the first real
    /// request pays no DNS, TCP or TLS round trips. Returns at once; failures
    /// are ignored (the real request reports them).
    func warmUp(_ url: URL)
}

extension HTTPTransport {
    /// Transports without a connection to keep have nothing to warm.
    public func warmUp(_ url: URL) {}
}
