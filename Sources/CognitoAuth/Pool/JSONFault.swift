import FoundationEssentials

/// Where JSON text first breaks the grammar (RFC 8259), with the line and
/// column an editor shows, so a config error says "line 7, column 3: a comma
/// before }" rather than only "not valid JSON". JSONDecoder knows the place
/// too, but says it only in prose whose wording may change between releases;
/// this scan is run only once the decoder has refused the text.
struct JSONFault: Equatable, Sendable, CustomStringConvertible {
    /// 1-based, counted in lines ended by LF.
    let line: Int
    /// 1-based, counted in characters (not bytes) from the start of the line.
    let column: Int
    let problem: String

    var description: String { "line \(line), column \(column): \(problem)" }

    /// JSONDecoder refuses deeper nesting; so does this scan, at the same place.
    static let depthLimit = 512

    /// The first fault in `data`, or nil when the grammar holds (the decoder
    /// then refused for another reason, such as a number out of range).
    static func locate(in data: Data) -> JSONFault? {
        let bytes = [UInt8](data)
        if let bad = firstInvalidUTF8(bytes) { return fault(bytes, at: bad, "this is not UTF-8 text") }
        var scan = Scan(bytes: bytes)
        guard let (offset, problem) = scan.run() else { return nil }
        return fault(bytes, at: offset, problem)
    }

    private static func fault(_ bytes: [UInt8], at offset: Int, _ problem: String) -> JSONFault {
        let before = bytes[..<min(offset, bytes.count)]
        let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
        let line = 1 + before.lazy.filter { $0 == 0x0A }.count
        // A character is each byte that does not continue a UTF-8 sequence.
        let column = 1 + before[lineStart...].lazy.filter { $0 & 0xC0 != 0x80 }.count
        return JSONFault(line: line, column: column, problem: problem)
    }

    /// The offset of the first byte that does not begin a valid UTF-8 sequence.
    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// One pass over the bytes with an explicit stack (no recursion, so no
    /// input can exhaust the call stack).
    private struct Scan {
        enum Container { case object, array }
        enum Expect { case value, valueOrEnd, valueAfterComma, keyOrEnd, keyAfterComma, colon, commaOrEnd, done }

        let bytes: [UInt8]
        var i = 0
        var stack: [Container] = []
        var expect = Expect.value

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// The offset and the problem of the first fault, or nil.
        mutating func run() -> (Int, String)? {
            while true {
                while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
                guard i < bytes.count else {
                    if expect == .done { return nil }
                    if stack.isEmpty && expect == .value { return (i, "there is no JSON here (an object { … } was expected)") }
                    return (i, "the text ends before the JSON is complete (a missing \(stack.last == .array ? "]" : "}")?)")
                }
                let c = bytes[i]
                switch expect {
                case .done:
                    return (i, "there is more after the end of the JSON (\(show(at: i)))")
                case .value, .valueOrEnd, .valueAfterComma:
                    if c == UInt8(ascii: "]"), expect != .value {
                        if expect == .valueAfterComma { return (i, "a comma before ]: JSON allows none there") }
                        close()
                        continue
                    }
                    if let fault = value() { return fault }
                case .keyOrEnd, .keyAfterComma:
                    if c == UInt8(ascii: "}") {
                        if expect == .keyAfterComma { return (i, "a comma before }: JSON allows none there") }
                        close()
                        continue
                    }
                    guard c == UInt8(ascii: "\"") else { return (i, "a key in double quotes was expected, not \(show(at: i))") }
                    if let fault = string() { return fault }
                    expect = .colon
                case .colon:
                    guard c == UInt8(ascii: ":") else { return (i, "a colon after the key was expected, not \(show(at: i))") }
                    i += 1
                    expect = .value
                case .commaOrEnd:
                    let inObject = stack.last == .object
                    if c == UInt8(ascii: ",") {
                        i += 1
                        expect = inObject ? .keyAfterComma : .valueAfterComma
                    } else if c == UInt8(ascii: inObject ? "}" : "]") {
                        close()
                    } else {
                        return (i, "a comma or \(inObject ? "}" : "]") was expected, not \(show(at: i))")
                    }
                }
            }
        }

        private mutating func close() {
            i += 1
            stack.removeLast()
            expect = stack.isEmpty ? .done : .commaOrEnd
        }

        private mutating func value() -> (Int, String)? {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < JSONFault.depthLimit else { return (i, "nested more than \(JSONFault.depthLimit) deep") }
                stack.append(c == UInt8(ascii: "{") ? .object : .array)
                expect = c == UInt8(ascii: "{") ? .keyOrEnd : .valueOrEnd
                i += 1
                return nil
            case UInt8(ascii: "\""):
                if let fault = string() { return fault }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if let fault = number() { return fault }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                let word = ["true", "false", "null"].first { bytes[i...].starts(with: $0.utf8) }
                guard let word else { return (i, "true, false or null was expected") }
                i += word.utf8.count
            case UInt8(ascii: "'"):
                return (i, "strings need double quotes (\"), not single quotes")
            case UInt8(ascii: "/"):
                return (i, "JSON allows no comments")
            default:
                return (i, "a value was expected, not \(show(at: i))")
            }
            expect = stack.isEmpty ? .done : .commaOrEnd
            return nil
        }

        /// A string from its opening quote at `i`; `i` ends after the closing one.
        private mutating func string() -> (Int, String)? {
            let start = i
            i += 1
            while i < bytes.count {
                let c = bytes[i]
                switch c {
                case UInt8(ascii: "\""):
                    i += 1
                    return nil
                case UInt8(ascii: "\\"):
                    // A backslash as the text's last byte: the string never
                    // closes (`break` here would only leave the switch, and
                    // the loop would look at the same byte for ever).
                    guard i + 1 < bytes.count else { return (start, "this string is never closed (a missing \")") }
                    let escaped = bytes[i + 1]
                    if escaped == UInt8(ascii: "u") {
                        let digits = bytes[(i + 2)..<min(i + 6, bytes.count)]
                        guard digits.count == 4, digits.allSatisfy(isHexDigit) else {
                            return (i, "\\u must be followed by four hexadecimal digits")
                        }
                        i += 6
                    } else {
                        guard Array("\"\\/bfnrt".utf8).contains(escaped) else {
                            return (i, "\\\(show(at: i + 1, quoted: false)) is not an escape JSON knows (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
                        }
                        i += 2
                    }
                case 0x00..<0x20:
                    return (i, c == 0x0A ? "a string is not closed on its line (a missing \")" : "a control character inside a string (write it as an escape)")
                default:
                    i += 1
                }
            }
            return (start, "this string is never closed (a missing \")")
        }

        /// A number at `i`: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
        private mutating func number() -> (Int, String)? {
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            func digits() -> Int {
                let from = i
                while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
                return i - from
            }
            let whole = i
            guard digits() > 0 else { return (start, "a number was expected after -") }
            if bytes[whole] == UInt8(ascii: "0"), i - whole > 1 { return (start, "a number may not start with 0") }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard digits() > 0 else { return (i, "digits were expected after the decimal point") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { return (i, "digits were expected in the exponent") }
            }
            return nil
        }

        private func isHexDigit(_ c: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(c | 0x20)
        }

        /// A byte as a person reads it: `'x'` for printable ASCII, U+XXXX otherwise.
        private func show(at offset: Int, quoted: Bool = true) -> String {
            let c = bytes[offset]
            guard (0x21..<0x7F).contains(c) else {
                if c < 0x80 { return "U+" + String(c, radix: 16, uppercase: true).leftPadded(to: 4) }
                // The start of a multi-byte character (the text is valid UTF-8 by now).
                let scalar = String(decoding: bytes[offset...].prefix(4), as: UTF8.self).unicodeScalars.first
                return "U+" + String(scalar?.value ?? UInt32(c), radix: 16, uppercase: true).leftPadded(to: 4)
            }
            let text = String(UnicodeScalar(c))
            return quoted ? "'\(text)'" : text
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
