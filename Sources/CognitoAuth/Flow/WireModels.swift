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
    let Session: SecretBytes?

    func writeMembers(to json: inout JSONBodyWriter) {
        json.member("ChallengeName", ChallengeName)
        json.member("ClientId", ClientId)
        json.member("ChallengeResponses", ChallengeResponses)
        json.member("Session", Session)
    }
}

struct AssociateSoftwareTokenRequest: JSONBody {
    let Session: SecretBytes

    func writeMembers(to json: inout JSONBodyWriter) {
        json.member("Session", Session)
    }
}

/// The secrets (the TOTP secret, the session) are read as `SecretBytes`
/// from the answer's bytes (see `SecretMember`).
struct AssociateSoftwareTokenResponse: Decodable {
    let SecretCode: SecretBytes
    let Session: SecretBytes?

    enum CodingKeys: String, CodingKey { case SecretCode, Session }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        SecretCode = try SecretMember.decodeRequired(.SecretCode, in: c, decoder: decoder)
        Session = try SecretMember.decode(.Session, in: c, decoder: decoder)
    }
}

struct VerifySoftwareTokenRequest: JSONBody {
    let Session: SecretBytes
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
    let Session: SecretBytes?

    enum CodingKeys: String, CodingKey { case Status, Session }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        Status = try c.decodeIfPresent(String.self, forKey: .Status)
        Session = try SecretMember.decode(.Session, in: c, decoder: decoder)
    }
}

/// What InitiateAuth and RespondToAuthChallenge answer: a challenge, or
/// tokens. The session (and the tokens) are `SecretBytes`, read from the
/// answer's bytes (see `SecretMember`).
struct AuthResponse: Decodable {
    let ChallengeName: String?
    let Session: SecretBytes?
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
        Session = try SecretMember.decode(.Session, in: c, decoder: decoder)
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
