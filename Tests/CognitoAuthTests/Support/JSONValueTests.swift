import Foundation
import Testing
@testable import CognitoAuth

// `JSONValue` alone is this test target's own (Support/JSONValue.swift), for
// the emulator's administrator calls; these tests are of CognitoAuth's.
private typealias Value = CognitoAuth.JSONValue

@Suite struct JSONValueTests {
    private func parse(_ text: String) throws -> Value { try Value(parsing: Data(text.utf8)) }

    @Test func eachKindIsTheOneWritten() throws {
        #expect(try parse("true") == .bool(true))
        #expect(try parse("1") == .integer(1))
        #expect(try parse("1.5") == .number(1.5))
        #expect(try parse("null") == .null)
        #expect(try parse(#""a/b""#) == .string("a/b"))
        #expect(try parse(#"{"a": [1, "x", false, null]}"#)
            == .object(["a": .array([.integer(1), .string("x"), .bool(false), .null])]))
    }

    @Test func accessorsDoNotConvertBetweenKinds() throws {
        #expect(try parse("true").int == nil, "a Bool is no number")
        #expect(try parse("1").bool == nil, "and 1 no Bool")
        #expect(try parse("3.0").int == 3)
        #expect(try parse("3.5").int == nil)
        #expect(try parse(#""3""#).int == nil)
        #expect(try parse("null").isNull)
    }

    @Test func scalarTextGivesNumbersAsWritten() throws {
        #expect(try parse(#""x""#).scalarText == "x")
        #expect(try parse("42").scalarText == "42")
        #expect(try parse("2.0").scalarText == "2")
        #expect(try parse("1.5").scalarText == "1.5")
        #expect(try parse("true").scalarText == nil)
    }

    @Test func invalidTextThrows() {
        for bad in ["", "{", "{'a': 1}", "[1 2]", "nul"] {
            #expect(throws: (any Error).self, "\(bad)") { try parse(bad) }
        }
    }

    @Test func encodesCompactOrPrettyWithSortedKeysAndPlainSlashes() {
        let value = Value.object(["b": .string("x/y \"q\" \\"), "a": .array([.integer(1), .bool(true), .null])])
        let compact = String(decoding: value.encoded(), as: UTF8.self)
        #expect(compact.contains(#""b":"x/y \"q\" \\""#))
        let pretty = String(decoding: value.encoded(pretty: true), as: UTF8.self)
        #expect(pretty == "{\n  \"a\" : [\n    1,\n    true,\n    null\n  ],\n  \"b\" : \"x/y \\\"q\\\" \\\\\"\n}")
    }

    @Test func roundTrips() throws {
        let value = Value.object(["n": .number(0.25), "i": .integer(-7), "s": .string("é\u{1}\n"), "o": .object([:])])
        #expect(try Value(parsing: value.encoded()) == value)
        #expect(try Value(parsing: value.encoded(pretty: true)) == value)
    }
}
