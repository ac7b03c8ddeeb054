import Foundation
import Testing
@testable import CognitoAuth

/// JSONSecretReader against JSONDecoder: the same string comes out, as
/// bytes, for escapes, surrogate pairs, nesting and whitespace.
@Suite struct JSONSecretReaderTests {
    func read(_ path: [String], _ json: String) -> String? {
        Data(json.utf8).withUnsafeBytes { JSONSecretReader.string(at: path, in: $0) }
            .map { $0.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }
    }

    static let values = [
        "", "plain", #"quote \" back\\slash \/ slash"#, #"\b\f\n\r\t"#, #"\u0041\u00e9\u65e5"#, #"\ud83e\uddd1 pair"#,
        #"lone \ud800 high"#, #"lone \udc00 low"#, "é🧑‍💻 raw UTF-8", #"\u0000nul"#,
    ]

    @Test(arguments: values)
    func readsAsJSONDecoderDoes(_ escaped: String) throws {
        let json = #"{"a":1,"Skip":{"Session":"no","x":[1,{"y":"}"}]},"Session" : ""# + escaped + #"","z":null}"#
        // A lone surrogate: JSONDecoder refuses the whole answer, so the reader never sees it.
        guard let decoded = try? JSONDecoder().decode([String: JSONValue].self, from: Data(json.utf8)) else {
            _ = read(["Session"], json)  // only must not crash
            return
        }
        #expect(read(["Session"], json) == decoded["Session"]?.string)
    }

    @Test func readsANestedMember() {
        let json = #"{"ChallengeParameters":{},"AuthenticationResult":{"IdToken":"i","AccessToken":"a\"b","ExpiresIn":3600}}"#
        #expect(read(["AuthenticationResult", "AccessToken"], json) == #"a"b"#)
        #expect(read(["AuthenticationResult", "RefreshToken"], json) == nil)
        #expect(read(["AuthenticationResult", "ExpiresIn"], json) == nil, "not a string")
        #expect(read(["ChallengeParameters", "x"], json) == nil)
        #expect(read(["Missing", "x"], json) == nil)
    }

    @Test(arguments: ["", "{", #"{"Session""#, #"{"Session":"#, #"{"Session":"unterminated"#, #"{"Session":"\u12"}"#,
                      #"{"Session":"\x"}"#, "[]", #"{"a":[1,2"#, #"{"a" 1}"#])
    func brokenTextIsNil(_ json: String) {
        #expect(read(["Session"], json) == nil)
    }

    /// The response types read their secrets this way: the decoded values
    /// equal the text, and a decoder without the body (a test's) still works.
    @Test func responsesDecodeTheirSecrets() throws {
        let json = Data(#"{"AuthenticationResult":{"AccessToken":"a\/t","IdToken":"i","RefreshToken":"r","ExpiresIn":3600,"TokenType":"Bearer"},"ChallengeParameters":{}}"#.utf8)
        for decoder in [JSONDecoder.secretReading(json), JSONDecoder()] {
            let response = try decoder.decode(AuthResponse.self, from: json)
            #expect(response.AuthenticationResult?.AccessToken == "a/t")
            #expect(response.AuthenticationResult?.RefreshToken == "r")
            #expect(response.Session == nil)
        }
        let associated = Data(#"{"SecretCode":"JBSWY3DPEHPK3PXP","Session":"m\u00e9"}"#.utf8)
        let answer = try JSONDecoder.secretReading(associated).decode(AssociateSoftwareTokenResponse.self, from: associated)
        #expect(answer.SecretCode == "JBSWY3DPEHPK3PXP" && answer.Session == "mé")
        let wrong = Data(#"{"SecretCode":7}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder.secretReading(wrong).decode(AssociateSoftwareTokenResponse.self, from: wrong) }
    }

    @Test func tokensAreWrittenBackAsTheyCame() throws {
        let json = Data(#"{"AccessToken":"a\"\\\u0001é","IdToken":"i","RefreshToken":"r","ExpiresIn":3600,"TokenType":"Bearer"}"#.utf8)
        let tokens = try JSONDecoder.secretReading(json).decode(AuthenticationResult.self, from: json)
        let written = try JSONSerialization.jsonObject(with: tokens.json) as? NSDictionary
        let original = try JSONSerialization.jsonObject(with: json) as? NSDictionary
        #expect(written == original)
        #expect(tokens.json.last == 0x0A)
    }
}
