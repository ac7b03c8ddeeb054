import Foundation
import Testing
@testable import CognitoAuth

/// The HTTPS transport against a real TLS peer on loopback (Fixtures/tls_peer.py):
/// certificate checks, chunked bodies, timeouts, cancellation, a CONNECT proxy.
@Suite(.serialized) struct SocketTransportTests {
    final class Peer: @unchecked Sendable {
        let https: Int, silent: Int, proxy: Int
        let ca: String
        private let child: ChildProcess

        init() throws {
            child = try ChildProcess(arguments: [Fixtures.url("tls_peer.py").path])
            https = child.ready["https"] as! Int
            silent = child.ready["silent"] as! Int
            proxy = child.ready["proxy"] as! Int
            ca = child.ready["ca"] as! String
        }
    }

    static let peer: Result<Peer, any Error> = Result { try Peer() }

    func post(_ url: String, environment: [String: String], timeout: Duration = .seconds(5)) async throws(NetworkError) -> HTTPResponse {
        try await SocketTransport(environment: environment).send(HTTPRequest(
            url: URL(string: url)!, headers: [("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth")],
            body: Data("{}".utf8), timeout: timeout))
    }

    @Test func tlsWithTheRightCertificateAuthority() async throws {
        let peer = try Self.peer.get()
        for path in ["/", "/chunked"] {
            let response = try await post("https://localhost:\(peer.https)\(path)", environment: ["SSL_CERT_FILE": peer.ca])
            #expect(response.status == 200)
            let echo = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
            #expect(echo?["target"] as? String == "AWSCognitoIdentityProviderService.InitiateAuth")
            #expect(echo?["length"] as? Int == 2)
        }
        let byAddress = try await post("https://127.0.0.1:\(peer.https)/", environment: ["SSL_CERT_FILE": peer.ca])
        #expect(byAddress.status == 200, "an IP address is checked against the certificate's IP names")
    }

    @Test func anUntrustedCertificateIsRefused() async throws {
        let peer = try Self.peer.get()
        do {
            _ = try await post("https://localhost:\(peer.https)/", environment: [:])
            Issue.record("a self-signed certificate was accepted")
        } catch {
            guard case .secureConnectionFailed = error else { Issue.record("\(error)"); return }
        }
    }

    @Test func aSilentServerTimesOut() async throws {
        let peer = try Self.peer.get()
        let started = ContinuousClock.now
        await #expect(throws: NetworkError.timedOut) {
            _ = try await post("http://127.0.0.1:\(peer.silent)/", environment: [:], timeout: .milliseconds(500))
        }
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    @Test func cancellingStopsARequestAtOnce() async throws {
        let peer = try Self.peer.get()
        let task = Task { () async throws(NetworkError) -> HTTPResponse in
            try await post("http://127.0.0.1:\(peer.silent)/", environment: [:], timeout: .seconds(30))
        }
        try await Task.sleep(for: .milliseconds(200))
        let started = ContinuousClock.now
        task.cancel()
        await #expect(throws: NetworkError.cancelled) { _ = try await task.value }
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func throughAConnectProxy() async throws {
        let peer = try Self.peer.get()
        let response = try await post("https://cognito.test:\(peer.https)/", environment: [
            "SSL_CERT_FILE": peer.ca, "https_proxy": "http://user:pw@127.0.0.1:\(peer.proxy)",
        ])
        #expect(response.status == 200)
    }

    @Test func nothingListeningIsCannotConnect() async {
        do {
            _ = try await post("http://127.0.0.1:9/", environment: [:])
            Issue.record("a closed port answered")
        } catch {
            #expect(error.failedBeforeSending)
        }
    }
}
