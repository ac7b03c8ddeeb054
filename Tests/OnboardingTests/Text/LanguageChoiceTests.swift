import Testing
@testable import Onboarding

@Suite struct LanguageChoiceTests {
    let shipped = ["de", "en", "es", "fr", "it", "ja", "ko", "nl", "pt-BR", "zh-Hans"]

    func choose(_ flag: String? = nil, _ environment: [String: String] = [:], site: String? = nil,
                term: String? = "xterm-256color") -> LanguageChoice {
        LanguageChoice.resolve(flag: flag, environment: environment, siteDefault: site, available: shipped, term: term)
    }

    @Test func theFlagThenLanguageThenTheLocaleVariables() {
        #expect(choose("fr", ["LANG": "de_DE.UTF-8"]).tag == "fr")
        #expect(choose(nil, ["LANGUAGE": "xx:nl:de", "LANG": "de_DE.UTF-8"]).tag == "nl", "LANGUAGE is a list")
        #expect(choose(nil, ["LC_ALL": "ja_JP.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"]).tag == "ja")
        #expect(choose(nil, ["LC_MESSAGES": "ko_KR.UTF-8", "LANG": "de_DE.UTF-8"]).tag == "ko")
        #expect(choose(nil, ["LANG": "it_IT.UTF-8@euro"]).tag == "it")
    }

    @Test func regionsFallBackToTheirLanguage() {
        #expect(choose(nil, ["LANG": "de_AT.UTF-8"]).tag == "de")
        #expect(choose(nil, ["LANG": "zh_CN.UTF-8"]).tag == "zh-Hans")
        let portugal = choose(nil, ["LANG": "pt_PT.UTF-8"])
        #expect(portugal.tag == "pt-BR" && portugal.notes == ["pt-PT is not shipped: using pt-BR"])
        #expect(choose(nil, ["LANG": "pt_BR.UTF-8"]).notes.isEmpty)
    }

    @Test func cAndPosixNameNoLanguageSoTheSiteDefaultSpeaks() {
        #expect(choose(nil, ["LANG": "C.UTF-8"]).tag == "en")
        #expect(choose(nil, ["LANG": "C.UTF-8"], site: "de").tag == "de", "a kiosk's unit sets LANG=C.UTF-8")
        #expect(choose(nil, ["LANG": "POSIX"], site: nil).notes.isEmpty)
    }

    @Test func aMissingLanguageIsSaid() {
        let choice = choose("sv")
        #expect(choice.tag == "en")
        #expect(choice.notes.first?.contains("sv is not one of the shipped languages") == true)
    }

    @Test func theLinuxConsoleCannotDrawCJK() {
        let console = choose("ja", term: "linux")
        #expect(console.tag == "en" && console.notes.last == "the Linux console cannot draw ja: using English")
        #expect(choose("de", term: "linux").tag == "de")
    }
}
