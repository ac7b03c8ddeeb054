import Foundation
import Testing
@testable import Onboarding

/// The strings reader gives what JSONDecoder gives, or nothing (and then
/// JSONDecoder's answer stands): never a different table.
@Suite struct StringTableReaderTests {
    static func decoded(_ text: String) -> [String: String]? {
        try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))
    }

    @Test func everyShippedLanguageReadsAsJSONDecoderReadsIt() throws {
        #expect(Strings.available.count > 1)
        for language in Strings.available {
            let data = try #require(ResourceFiles.data("strings/\(language).json"))
            let table = try #require(StringTableReader.read(data), "\(language).json")
            #expect(table == (try JSONDecoder().decode([String: String].self, from: data)), "\(language).json")
        }
    }

    @Test(arguments: [
        #"{}"#, " \n\t{ }\r\n", #"{"a":"b"}"#, #"{ "a" : "b" , "c":"" }"#,
        #"{"esc":"\"\\\/\b\f\n\r\t"}"#, #"{"u":"\u00e9\u4E2D\u0000"}"#, #"{"pair":"\ud83d\ude00 x"}"#,
        #"{"ü":"ß 山田 😀"}"#,
    ])
    func readsWhatJSONDecoderReads(_ text: String) throws {
        let table = try #require(StringTableReader.read(Data(text.utf8)))
        #expect(table == Self.decoded(text))
    }

    @Test(arguments: [
        "", "[]", #"{"a":1}"#, #"{"a":null}"#, #"{"a":"b",}"#, #"{"a":"b"} x"#, #"{"a":"b""#, #"{"a" "b"}"#,
        #"{"a":"b","a":"c"}"#, "{\"a\":\"line\nbreak\"}", #"{"a":"\x"}"#, #"{"a":"\u12"}"#, #"{"a":"\ud83d"}"#,
        #"{"a":"\ude00"}"#, #"{"a":"\ud83d\u0041"}"#, "\u{FEFF}{}", #"{a:"b"}"#,
    ])
    func declinesAnythingElse(_ text: String) {
        #expect(StringTableReader.read(Data(text.utf8)) == nil)
    }

    @Test func declinesInvalidUTF8() {
        #expect(StringTableReader.read(Data([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D])) == nil)
    }
}
