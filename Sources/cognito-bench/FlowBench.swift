import CognitoAuth
import Foundation

/// `cognito-bench flow ENDPOINT POOL_ID CLIENT_ID USERNAME`: a first sign-in
/// with TOTP setup through CognitoAuth's SignInFlow, as the wizard makes it,
/// timing only what the person waits for.
///
/// Secrets never come from the arguments or the environment: standard input
/// gives the temporary password, then the new password (one a line; the
/// moment they are read stands for Enter on the sign-in screen). Standard
/// output then gives {"secret": ...}; the next input line is the code for it.
/// Last, one JSON line: the seconds waited per step, their sum, and the TCP
/// connections the transport opened. Driven by Resources/bench/network_bench.py.
enum FlowBench {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(endpoint: URL, userPoolId: String, clientId: String, username: String) async throws {
        let transport = CurlTransport()
        let client = CognitoClient(endpoint: endpoint, transport: transport)
        client.warmUp()
        guard let temporary = readLine(), let chosen = readLine() else { throw Failure(description: "no passwords on stdin") }
        let flow = SignInFlow(client: client, app: AppClient(userPoolId: userPoolId, clientId: clientId))
        var waits: [String: Double] = [:]
        func timed<T>(_ name: String, _ body: () async throws -> T) async rethrows -> T {
            let started = ContinuousClock.now
            defer { waits[name] = Seconds.of(ContinuousClock.now - started) }
            return try await body()
        }
        let first = try await timed("sign-in") { try await flow.start(username: username, password: SecretBytes(copying: temporary)) }
        guard case .newPasswordRequired = first else { throw Failure(description: "expected NEW_PASSWORD_REQUIRED, got \(first)") }
        let second = try await timed("new password") { try await flow.answerNewPassword(SecretBytes(copying: chosen), attributes: [:]) }
        guard case .mfaSetup(let kinds) = second, kinds.contains(.totp) else {
            throw Failure(description: "expected MFA_SETUP with TOTP, got \(second)")
        }
        let secret = try await timed("associate") { try await flow.associateSoftwareToken() }
        // The bench's driver needs the secret to compute codes (a test pool's).
        let line = try secret.withUTF8String { try JSONSerialization.data(withJSONObject: ["secret": $0]) }
        FileHandle.standardOutput.write(line + Data("\n".utf8))
        guard let code = readLine() else { throw Failure(description: "no code on stdin") }
        let last = try await timed("verify") { try await flow.verifySoftwareToken(code: code, deviceName: "bench") }
        guard case .signedIn = last else { throw Failure(description: "expected tokens, got \(last)") }
        let report: [String: Any] = [
            "waits": waits, "waiting": waits.values.reduce(0, +), "connections": transport.connectionsOpened,
        ]
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: report) + Data("\n".utf8))
    }
}
