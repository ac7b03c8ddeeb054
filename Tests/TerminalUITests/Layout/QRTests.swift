import Testing
@testable import TerminalUI

@Suite struct QRTests {
    @Test func halfBlocksKeepEveryModule() throws {
        let qr = try #require(QRMatrix("otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXP&issuer=Acme"))
        #expect(qr.size >= 21 && (qr.size - 17) % 4 == 0)
        let lines = qr.halfBlockLines(quiet: 4)
        #expect(lines.count == (qr.size + 8 + 1) / 2)
        #expect(lines.allSatisfy { $0.count == qr.size + 8 })
        // Decode the blocks back into modules and compare.
        for y in 0..<qr.size {
            for x in 0..<qr.size {
                let row = Array(lines[(y + 4) / 2])
                let cell = row[x + 4]
                let top = (y + 4) % 2 == 0
                let dark = top ? (cell == "█" || cell == "▀") : (cell == "█" || cell == "▄")
                #expect(dark == qr.isDark(x, y))
            }
        }
        #expect(lines.first!.allSatisfy { $0 == " " }, "a light quiet zone")
    }
}

@Suite struct QRCacheTests {
    @Test func aCodeIsEncodedOnceAndForgottenWithItsScreen() {
        let text = "otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXP&issuer=Acme"
        let first = QRMatrix.cached(text)
        #expect(first != nil)
        #expect(QRMatrix.cached(text) == first)
        #expect(QRMatrix.cached(text + "&x=1") != first, "another text, another code")
        QRMatrix.forgetCached()
        #expect(QRMatrix.cached(text) == first, "encoded again after forgetting")
    }
}
