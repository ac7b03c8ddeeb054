import Foundation
import Testing
@testable import CognitoAuth

/// Proxies as the environment names them, read and spoken by curl: HTTP
/// CONNECT, an https:// proxy (the credentials travel inside its TLS), an
/// IPv6 target, no_proxy.
@Suite(.serialized) struct CurlTransportProxyTests {
    func post(_ url: String, _ environment: [String: String]) async throws(NetworkError) -> HTTPResponse {
        try await TLSPeer.post(url, via: CurlTransport(environment: environment))
    }

    enum Route: CaseIterable, Sendable {
        /// HTTP CONNECT, with credentials.
        case connect
        /// The proxy tunnels only to "[2001:db8::1]" (always to the local echo
        /// server); unbracketed, the authority would be ambiguous and refused.
        case ipv6Target
        /// The TLS proxy speaks nothing but TLS: a plain-text CONNECT (and its
        /// Proxy-Authorization) would fail the handshake instead of answering.
        case httpsProxy
    }

    @Test(arguments: Route.allCases)
    func reachesTheServiceThrough(_ route: Route) async throws {
        let peer = try TLSPeer.shared.get()
        let (url, variable, proxy) = switch route {
        case .connect: ("https://cognito.test:\(peer.https)/", "https_proxy", "http://user:pw@127.0.0.1:\(peer.proxy)")
        case .ipv6Target: ("https://[2001:db8::1]:\(peer.https)/", "HTTPS_PROXY", "http://127.0.0.1:\(peer.proxy)")
        case .httpsProxy: ("https://cognito.test:\(peer.https)/", "https_proxy", "https://user:pw@localhost:\(peer.tlsProxy)")
        }
        let response = try await post(url, peer.trusting([variable: proxy]))
        #expect(response.status == 200)
    }

    @Test func anHTTPSProxyRefusingTheCredentialsCannotConnect() async throws {
        let peer = try TLSPeer.shared.get()
        do {
            _ = try await post("https://cognito.test:\(peer.https)/", peer.trusting([
                "https_proxy": "https://user:wrong@localhost:\(peer.tlsProxy)",
            ]))
            Issue.record("the proxy let a wrong password through")
        } catch {
            #expect(error == .cannotConnect("the proxy refused the tunnel (HTTP 407)"))
        }
    }

    @Test func anHTTPSProxyWithAnUntrustedCertificateIsRefused() async throws {
        let peer = try TLSPeer.shared.get()
        do {
            _ = try await post("https://cognito.test:\(peer.https)/", [
                "https_proxy": "https://user:pw@localhost:\(peer.tlsProxy)",
            ])
            Issue.record("an untrusted proxy was used")
        } catch {
            #expect(error == .certificate(host: "localhost", .unknownAuthority))
        }
    }

    @Test func noProxyAndLoopbackGoDirect() async throws {
        let peer = try TLSPeer.shared.get()
        // A proxy that does not exist: used, it would fail.
        let dead = "http://127.0.0.1:9"
        let direct = try await post("https://localhost:\(peer.https)/", peer.trusting(["https_proxy": dead]))
        #expect(direct.status == 200)
        let environment = CurlEnvironment(["https_proxy": dead, "no_proxy": "cognito.test"])
        #expect(environment.proxy(for: URL(string: "https://localhost/")!) == "")
        #expect(environment.proxy(for: URL(string: "https://cognito-idp.eu-west-1.amazonaws.com/")!) == dead)
        #expect(environment.noProxy == "cognito.test")
        #expect(CurlEnvironment(["HTTPS_PROXY": dead]).proxy(for: URL(string: "https://example.com/")!) == dead)
        #expect(CurlEnvironment(["HTTP_PROXY": dead]).proxy(for: URL(string: "http://example.com/")!) == "",
                "HTTP_PROXY is settable by CGI callers; curl ignores it")
    }
}
