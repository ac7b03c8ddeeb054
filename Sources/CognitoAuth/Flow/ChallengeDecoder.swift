import FoundationEssentials

/// One answer of InitiateAuth or RespondToAuthChallenge, read without any
/// state of the flow: what comes next, and what the flow must keep for the
/// answer after it.
public struct DecodedChallenge: Equatable, Sendable {
    public let step: NextStep
    /// The challenge answered next (nil once signed in).
    public let challengeName: ChallengeName?
    /// The opaque session to send back with that answer.
    public let session: SecretBytes?
    /// The service's own name for the user (USERNAME / USER_ID_FOR_SRP), when given.
    public let username: String?
}

/// The service's JSON to the next step, as a pure function: the part of a
/// sign-in that reads untrusted bytes, so it can be fuzzed on its own (see
/// Tests/Fuzz) and used by the flow.
public enum ChallengeDecoder {
    public static func decode(_ body: Data) throws(AuthError) -> DecodedChallenge {
        let response: AuthResponse
        do { response = try JSONDecoder.secretReading(body).decode(AuthResponse.self, from: body) } catch {
            throw .network(.invalidResponse("the answer does not decode"))
        }
        return try decode(response)
    }

    static func decode(_ response: AuthResponse) throws(AuthError) -> DecodedChallenge {
        let p = response.ChallengeParameters
        let username = p["USERNAME"] ?? p["USER_ID_FOR_SRP"]
        if let tokens = response.AuthenticationResult {
            return DecodedChallenge(step: .signedIn(tokens), challengeName: nil, session: nil, username: username)
        }
        guard let name = response.ChallengeName else {
            throw .unexpectedResponse("neither a challenge nor tokens")
        }
        let challenge = ChallengeName(wireName: name)
        let step = NextStep(challenge, response)
        return DecodedChallenge(step: step, challengeName: challenge, session: response.Session, username: username)
    }
}

/// Challenge parameters that carry JSON inside a string.
enum ChallengeParameterJSON {
    static func list(_ text: String?) -> [String] {
        guard let text, let value = (try? JSONValue(parsing: Data(text.utf8)))?.array else { return [] }
        return value.compactMap(\.string)
    }

    static func object(_ text: String?) -> [String: String] {
        guard let text, let value = (try? JSONValue(parsing: Data(text.utf8)))?.object else { return [:] }
        return value.compactMapValues(\.scalarText)
    }
}
