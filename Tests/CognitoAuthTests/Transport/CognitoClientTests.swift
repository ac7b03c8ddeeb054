import Foundation
import Testing
@testable import CognitoAuth

/// The client's request shape and its retry rules, against a scripted transport.
/// (The real exchange is tested against the emulator in Integration/.)
@Suite struct CognitoClientTests {
    struct Empty: Decodable, JSONBody {
        func writeMembers(to json: inout JSONBodyWriter) {}
    }

    func client(_ transport: ScriptedTransport) -> CognitoClient {
        CognitoClient(endpoint: URL(string: "http://127.0.0.1:1/")!, transport: transport, sleep: { _ in })
    }

    @Test func sendsAWSJSON11() async throws {
        let transport = ScriptedTransport([.answer(200, "{}")])
        let _: Empty = try await client(transport).call(.initiateAuth, Empty())
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(request.header("X-Amz-Target") == "AWSCognitoIdentityProviderService.InitiateAuth")
        #expect(request.timeout == .seconds(15))
    }

    @Test func retriesThrottlingEvenForAnswers() async throws {
        let transport = ScriptedTransport([.answer(400, #"{"__type":"TooManyRequestsException","message":"slow"}"#), .answer(200, "{}")])
        let _: Empty = try await client(transport).call(.respondToAuthChallenge, Empty())
        #expect(transport.requests.count == 2)
    }

    @Test func retriesAConnectionThatNeverOpened() async throws {
        let transport = ScriptedTransport([.fail(.cannotConnect("refused")), .answer(200, "{}")])
        let _: Empty = try await client(transport).call(.respondToAuthChallenge, Empty())
        #expect(transport.requests.count == 2)
    }

    @Test func neverRetriesAnAnswerTheServiceMayHaveTaken() async {
        for step in [ScriptedTransport.Step.answer(500, #"{"__type":"InternalErrorException","message":"x"}"#), .fail(.timedOut),
                     .fail(.connectionLost("reset"))] {
            let transport = ScriptedTransport([step, .answer(200, "{}")])
            await #expect(throws: AuthError.self) {
                let _: Empty = try await client(transport).call(.respondToAuthChallenge, Empty())
            }
            #expect(transport.requests.count == 1)
        }
    }

    @Test func retriesServerFaultsOfRepeatableCalls() async throws {
        let transport = ScriptedTransport([.answer(500, #"{"__type":"InternalErrorException","message":"x"}"#), .fail(.timedOut), .answer(200, "{}")])
        let _: Empty = try await client(transport).call(.initiateAuth, Empty())
        #expect(transport.requests.count == 3)
    }

    @Test func givesUpAfterMaxAttempts() async {
        let transport = ScriptedTransport(Array(repeating: .fail(.cannotConnect("x")), count: 3))
        await #expect(throws: AuthError.network(.cannotConnect("x"))) {
            let _: Empty = try await client(transport).call(.initiateAuth, Empty())
        }
        #expect(transport.requests.count == 3)
    }

    @Test func serviceErrorsAreNotNetworkErrors() async {
        let transport = ScriptedTransport([.answer(400, #"{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"#)])
        await #expect(throws: AuthError.service(ServiceError(name: .notAuthorized, message: "Incorrect username or password."))) {
            let _: Empty = try await client(transport).call(.initiateAuth, Empty())
        }
    }

    @Test func jitterStaysWithinTheCap() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(100), maxDelay: .milliseconds(300))
        #expect(policy.delay(beforeAttempt: 1, random: 1) == .milliseconds(100))
        #expect(policy.delay(beforeAttempt: 2, random: 1) == .milliseconds(200))
        #expect(policy.delay(beforeAttempt: 4, random: 1) == .milliseconds(300))
        #expect(policy.delay(beforeAttempt: 4, random: 0) == .zero)
    }

    @Test func aRealRefusedConnectionIsCannotConnect() async {
        // Port 9 on loopback: nothing listens (discard is not run here).
        let client = CognitoClient(endpoint: URL(string: "http://127.0.0.1:9/")!, retry: .never)
        do {
            let _: Empty = try await client.call(.initiateAuth, Empty())
            Issue.record("a closed port answered")
        } catch {
            guard case .network(let network) = error, network.failedBeforeSending else {
                Issue.record("expected a connection failure before sending, got \(error)"); return
            }
        }
    }
}
