import Foundation
import CognitoAuthTesting
import Testing
@testable import CognitoAuth

/// JSONBodyWriter against a reference: each request type's body, read back by
/// JSONDecoder and by JSONSerialization, equals what JSONSerialization makes of
/// the same request's values (read by reflection, secrets through their bytes),
/// for strings that need escaping and random ones. The requests are not
/// Encodable: a password in them is SecretBytes, which no encoder can read.
@Suite struct JSONBodyWriterTests {
    /// Strings a password, a name or an attribute may hold that JSON must escape or carry as UTF-8.
    static let awkward = [
        "", "plain", #"quote " inside"#, #"back\slash \\ twice"#, "\u{0}nul", "\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}",
        "del \u{7F}", "slash / </script>", "é ß 日本語", "emoji 🧑‍💻👍🏽🇪🇺", "line \u{2028} paragraph \u{2029}",
        "bom \u{FEFF} zwsp \u{200B}", "\u{10FFFF}", #"\u0041 is not escaped"#, "New#Pw4242!\"\\",
    ]

    /// One member, for exact-byte checks.
    struct One: JSONBody {
        let value: String?
        func writeMembers(to json: inout JSONBodyWriter) { json.member("v", value) }
    }

    @Test func escapesAsRFC8259Requires() {
        #expect(text(One(value: #"a"b\c"#)) == #"{"v":"a\"b\\c"}"#)
        #expect(text(One(value: "\u{0}\u{9}\u{A}\u{1F}\u{7F}")) == #"{"v":"\u0000\u0009\u000a\u001f"# + "\u{7F}\"}")
        #expect(text(One(value: "é🧑\u{2028}/")) == "{\"v\":\"é🧑\u{2028}/\"}")
        #expect(text(One(value: "")) == #"{"v":""}"#)
    }

    @Test func leavesOutANilMember() {
        #expect(text(One(value: nil)) == "{}")
        #expect(text(AssociateSoftwareTokenRequest(Session: "s")) == #"{"Session":"s"}"#)
    }

    @Test(arguments: awkward)
    func everyRequestMatchesTheEncoder(_ s: String) throws {
        let plain = Dictionary(uniqueKeysWithValues: Self.awkward.enumerated().map { ("\($0.offset)\($0.element)", s + $0.element) })
        // Plain values and secrets in one map, as a password's AuthParameters.
        var map = plain.mapValues(WireText.plain)
        for (index, text) in Self.awkward.enumerated() { map["secret\(index)"] = .secret(SecretBytes(copying: s + text)) }
        try expectMatch(InitiateAuthRequest(AuthFlow: s, ClientId: s, AuthParameters: map))
        try expectMatch(InitiateAuthRequest(AuthFlow: s, ClientId: s, AuthParameters: [:]))
        try expectMatch(RespondToAuthChallengeRequest(ChallengeName: s, ClientId: s, ChallengeResponses: map, Session: s.secret))
        try expectMatch(RespondToAuthChallengeRequest(ChallengeName: s, ClientId: s, ChallengeResponses: map, Session: nil))
        try expectMatch(AssociateSoftwareTokenRequest(Session: s.secret))
        try expectMatch(VerifySoftwareTokenRequest(Session: s.secret, UserCode: s, FriendlyDeviceName: s))
        try expectMatch(VerifySoftwareTokenRequest(Session: s.secret, UserCode: s, FriendlyDeviceName: nil))
        try expectMatch(PasswordRecovery.ForgotPasswordRequest(ClientId: s, Username: s, SecretHash: s))
        try expectMatch(PasswordRecovery.ForgotPasswordRequest(ClientId: s, Username: s, SecretHash: nil))
        try expectMatch(PasswordRecovery.ConfirmForgotPasswordRequest(
            ClientId: s, Username: s, ConfirmationCode: s, Password: s.secret, SecretHash: s))
        try expectMatch(PasswordRecovery.ConfirmForgotPasswordRequest(
            ClientId: s, Username: s, ConfirmationCode: s, Password: s.secret, SecretHash: nil))
    }

    /// Random strings from every kind of scalar (control, ASCII, two-, three-
    /// and four-byte UTF-8, the JSON specials), seeded so a failure repeats.
    @Test func randomStringsMatchTheEncoder() throws {
        var random = SplitMix64(seed: 0x5EC2E7)
        let pools: [ClosedRange<UInt32>] = [0...0x1F, 0x20...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF]
        func string() -> String {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &random) {
                let pool = pools.randomElement(using: &random)!
                text.append(Unicode.Scalar(UInt32.random(in: pool, using: &random)) ?? "\"")
                if Bool.random(using: &random) { text.append(["\"", "\\", "/", "\u{2028}"].randomElement(using: &random)!) }
            }
            return String(text)
        }
        for _ in 0..<300 {
            let map = Dictionary((0..<Int.random(in: 0...5, using: &random)).map { _ in
                (string(), Bool.random(using: &random) ? WireText.plain(string()) : .secret(string().secret))
            }) { a, _ in a }
            try expectMatch(RespondToAuthChallengeRequest(
                ChallengeName: string(), ClientId: string(), ChallengeResponses: map,
                Session: Bool.random(using: &random) ? string().secret : nil))
        }
    }

    @Test func theBodyIsExactlyItsSize() {
        let body = JSONBodyWriter.body(of: One(value: "New#Pw4242 and some more"))
        #expect(body.count == #"{"v":"New#Pw4242 and some more"}"#.utf8.count)
    }

    // MARK: Helpers

    func text(_ body: some JSONBody) -> String {
        String(decoding: JSONBodyWriter.body(of: body), as: UTF8.self)
    }

    @Test func aSecretIsEscapedLikeTheSameText() {
        for text in Self.awkward {
            let plain = JSONBodyWriter.body(of: RespondToAuthChallengeRequest(
                ChallengeName: "N", ClientId: "c", ChallengeResponses: ["P": .plain(text)], Session: nil))
            let secret = JSONBodyWriter.body(of: RespondToAuthChallengeRequest(
                ChallengeName: "N", ClientId: "c", ChallengeResponses: ["P": .secret(text.secret)], Session: nil))
            #expect(plain == secret, "\(text.debugDescription)")
        }
        #expect(text(PasswordRecovery.ConfirmForgotPasswordRequest(
            ClientId: "c", Username: "u", ConfirmationCode: "1", Password: "a\"\\\u{1}é", SecretHash: nil))
            == #"{"ClientId":"c","Username":"u","ConfirmationCode":"1","Password":"a\"\\\u0001é"}"#)
    }

    /// The request's members as JSONSerialization's values, read by
    /// reflection: strings, maps of strings or WireText, secrets through
    /// their bytes; a nil optional left out (as the writer does).
    func reference(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text
        case let secret as SecretBytes: return secret.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        case let wire as WireText:
            switch wire {
            case .plain(let text): return text
            case .secret(let secret): return reference(secret)
            }
        case let map as [String: String]: return map
        case let map as [String: WireText]: return map.mapValues { reference($0)! }
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional { return mirror.children.first.flatMap { reference($0.value) } }
            var object: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let member = reference(child.value) { object[label] = member }
            }
            return object
        }
    }

    /// The writer's body and the reference's, read back by both parsers, hold the same values.
    func expectMatch(_ request: some JSONBody, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let written = JSONBodyWriter.body(of: request)
        let values = try #require(reference(request), sourceLocation: sourceLocation)
        let encoded = try JSONSerialization.data(withJSONObject: values)
        #expect(try JSONValue(parsing: written) == JSONValue(parsing: encoded), sourceLocation: sourceLocation)
        let serialized = try #require(try JSONSerialization.jsonObject(with: written) as? NSDictionary, sourceLocation: sourceLocation)
        let expected = try #require(try JSONSerialization.jsonObject(with: encoded) as? NSDictionary, sourceLocation: sourceLocation)
        #expect(serialized == expected, sourceLocation: sourceLocation)
    }
}
