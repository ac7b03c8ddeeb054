import Foundation
import Testing
@testable import CognitoAuth

@Suite struct JSONFaultTests {
    func fault(_ text: String) -> JSONFault? { JSONFault.locate(in: Data(text.utf8)) }

    @Test func validTextHasNoFault() {
        #expect(fault(#"{"a": [1, -2.5e3, true, false, null, "x\n\u00e9"], "b": {}}"#) == nil)
        #expect(fault(" [ ] ") == nil)
    }

    @Test func namesTheLineAndTheColumn() {
        let missingComma = "{\n  \"user_pool_id\": \"us-east-1_X\"\n  \"user_pool_client_id\": \"c\"\n}\n"
        #expect(fault(missingComma) == JSONFault(line: 3, column: 3, problem: "a comma or } was expected, not '\"'"))
        #expect(fault(missingComma)?.description == "line 3, column 3: a comma or } was expected, not '\"'")
        // Columns count characters, not bytes.
        #expect(fault(#"{"name": "山田", x}"#) == JSONFault(line: 1, column: 16, problem: "a key in double quotes was expected, not 'x'"))
    }

    @Test func saysWhatIsWrongInAPersonsWords() {
        #expect(fault("")?.problem == "there is no JSON here (an object { … } was expected)")
        #expect(fault(#"{"a": 1"#)?.problem == "the text ends before the JSON is complete (a missing }?)")
        #expect(fault(#"{"a": [1"#)?.problem == "the text ends before the JSON is complete (a missing ]?)")
        #expect(fault(#"{"a": [1,]}"#) == JSONFault(line: 1, column: 10, problem: "a comma before ]: JSON allows none there"))
        #expect(fault(#"{"a": 1,}"#)?.problem == "a comma before }: JSON allows none there")
        #expect(fault("{'a': 1}")?.problem == "a key in double quotes was expected, not '''")
        #expect(fault(#"{"a": 'b'}"#)?.problem == "strings need double quotes (\"), not single quotes")
        #expect(fault("{\"a\": 1 // note\n}")?.problem == "a comma or } was expected, not '/'")
        #expect(fault("// note\n{}") == JSONFault(line: 1, column: 1, problem: "JSON allows no comments"))
        #expect(fault(#"{"a" 1}"#)?.problem == "a colon after the key was expected, not '1'")
        #expect(fault(#"{"a": tru}"#)?.problem == "true, false or null was expected")
        #expect(fault(#"{"a": 01}"#)?.problem == "a number may not start with 0")
        #expect(fault(#"{"a": 1.}"#)?.problem == "digits were expected after the decimal point")
        #expect(fault(#"{"a": 1e}"#)?.problem == "digits were expected in the exponent")
        #expect(fault(#"{"a": -}"#)?.problem == "a number was expected after -")
        #expect(fault(#"{"a": "\x"}"#)?.problem == #"\x is not an escape JSON knows (\" \\ \/ \b \f \n \r \t \uXXXX)"#)
        #expect(fault(#"{"a": "\u12"}"#)?.problem == #"\u must be followed by four hexadecimal digits"#)
        #expect(fault("{\"a\": \"b\nc\"}") == JSONFault(line: 1, column: 9, problem: "a string is not closed on its line (a missing \")"))
        #expect(fault("{\"a\": \"b\tc\"}")?.problem == "a control character inside a string (write it as an escape)")
        #expect(fault(#"{"a": "b"#) == JSONFault(line: 1, column: 7, problem: "this string is never closed (a missing \")"))
        // A backslash as the very last byte (found by `make fuzz`: it looped for ever).
        #expect(fault(#"{"a": "b\"#) == JSONFault(line: 1, column: 7, problem: "this string is never closed (a missing \")"))
        #expect(fault("{} {}") == JSONFault(line: 1, column: 4, problem: "there is more after the end of the JSON ('{')"))
        #expect(fault("{\"a\": é}")?.problem == "a value was expected, not U+00E9")
    }

    @Test func textThatIsNotUTF8() {
        #expect(JSONFault.locate(in: Data([0x7B, 0x0A, 0x20, 0xFF, 0x7D])) == JSONFault(line: 2, column: 2, problem: "this is not UTF-8 text"))
    }

    @Test func deepNestingIsAFaultNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(fault(deep) == JSONFault(line: 1, column: 513, problem: "nested more than 512 deep"))
    }
}
