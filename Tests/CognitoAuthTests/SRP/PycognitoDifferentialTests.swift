import Foundation
import Testing
@testable import CognitoAuth

/// The same a, B, salt, secret block and timestamp through our SRP and through
/// pycognito's: the signatures must be equal, for many random cases.
@Suite struct PycognitoDifferentialTests {
    @Test func signaturesMatchPycognito() throws {
        var cases: [[String: String]] = []
        var expected: [(String, String)] = []
        for i in 0..<24 {
            let a = Hex.encode(Digest.randomBytes(32))
            // B: a random value below N; salts of odd length and with a high bit exercise the padding.
            // A salt is the hex of a number, as the service writes SALT (the reference
            // vectors have one of 31 digits): never a leading zero byte, which
            // pycognito would hash as text and Amplify and we drop (1 case in 256 failed).
            let srpB = Hex.encode(Digest.randomBytes(383))
            let salt = i % 3 == 0 ? "8" + Hex.encode(Digest.randomBytes(15)) : BigNumber(bytes: Digest.randomBytes(16)).hex
            let block = Base64.encode(Digest.randomBytes(64 + i))
            let userId = i % 2 == 0 ? UUID().uuidString.lowercased() : "user\(i)"
            let password = "Pässwörd#\(i) \u{1F511}"
            let timestamp = CognitoTimestamp.string(for: Date(timeIntervalSince1970: Double(1_500_000_000 + i * 86_400 * 37)))
            let poolId = "eu-west-1_Pool\(i)"
            let client = SRPClient(userPoolId: poolId, secretExponent: BigNumber(hex: a)!)
            let signature = try client.passwordClaimSignature(
                userIdForSRP: userId, password: password.secret, saltHex: salt, serverPublicHex: srpB,
                secretBlockBase64: block, timestamp: timestamp)
            cases.append(["pool_id": poolId, "user_id": userId, "password": password, "a": a, "salt": salt,
                          "srp_b": srpB, "secret_block": block, "timestamp": timestamp])
            expected.append((client.publicValueHex, signature))
        }
        let output = try PythonEnvironment.run(
            script: Fixtures.url("pycognito_signature.py"), input: try JSONSerialization.data(withJSONObject: cases))
        let theirs = try JSONSerialization.jsonObject(with: output) as! [[String: String]]
        #expect(theirs.count == expected.count)
        for (ours, theirs) in zip(expected, theirs) {
            #expect(ours.0 == theirs["srp_a"])
            #expect(ours.1 == theirs["signature"])
        }
    }
}
