/// Sends one HTTP request. The seam between the JSON protocol and the network:
/// SocketTransport in the product, a scripted stand-in in the retry tests.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws(NetworkError) -> HTTPResponse
}
