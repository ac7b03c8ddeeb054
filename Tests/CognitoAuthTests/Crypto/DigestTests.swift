import Testing
@testable import CognitoAuth

@Suite struct DigestTests {
    @Test func sha256OfABC() {
        #expect(Hex.encode(Digest.sha256(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// RFC 4231 test case 2.
    @Test func hmacSHA256() {
        #expect(Hex.encode(Digest.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    /// RFC 5869 test case 1.
    @Test func hkdf() {
        let key = Digest.hkdfSHA256(
            ikm: [UInt8](repeating: 0x0b, count: 22), salt: Hex.decode("000102030405060708090a0b0c")!,
            info: Hex.decode("f0f1f2f3f4f5f6f7f8f9")!, length: 42)
        #expect(Hex.encode(key) == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")
    }

    @Test func hexRoundTrip() {
        #expect(Hex.decode("0aFf") == [0x0a, 0xff])
        #expect(Hex.decode("abc") == [0x0a, 0xbc])
        #expect(Hex.decode("xz") == nil)
        #expect(Hex.encode([0, 1, 254]) == "0001fe")
    }

    @Test func randomBytesDiffer() {
        #expect(Digest.randomBytes(16) != Digest.randomBytes(16))
    }
}
