import Testing
@testable import CognitoAuth

/// SRP's safety checks: a server value that would make the secret predictable
/// stops the exchange.
@Suite struct SRPSafetyTests {
    let client = SRPClient(userPoolId: "us-east-1_abc")

    @Test func refusesBZeroModN() {
        for bad in ["0", SRPGroup.N.hex, "00"] {
            #expect(throws: SRPError.invalidServerValue) {
                try client.sessionKey(identity: Array("abcuser:pw".utf8), saltHex: "ab", serverPublicHex: bad)
            }
        }
    }

    @Test func refusesMalformedValues() {
        #expect(throws: SRPError.malformedChallenge("SRP_B")) {
            try client.sessionKey(identity: Array("x".utf8), saltHex: "ab", serverPublicHex: "not hex")
        }
        #expect(throws: SRPError.malformedChallenge("SALT")) {
            try client.sessionKey(identity: Array("x".utf8), saltHex: "", serverPublicHex: "ab")
        }
        #expect(throws: SRPError.malformedChallenge("SECRET_BLOCK")) {
            try client.passwordClaimSignature(userIdForSRP: "u", password: "p", saltHex: "ab", serverPublicHex: "ab",
                                              secretBlockBase64: "***", timestamp: "t")
        }
    }

    @Test func eachClientPicksItsOwnSecret() {
        let a = SRPClient(userPoolId: "us-east-1_abc"), b = SRPClient(userPoolId: "us-east-1_abc")
        #expect(a.publicValueHex != b.publicValueHex)
        #expect(a.publicValueHex.count > 700)
    }
}
