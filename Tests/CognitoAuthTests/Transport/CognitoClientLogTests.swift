import Foundation
import InMemoryLogging
import Logging
import Testing
@testable import CognitoAuth

/// What the client tells the operator's journal: one warning per request that
/// failed for good, naming the operation, the endpoint and the cause, and
/// nothing that could be a secret.
@Suite struct CognitoClientLogTests {
    struct Empty: Decodable, JSONBody {
        func writeMembers(to json: inout JSONBodyWriter) {}
    }

    func call(_ steps: [ScriptedTransport.Step], endpoint: String = "https://user:pw@cognito-idp.eu-west-1.amazonaws.com/?x=1",
              operation: CognitoAuth.Operation = .initiateAuth) async -> [String] {
        var handler = InMemoryLogHandler()
        handler.logLevel = .notice
        let client = CognitoClient(endpoint: URL(string: endpoint)!, transport: ScriptedTransport(steps),
                                   logger: Logger(label: "test") { [handler] _ in handler }, sleep: { _ in })
        let _: Empty? = try? await client.call(operation, Empty())
        // "LEVEL message", for each line at notice or above.
        return handler.entries.map { "\($0.level) \($0.message)" }
    }

    @Test func aFailureIsOneLineWithTheEndpointAndTheCause() async {
        let lines = await call(Array(repeating: .fail(.connectionRefused(host: "cognito-idp.eu-west-1.amazonaws.com")), count: 3))
        #expect(lines == ["warning InitiateAuth to https://cognito-idp.eu-west-1.amazonaws.com/ failed: "
                          + "cognito-idp.eu-west-1.amazonaws.com refused the connection"],
                "the retries before it are not failures yet; user information and the query stay out")
    }

    @Test func aServiceErrorIsNamedNotQuoted() async {
        let lines = await call([.answer(400, #"{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"#)],
                               endpoint: "http://127.0.0.1:9229/", operation: .respondToAuthChallenge)
        #expect(lines == ["warning RespondToAuthChallenge to http://127.0.0.1:9229/ failed: NotAuthorizedException (HTTP 400)"])
    }

    @Test func successAndCancellationAreNotFailures() async {
        #expect(await call([.fail(.cannotConnect("refused")), .answer(200, "{}")]).isEmpty)
        #expect(await call([.fail(.cancelled)]).isEmpty)
    }

    @Test func anIPv6EndpointKeepsItsBrackets() {
        #expect(CognitoClient.display(URL(string: "http://[::1]:9229/")!) == "http://[::1]:9229/")
        #expect(CognitoClient.display(URL(string: "https://example.com")!) == "https://example.com/")
    }
}
