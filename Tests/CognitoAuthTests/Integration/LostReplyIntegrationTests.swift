import Foundation
import Testing
@testable import CognitoAuth

/// Lost replies against the emulator: the answer reaches the service (or not),
/// the reply is lost, and the flow finds out by signing in again with SRP.
@Suite(.serialized) struct LostReplyIntegrationTests {
    static let temporary = "Temp#Pass123"
    static let chosen = "N3w!Password"

    /// Passes requests to the emulator, except that the first request whose
    /// body contains `marker` is sent (or not, `deliver`) and its reply lost.
    final class ReplyLosingTransport: HTTPTransport, @unchecked Sendable {
        let inner: HTTPTransport
        let marker: String
        let deliver: Bool
        private let lock = NSLock()
        private var lost = false

        init(_ inner: HTTPTransport, losing marker: String, deliver: Bool) {
            self.inner = inner
            self.marker = marker
            self.deliver = deliver
        }

        func send(_ request: HTTPRequest) async throws(NetworkError) -> HTTPResponse {
            let hit = lock.withLock {
                guard !lost, String(decoding: request.body, as: UTF8.self).contains(marker) else { return false }
                lost = true
                return true
            }
            guard hit else { return try await inner.send(request) }
            if deliver { _ = try await inner.send(request) }
            throw .connectionLost("Connection reset by peer")
        }
    }

    let emulator: Emulator
    init() throws { emulator = try Emulator.shared.get() }

    func flow(_ app: AppClient, losing marker: String, deliver: Bool) -> SignInFlow {
        let transport = ReplyLosingTransport(CurlTransport(), losing: marker, deliver: deliver)
        return SignInFlow(client: CognitoClient(endpoint: emulator.endpoint, retry: .never, transport: transport), app: app)
    }

    @Test(arguments: [true, false])
    func aLostPasswordChangeEndsSignedInWithTheNewPassword(delivered: Bool) async throws {
        let app = try await emulator.makePool()
        try await emulator.createUser(app, "ada", temporaryPassword: Self.temporary)
        let flow = flow(app, losing: "NEW_PASSWORD\"", deliver: delivered)
        _ = try await flow.start(username: "ada", password: Self.temporary.secret)
        guard case .signedIn = try await flow.answerNewPassword(Self.chosen.secret, attributes: [:]) else {
            Issue.record("not signed in"); return
        }
        #expect(await flow.takeSettledLostReply() == (delivered ? .passwordChanged : nil))
        #expect(try await emulator.user(app, "ada").status == "CONFIRMED")
        guard case .signedIn = try await SignInFlow(client: emulator.client, app: app).start(username: "ada", password: Self.chosen.secret) else {
            Issue.record("the new password does not sign in"); return
        }
    }
}
