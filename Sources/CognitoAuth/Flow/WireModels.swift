/// The JSON shapes of the operations a first sign-in uses, named as on the wire.
/// Requests are sent as `JSONBody` (written by `JSONBodyWriter`, so a password
/// leaves no encoder's copy behind). They are not `Encodable`: a password in
/// them is `SecretBytes`, which has no way into an encoder (the tests compare
/// the writing with JSONSerialization of the same values).

struct InitiateAuthRequest: JSONBody {
    let AuthFlow: String
    let ClientId: String
    let AuthParameters: [String: WireText]

    func writeMembers(to json: inout JSONBodyWriter) {
        json.member("AuthFlow", AuthFlow)
        json.member("ClientId", ClientId)
        json.member("AuthParameters", AuthParameters)
    }
}

struct RespondToAuthChallengeRequest: JSONBody {
    let ChallengeName: String
    let ClientId: String
    let ChallengeResponses: [String: WireText]
    let Session: String?

    func writeMembers(to json: inout JSONBodyWriter) {
        json.member("ChallengeName", ChallengeName)
        json.member("ClientId", ClientId)
        json.member("ChallengeResponses", ChallengeResponses)
        json.member("Session", Session)
    }
}

struct AssociateSoftwareTokenRequest: JSONBody {
    let Session: String

    func writeMembers(to json: inout JSONBodyWriter) {
        json.member("Session", Session)
    }
}

struct AssociateSoftwareTokenResponse: Decodable {
    let SecretCode: String
    let Session: String?
}

struct VerifySoftwareTokenRequest: JSONBody {
    let Session: String
    let UserCode: String
    let FriendlyDeviceName: String?

    func writeMembers(to json: inout JSONBodyWriter) {
        json.member("Session", Session)
        json.member("UserCode", UserCode)
        json.member("FriendlyDeviceName", FriendlyDeviceName)
    }
}

struct VerifySoftwareTokenResponse: Decodable {
    let Status: String?
    let Session: String?
}

/// What InitiateAuth and RespondToAuthChallenge answer: a challenge, or tokens.
struct AuthResponse: Decodable {
    let ChallengeName: String?
    let Session: String?
    let AuthenticationResult: AuthenticationResult?
    /// Every value is a string on the wire (lists are JSON inside strings); a
    /// non-string from a less faithful server is kept as its JSON text.
    let ChallengeParameters: [String: String]
    /// SELECT_CHALLENGE (USER_AUTH): the first factors on offer. A top-level
    /// list of the response, not a challenge parameter.
    let AvailableChallenges: [String]

    enum CodingKeys: String, CodingKey { case ChallengeName, Session, AuthenticationResult, ChallengeParameters, AvailableChallenges }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ChallengeName = try c.decodeIfPresent(String.self, forKey: .ChallengeName)
        Session = try c.decodeIfPresent(String.self, forKey: .Session)
        AuthenticationResult = try c.decodeIfPresent(CognitoAuth.AuthenticationResult.self, forKey: .AuthenticationResult)
        let raw = try c.decodeIfPresent([String: LenientString].self, forKey: .ChallengeParameters) ?? [:]
        ChallengeParameters = raw.mapValues(\.value)
        AvailableChallenges = try c.decodeIfPresent([String].self, forKey: .AvailableChallenges) ?? []
    }
}

/// A JSON value read as a string: strings as they are, lists of strings as JSON.
struct LenientString: Decodable {
    let value: String
    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) {
            value = s
        } else if let list = try? c.decode([String].self) {
            value = "[" + list.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        } else if let n = try? c.decode(Double.self) {
            value = String(n)
        } else {
            value = ""
        }
    }
}
