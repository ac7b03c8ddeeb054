import CCurl
import Foundation
import Testing
@testable import CognitoAuth

/// The HTTPS transport against a real TLS peer on loopback (Fixtures/tls_peer.py):
/// certificate checks, chunked bodies, timeouts, cancellation, refusals
/// before sending.
@Suite(.serialized) struct CurlTransportTests {
    func post(_ url: String, environment: [String: String], timeout: Duration = .seconds(5)) async throws(NetworkError) -> HTTPResponse {
        try await TLSPeer.post(url, via: CurlTransport(environment: environment), timeout: timeout)
    }

    /// The error `body` ends in (a success is recorded as an issue).
    func failure(_ body: () async throws(NetworkError) -> HTTPResponse) async -> NetworkError? {
        do {
            let response = try await body()
            Issue.record("expected a failure, got HTTP \(response.status)")
            return nil
        } catch {
            return error
        }
    }

    @Test func tlsWithTheRightCertificateAuthority() async throws {
        let peer = try TLSPeer.shared.get()
        for path in ["/", "/chunked"] {
            let response = try await post("https://localhost:\(peer.https)\(path)", environment: peer.trusting())
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/x-amz-json-1.1")
            let echo = try TLSPeer.echo(response)
            #expect(echo.target == "AWSCognitoIdentityProviderService.InitiateAuth")
            #expect(echo.length == 2)
        }
        let byAddress = try await post("https://127.0.0.1:\(peer.https)/", environment: peer.trusting())
        #expect(byAddress.status == 200, "an IP address is checked against the certificate's IP names")
    }

    @Test func anUntrustedCertificateIsAnUnknownAuthority() async throws {
        let peer = try TLSPeer.shared.get()
        let error = await failure { () throws(NetworkError) in try await post("https://localhost:\(peer.https)/", environment: [:]) }
        #expect(error == .certificate(host: "localhost", .unknownAuthority))
        #expect(error?.failedBeforeSending == false, "retrying does not fix a certificate")
    }

    @Test(arguments: ["localhost", "127.1", "2130706433", "127.0.0.1"])
    func aCertificateForAnotherNameIsRefused(host: String) async throws {
        let peer = try TLSPeer.shared.get()
        let error = await failure { () throws(NetworkError) in
            try await post("https://\(host):\(peer.wrongName)/", environment: peer.trusting())
        }
        #expect(error == .certificate(host: host, .wrongName))
    }

    @Test func anExpiredCertificateIsRefused() async throws {
        let peer = try TLSPeer.shared.get()
        let error = await failure { () throws(NetworkError) in
            try await post("https://localhost:\(peer.expired)/", environment: peer.trusting())
        }
        #expect(error == .certificate(host: "localhost", .expired))
    }

    @Test func aSilentServerTimesOut() async throws {
        let peer = try TLSPeer.shared.get()
        let started = ContinuousClock.now
        await #expect(throws: NetworkError.timedOut) {
            _ = try await post("http://127.0.0.1:\(peer.silent)/", environment: [:], timeout: .milliseconds(500))
        }
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    @Test func aStalledTLSHandshakeIsSafeToRetry() async throws {
        // The silent server accepts TCP and never answers the ClientHello.
        let peer = try TLSPeer.shared.get()
        let error = await failure { () throws(NetworkError) in
            try await post("https://127.0.0.1:\(peer.silent)/", environment: [:], timeout: .milliseconds(500))
        }
        #expect(error?.failedBeforeSending == true, "\(String(describing: error))")
    }

    @Test func cancellingStopsARequestWithinASecond() async throws {
        let peer = try TLSPeer.shared.get()
        let task = Task { () async throws(NetworkError) -> HTTPResponse in
            try await post("http://127.0.0.1:\(peer.silent)/", environment: [:], timeout: .seconds(30))
        }
        try await Task.sleep(for: .milliseconds(200))
        let started = ContinuousClock.now
        task.cancel()
        await #expect(throws: NetworkError.cancelled) { _ = try await task.value }
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func nothingListeningIsARefusedConnection() async {
        let error = await failure { () throws(NetworkError) in try await post("http://127.0.0.1:9/", environment: [:]) }
        #expect(error == .connectionRefused(host: "127.0.0.1"))
        #expect(error?.failedBeforeSending == true, "retries depend on it")
    }

    @Test func anUnresolvableNameIsItsOwnErrorAndSafeToRetry() throws {
        // Mapped, not looked up: tests send nothing beyond loopback.
        let outcome = CurlHandle.Outcome(
            code: CURLE_COULDNT_RESOLVE_HOST, message: "Could not resolve host", status: 0, connectsOpened: 0,
            verifyResult: 0, proxyVerifyResult: 0, osErrno: 0, connectStatus: 0, startedSending: false)
        let error = CurlFailure.error(outcome, CurlExchange(cancellation: Cancellation()),
                                      url: URL(string: "https://cognito-idp.nowhere.invalid/")!, proxy: "")
        #expect(error == .nameNotResolved(host: "cognito-idp.nowhere.invalid"))
        #expect(error.failedBeforeSending)
    }

    @Test(arguments: ["/a%0D%0AX-Injected:%201", "/%0A", "/a?b=%0D"])
    func controlCharactersInThePathAreRefusedBeforeSending(path: String) async throws {
        let peer = try TLSPeer.shared.get()
        let error = await failure { () throws(NetworkError) in
            try await post("https://localhost:\(peer.https)\(path)", environment: peer.trusting())
        }
        guard case .refusedRequest = error else { Issue.record("\(String(describing: error))"); return }
        #expect(error?.failedBeforeSending == false)
    }

    @Test func plainHTTPToAnotherMachineIsRefusedBeforeSending() async {
        let error = await failure { () throws(NetworkError) in try await post("http://cognito.test/", environment: [:]) }
        #expect(error == .refusedRequest("plain http to cognito.test"))
    }
}
