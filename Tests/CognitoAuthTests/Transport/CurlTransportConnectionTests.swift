import Foundation
import Testing
@testable import CognitoAuth

/// One connection for the whole run: requests reuse it, the warm-up opens it,
/// and a connection the server closed while idle is replaced quietly.
@Suite(.serialized) struct CurlTransportConnectionTests {
    @Test func severalRequestsRideOneConnection() async throws {
        let peer = try TLSPeer.shared.get()
        let transport = CurlTransport(environment: peer.trusting())
        var connections: Set<Int> = []
        for _ in 0..<4 {
            connections.insert(try TLSPeer.echo(try await TLSPeer.post("https://localhost:\(peer.https)/", via: transport)).connection)
        }
        #expect(connections.count == 1)
        #expect(transport.connectionsOpened == 1)
    }

    @Test func theWarmUpOpensTheConnectionTheFirstRequestUses() async throws {
        let peer = try TLSPeer.shared.get()
        let transport = CurlTransport(environment: peer.trusting())
        let client = CognitoClient(endpoint: URL(string: "https://localhost:\(peer.https)/")!, transport: transport)
        client.warmUp()
        // The handshake runs in the background: wait for it (a loaded
        // machine can take longer than any fixed pause), up to 10 s.
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        while transport.connectionsOpened == 0, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(transport.connectionsOpened == 1, "the warm-up connected")
        let first = try TLSPeer.echo(try await TLSPeer.post("https://localhost:\(peer.https)/", via: transport))
        let second = try TLSPeer.echo(try await TLSPeer.post("https://localhost:\(peer.https)/", via: transport))
        #expect(first.connection == second.connection)
        #expect(transport.connectionsOpened == 1, "no new connection after the warm-up")
    }

    @Test func aConnectionTheServerClosedWhileIdleIsReplacedQuietly() async throws {
        let peer = try TLSPeer.shared.get()
        let transport = CurlTransport(environment: peer.trusting())
        let before = try TLSPeer.echo(try await TLSPeer.post("https://localhost:\(peer.https)/close-when-idle", via: transport))
        try await Task.sleep(for: .milliseconds(400))
        let after = try TLSPeer.echo(try await TLSPeer.post("https://localhost:\(peer.https)/", via: transport))
        #expect(before.connection != after.connection)
        #expect(transport.connectionsOpened == 2)
    }

    @Test func requestsFromManyTasksAreSerialisedOnTheOneConnection() async throws {
        let peer = try TLSPeer.shared.get()
        let transport = CurlTransport(environment: peer.trusting())
        let connections = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<6 {
                group.addTask { try TLSPeer.echo(try await TLSPeer.post("https://localhost:\(peer.https)/", via: transport)).connection }
            }
            return try await group.reduce(into: Set<Int>()) { $0.insert($1) }
        }
        #expect(connections.count == 1)
    }

    @Test func aStuckWarmUpGivesWayToTheRealRequest() async throws {
        let peer = try TLSPeer.shared.get()
        let transport = CurlTransport(environment: peer.trusting())
        transport.warmUp(URL(string: "http://127.0.0.1:\(peer.silent)/")!)
        try await Task.sleep(for: .milliseconds(300))
        let started = ContinuousClock.now
        let response = try await TLSPeer.post("https://localhost:\(peer.https)/", via: transport)
        #expect(response.status == 200)
        #expect(ContinuousClock.now - started < .seconds(3), "not held up to the warm-up's timeout")
    }
}
