import Foundation
@testable import CognitoAuth

/// Fixtures/tls_peer.py in a child process, shared by the transport tests:
/// its ports (see the script for what each serves) and its CA file.
final class TLSPeer: @unchecked Sendable {
    let https, wrongName, expired, silent, proxy, tlsProxy, hostile: Int
    let ca: String
    private let child: ChildProcess

    private init() throws {
        // Its certificates come from Resources/bench/certificates.py, shared with the benchmarks' relay.
        let child = try ChildProcess(arguments: [Fixtures.url("tls_peer.py").path], environment: [
            "PYTHONPATH": Fixtures.packageRoot.appendingPathComponent("Resources/bench").path,
        ])
        self.child = child
        func port(_ key: String) -> Int { child.ready[key] as! Int }
        https = port("https")
        wrongName = port("wrongname")
        expired = port("expired")
        silent = port("silent")
        proxy = port("proxy")
        tlsProxy = port("tlsproxy")
        hostile = port("hostile")
        ca = child.ready["ca"] as! String
    }

    static let shared: Result<TLSPeer, any Error> = Result { try TLSPeer() }

    /// The environment that trusts the peer's certificates, plus `extra`.
    func trusting(_ extra: [String: String] = [:]) -> [String: String] {
        extra.merging(["SSL_CERT_FILE": ca]) { a, _ in a }
    }

    /// What the echo server says about a request.
    struct Echo: Decodable {
        let target: String?
        let length: Int
        let connection: Int
    }

    static func post(_ url: String, via transport: CurlTransport, timeout: Duration = .seconds(5)) async throws(NetworkError) -> HTTPResponse {
        try await transport.send(HTTPRequest(
            url: URL(string: url)!, headers: [("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth")],
            body: Data("{}".utf8), timeout: timeout))
    }

    static func echo(_ response: HTTPResponse) throws -> Echo {
        try JSONDecoder().decode(Echo.self, from: response.body)
    }
}
