import FoundationEssentials
import Testing
@testable import CognitoAuth

@Suite struct SecretBytesTests {
    /// What a secret's buffer held when it was freed, seen through the deallocation hook.
    final class Farewell: @unchecked Sendable {
        var bytes: [UInt8]?
    }

    /// Makes a secret, lets `use` do something with it, drops it, and returns
    /// its buffer as the deallocation found it.
    func lastBytes(of text: String, _ use: (SecretBytes) -> Void = { _ in }) -> [UInt8]? {
        let farewell = Farewell()
        do {
            let secret = SecretBytes(copying: text)
            secret.deallocate = { buffer in
                farewell.bytes = Array(buffer)
                buffer.deallocate()
            }
            use(secret)
        }
        return farewell.bytes
    }

    func bytes(_ secret: SecretBytes) -> [UInt8] { secret.withUnsafeBytes { Array($0) } }

    @Test func holdsTheUTF8() {
        #expect(bytes(SecretBytes(copying: "New#Pw4242 é🧑‍💻")) == Array("New#Pw4242 é🧑‍💻".utf8))
        #expect(bytes("literal") == Array("literal".utf8))
        #expect(bytes("é") == Array("é".utf8), "a one-scalar literal")
        #expect(SecretBytes().isEmpty && SecretBytes("").count == 0)
    }

    /// Straight from a line editor's characters: combining marks, ZWJ
    /// sequences, flags and CR LF give the same bytes as the String would.
    @Test(arguments: ["", "plain", "e\u{301}", "🧑‍💻👍🏽🇪🇺", "a\r\nb", "日本語\u{0}\u{7F}", String(repeating: "x", count: 300)])
    func fromCharactersIsTheStringsUTF8(_ text: String) {
        #expect(bytes(SecretBytes(characters: Array(text))) == Array(text.utf8))
    }

    @Test func wipeZeroesInPlaceAndKeepsTheLength() {
        let secret = SecretBytes(copying: "New#Pw4242")
        let copy = secret
        secret.wipe()
        #expect(bytes(copy) == Array(repeating: 0, count: 10), "every holder sees the zeros")
        #expect(secret.count == 10)
    }

    @Test func theBufferIsZeroWhenFreed() {
        let last = lastBytes(of: "New#Pw4242")
        #expect(last == Array(repeating: 0, count: 10))
        #expect(lastBytes(of: "Tmp#abc") { $0.wipe() } == Array(repeating: 0, count: 7))
    }

    @Test func aCopyIsItsOwn() {
        let secret = SecretBytes(copying: "New#Pw4242")
        let copy = secret.copy()
        secret.wipe()
        #expect(bytes(copy) == Array("New#Pw4242".utf8))
    }

    @Test func equalityIsByContent() {
        #expect(SecretBytes(copying: "abc") == "abc")
        #expect(SecretBytes(copying: "abc") != "abd")
        #expect(SecretBytes(copying: "abc") != "abcd")
    }

    @Test func describingNeverShowsTheContent() {
        let secret = SecretBytes(copying: "New#Pw4242")
        for shown in ["\(secret)", String(describing: secret), String(reflecting: secret),
                      "\(WireText.secret(secret))", "\([secret])", "\(Optional(secret) as Any)"] {
            #expect(!shown.contains("New#Pw4242"), "\(shown)")
            #expect(!shown.contains("10"), "not even the length: \(shown)")
        }
        var dumped = ""
        dump(secret, to: &dumped)
        #expect(!dumped.contains("New#Pw4242"))
    }

    @Test func showingAsTextIsForTheCallOnly() {
        #expect(SecretBytes(copying: "JBSWY3DPEHPK3PXP").withUTF8String { $0 } == "JBSWY3DPEHPK3PXP")
    }
}
