import Foundation
import Testing
@testable import CognitoAuth

/// Every vector of srp-vectors.json (copied into Fixtures/).
@Suite struct SRPVectorTests {
    let vectors: [String: Any]
    init() throws { vectors = try Fixtures.json("srp-vectors.json") }

    @Test func groupConstants() {
        #expect(SRPGroup.N.hex == (vectors["N_hex"] as! String))
        #expect(SRPGroup.k.hex == (vectors["k"] as! String))
    }

    @Test func sharedSecretCases() throws {
        let cases = vectors["shared_secret_cases"] as! [[String: String]]
        #expect(cases.count >= 2)
        for c in cases {
            let client = SRPClient(userPoolId: "us-east-1_x", secretExponent: BigNumber(hex: c["a"]!)!)
            #expect(client.publicValueHex == c["A"]!)
            let exchange = try client.sessionKey(identity: Array(c["identity_hashed_as"]!.utf8), saltHex: c["salt"]!, serverPublicHex: c["B"]!)
            #expect(exchange.u.hex == c["u"]!)
            #expect(exchange.S.hex == c["S"]!)
            #expect(Hex.encode(exchange.key) == c["hkdf_key"]!)
        }
    }

    @Test func fullSignInCase() throws {
        let c = vectors["signin_case"] as! [String: String]
        let client = SRPClient(userPoolId: c["user_pool_id"]!, secretExponent: BigNumber(hex: c["a"]!)!)
        #expect(client.publicValueHex == c["SRP_A"]!)
        let poolName = String(c["user_pool_id"]!.split(separator: "_")[1])
        let exchange = try client.sessionKey(
            identity: Array((poolName + c["USER_ID_FOR_SRP"]! + ":" + c["password"]!).utf8), saltHex: c["SALT"]!, serverPublicHex: c["SRP_B"]!)
        #expect(exchange.u.hex == c["u"]!)
        #expect(Hex.encode(exchange.key) == c["hkdf_key"]!)
        let signature = try client.passwordClaimSignature(
            userIdForSRP: c["USER_ID_FOR_SRP"]!, password: c["password"]!.secret, saltHex: c["SALT"]!,
            serverPublicHex: c["SRP_B"]!, secretBlockBase64: c["SECRET_BLOCK"]!, timestamp: c["TIMESTAMP"]!)
        #expect(signature == c["PASSWORD_CLAIM_SIGNATURE"]!)
    }

    @Test func hexPadding() {
        let cases = vectors["pad_hex"] as! [String: String]
        for (decimal, padded) in cases {
            let n = BigNumber(bytes: withUnsafeBytes(of: UInt64(decimal)!.bigEndian, Array.init))
            #expect(PaddedBytes.hex(n) == padded, "pad(\(decimal))")
        }
        #expect(PaddedBytes.of([UInt8]()) == [0])
    }

    @Test func secretHash() {
        let c = vectors["secret_hash"] as! [String: String]
        #expect(SecretHash.compute(username: c["username"]!, clientId: c["client_id"]!, clientSecret: c["client_secret"]!)
                == c["SECRET_HASH"]!)
    }

    @Test func timestamps() throws {
        let cases = vectors["timestamps"] as! [String: String]
        for (when, expected) in cases {
            let date: Date
            if let millis = Double(when) {
                date = Date(timeIntervalSince1970: millis / 1000)
            } else {
                date = try #require(ISO8601DateFormatter().date(from: when))
            }
            #expect(CognitoTimestamp.string(for: date) == expected)
        }
    }
}
