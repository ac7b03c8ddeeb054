import Foundation
@testable import CognitoAuth

/// The local Cognito emulator (Resources/emulator) in a child process on a free
/// loopback port. It exits when this process goes away: it reads our end of a
/// pipe and stops when that closes.
final class Emulator: @unchecked Sendable {
    let endpoint: URL
    private let child: ChildProcess

    /// One emulator for every test that does not need its own settings.
    static let shared: Result<Emulator, any Error> = Result { try Emulator() }

    init(sessionTTL: Double? = nil) throws {
        child = try ChildProcess(
            arguments: ["-m", "cognito_emulator", "--exit-on-stdin-eof"] + (sessionTTL.map { ["--session-ttl", "\($0)"] } ?? []),
            environment: ["PYTHONPATH": Fixtures.packageRoot.appendingPathComponent("Resources/emulator").path])
        guard let text = child.ready["endpoint"] as? String, let url = URL(string: text) else {
            throw NSError(domain: "emulator did not start", code: 1)
        }
        endpoint = url
    }

    var client: CognitoClient { CognitoClient(endpoint: endpoint, retry: .never) }

    /// An administrator call (the emulator, like moto, does not check signatures).
    @discardableResult
    func admin(_ operation: String, _ request: JSONValue) async throws -> JSONValue {
        try await client.call(Operation(operation, isRepeatable: false), body: request.encoded())
    }

    /// A pool with the given required attributes, policy and app-client settings.
    func makePool(
        required: [String] = [], policy: JSONValue? = nil, client: [String: JSONValue] = [:], schema extra: [JSONValue] = []
    ) async throws -> AppClient {
        var schema: [JSONValue] = required.map { ["Name": .string($0), "AttributeDataType": "String", "Required": true, "Mutable": true] }
        for name in ["email", "phone_number", "birthdate", "name", "given_name"] where !required.contains(name) {
            schema.append(["Name": .string(name), "AttributeDataType": "String", "Required": false, "Mutable": true])
        }
        var request: [String: JSONValue] = ["PoolName": "test pool", "Schema": .array(schema + extra)]
        if let policy { request["Policies"] = ["PasswordPolicy": policy] }
        let pool = try await admin("CreateUserPool", .object(request))
        let poolId = pool["UserPool"]?["Id"]?.string ?? ""
        var clientRequest = client
        clientRequest["UserPoolId"] = .string(poolId)
        clientRequest["ClientName"] = "app"
        let made = try await admin("CreateUserPoolClient", .object(clientRequest))
        return AppClient(
            userPoolId: poolId, clientId: made["UserPoolClient"]?["ClientId"]?.string ?? "",
            clientSecret: made["UserPoolClient"]?["ClientSecret"]?.string)
    }

    func createUser(_ app: AppClient, _ username: String, temporaryPassword: String, attributes: [String: String] = [:]) async throws {
        let attrs: [JSONValue] = attributes.sorted { $0.key < $1.key }.map { ["Name": .string($0.key), "Value": .string($0.value)] }
        try await admin("AdminCreateUser", [
            "UserPoolId": .string(app.userPoolId), "Username": .string(username),
            "TemporaryPassword": .string(temporaryPassword), "UserAttributes": .array(attrs), "MessageAction": "SUPPRESS",
        ])
    }

    /// POST /_emulator/<name>: the emulator's settings the real API has no request for.
    func hook(_ name: String, _ request: JSONValue) async throws {
        let body = try JSONEncoder().encode(request)
        _ = try await CurlTransport().send(HTTPRequest(url: endpoint.appendingPathComponent("_emulator/\(name)"), body: body))
    }

    /// The codes the emulator "sent" by SMS or email to `username` for `purpose`, oldest first.
    func outbox(_ username: String, _ purpose: String) async throws -> [String] {
        let answer = try await CurlTransport().send(HTTPRequest(url: endpoint.appendingPathComponent("_emulator/outbox"), method: "GET"))
        let sent = try JSONDecoder().decode([JSONValue].self, from: answer.body)
        return sent.filter { $0["username"]?.string == username && $0["purpose"]?.string == purpose }.compactMap { $0["code"]?.string }
    }

    /// Status and attributes, read back with AdminGetUser.
    func user(_ app: AppClient, _ username: String) async throws -> (status: String, attributes: [String: String]) {
        let got = try await admin("AdminGetUser", ["UserPoolId": .string(app.userPoolId), "Username": .string(username)])
        var attributes: [String: String] = [:]
        for a in got["UserAttributes"]?.array ?? [] {
            if let n = a["Name"]?.string, let v = a["Value"]?.string { attributes[n] = v }
        }
        return (got["UserStatus"]?.string ?? "", attributes)
    }
}
