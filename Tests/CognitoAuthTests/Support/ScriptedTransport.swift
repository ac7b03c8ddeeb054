import Foundation
@testable import CognitoAuth

/// A transport that answers from a script, for the client's retry rules and
/// the flow's recovery paths (the real exchange is tested against the emulator).
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    enum Step { case answer(Int, String), fail(NetworkError) }
    private let lock = NSLock()
    private var steps: [Step]
    private(set) var requests: [HTTPRequest] = []
    init(_ steps: [Step]) { self.steps = steps }

    func send(_ request: HTTPRequest) async throws(NetworkError) -> HTTPResponse {
        let step: Step = lock.withLock {
            requests.append(request)
            return steps.removeFirst()
        }
        switch step {
        case .fail(let error): throw error
        case .answer(let status, let body): return HTTPResponse(status: status, body: Data(body.utf8))
        }
    }

    /// The X-Amz-Target operations sent, in order.
    var operations: [String] { lock.withLock { requests.compactMap { $0.header("X-Amz-Target")?.components(separatedBy: ".").last } } }
}
