import Testing
@testable import TerminalUI

@Suite struct GlyphsTests {
    @Test(arguments: ["C.UTF-8", "en_US.UTF-8", "de_DE.utf8", "ja_JP.UTF-8@cjknarrow", "UTF-8", "sr_RS.utf-8@latin"])
    func localesNamingUTF8(_ locale: String) {
        #expect(Glyphs.namesUTF8(locale))
    }

    @Test(arguments: ["C", "POSIX", "en_US", "en_US.ISO-8859-1", "de_DE@euro", "ja_JP.eucJP", "utf8_XX.ISO-8859-15", ""])
    func localesNotNamingUTF8(_ locale: String) {
        #expect(!Glyphs.namesUTF8(locale))
    }
}
