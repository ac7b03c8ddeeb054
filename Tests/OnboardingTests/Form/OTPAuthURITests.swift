import CognitoAuth
import Testing
@testable import Onboarding

@Suite struct OTPAuthURITests {
    @Test func plain() {
        #expect(OTPAuthURI.make(issuer: "Acme", account: "ada", secret: "JBSWY3DPEHPK3PXP")
                == "otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXP&issuer=Acme")
    }

    @Test func oddCharactersAreEncoded() {
        #expect(OTPAuthURI.make(issuer: "Acme & Co: Staff", account: "ada+test@example.com", secret: "ABCD EFGH")
                == "otpauth://totp/Acme%20%26%20Co%3A%20Staff:ada%2Btest%40example.com?secret=ABCDEFGH&issuer=Acme%20%26%20Co%3A%20Staff")
        #expect(OTPAuthURI.make(issuer: "Café", account: "山田", secret: "A")
                == "otpauth://totp/Caf%C3%A9:%E5%B1%B1%E7%94%B0?secret=A&issuer=Caf%C3%A9")
    }

    @Test func groupsOfFour() {
        #expect(OTPAuthURI.grouped("JBSWY3DPEHPK3PXPQ") == "JBSW Y3DP EHPK 3PXP Q")
    }

    @Test func fromTheSecretsBytesTheSameURI() {
        #expect(OTPAuthURI.make(issuer: "Acme", account: "ada", secret: SecretBytes("JBSWY3DPEHPK3PXP"))
                == OTPAuthURI.make(issuer: "Acme", account: "ada", secret: "JBSWY3DPEHPK3PXP"))
        for secret in ["ABCD EFGH", "a/b%c~d", "Caf\u{E9}"] {
            #expect(OTPAuthURI.make(issuer: "Acme & Co", account: "山田", secret: SecretBytes(copying: secret))
                    == OTPAuthURI.make(issuer: "Acme & Co", account: "山田", secret: secret), "\(secret)")
        }
    }

    @Test func fromTheSecretsBytesGroupsOfFourOfPrintableASCII() {
        #expect(OTPAuthURI.grouped(SecretBytes("JBSWY3DPEHPK3PXPQ")) == "JBSW Y3DP EHPK 3PXP Q")
        #expect(OTPAuthURI.grouped(SecretBytes(copying: "JB\u{1B}SW Y3\u{202E}DP\u{E9}")) == "JBSW Y3DP",
                "escapes, spaces, bidi overrides and other non-ASCII are left out")
        #expect(OTPAuthURI.grouped(SecretBytes()) == "")
    }
}
