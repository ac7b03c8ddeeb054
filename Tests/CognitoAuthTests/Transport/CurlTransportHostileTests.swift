import Foundation
import Testing
@testable import CognitoAuth

/// Answers that break the rules, from the peer's hostile server: each ends in
/// a clear error, quickly, with no crash and without reading past the limits.
/// (The hand-written client this replaced crashed on the first four.)
@Suite(.serialized) struct CurlTransportHostileTests {
    enum Expected { case malformed, tooLarge }

    static let cases: [(String, Expected)] = [
        ("/content-length-negative", .malformed),
        ("/chunk-negative", .malformed),
        ("/chunk-huge", .tooLarge),
        ("/content-length-huge", .tooLarge),
        ("/content-length-gigabyte", .tooLarge),
        ("/gigabyte-unannounced", .tooLarge),
        ("/gigabyte-chunked", .tooLarge),
        ("/endless-header", .malformed),
        ("/many-headers", .malformed),
        ("/not-http", .malformed),
    ]

    @Test(arguments: cases)
    func endsInAClearErrorQuickly(path: String, expected: Expected) async throws {
        let peer = try TLSPeer.shared.get()
        let started = ContinuousClock.now
        do {
            let response = try await TLSPeer.post("http://127.0.0.1:\(peer.hostile)\(path)", via: CurlTransport(environment: [:]))
            Issue.record("\(path) answered HTTP \(response.status) with \(response.body.count) bytes")
        } catch {
            switch (expected, error) {
            case (.malformed, .invalidResponse), (.tooLarge, .responseTooLarge(host: "127.0.0.1", limit: 1 << 20)):
                break
            default:
                Issue.record("\(path): \(error)")
            }
            #expect(!error.failedBeforeSending)
        }
        // The error's kind shows a limit stopped it, not the 5 s timeout; this bound
        // only catches a slow loop (generous: CI machines are shared).
        #expect(ContinuousClock.now - started < .seconds(4), "\(path) took too long")
    }
}
