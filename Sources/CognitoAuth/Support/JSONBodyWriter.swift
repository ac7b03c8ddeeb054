import FoundationEssentials

/// A request body that writes its own JSON with `JSONBodyWriter`, because it
/// may carry a secret (a password, a code, a session) that JSONEncoder would
/// leave behind in working buffers it frees without wiping.
public protocol JSONBody {
    /// Writes the members of the body's top-level object, in order.
    func writeMembers(to json: inout JSONBodyWriter)
}

/// Writes a request body's JSON object straight into one buffer sized up
/// front: the body is written twice, once only counting bytes and once into
/// a buffer of exactly that size, so nothing is ever reallocated and no
/// freed copy of a secret is left behind. The buffer wipes itself when the
/// last request using it is gone (`SecretMemory.wipingData`).
///
/// Strings are escaped as RFC 8259 requires and no more: quote and backslash
/// with a backslash, control characters (U+0000–U+001F) as `\u00XX`,
/// everything else as its UTF-8 bytes (U+2028 included: valid JSON). The
/// shapes are those the Cognito requests use: strings, optional strings
/// (left out when nil, as JSONEncoder does) and string-to-string maps.
public struct JSONBodyWriter {
    /// Where the bytes go; nil while counting.
    private let buffer: UnsafeMutableRawBufferPointer?
    /// Bytes written (or counted) so far.
    private var count = 0
    /// Whether the next member is the first of its object (no comma before it).
    private var firstMember = true

    private init(into buffer: UnsafeMutableRawBufferPointer?) {
        self.buffer = buffer
    }

    /// The body of `request`, in a buffer that wipes itself when freed; with
    /// a newline after it for a file.
    public static func body(of request: some JSONBody, endingWithNewline: Bool = false) -> Data {
        var counter = JSONBodyWriter(into: nil)
        counter.object(request)
        if endingWithNewline { counter.byte(0x0A) }
        let size = counter.count
        return SecretMemory.wipingData(count: size) { bytes in
            var writer = JSONBodyWriter(into: bytes)
            writer.object(request)
            if endingWithNewline { writer.byte(0x0A) }
            // The same request writes the same bytes: a map is not mutated between the passes.
            precondition(writer.count == size, "the JSON body changed size between counting and writing")
        }
    }

    /// A string member; none when `value` is nil.
    public mutating func member(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// A number member (a whole one: ExpiresIn); none when `value` is nil.
    public mutating func member(_ name: String, _ value: Int?) {
        guard let value else { return }
        key(name)
        for unit in String(value).utf8 { byte(unit) }
    }

    /// A member whose value is an object that writes its own members; none
    /// when `value` is nil.
    public mutating func member(_ name: String, _ value: (some JSONBody)?) {
        guard let value else { return }
        key(name)
        object(value)
        firstMember = false
    }

    /// A secret's member, its bytes read in place; none when `value` is nil.
    public mutating func member(_ name: String, _ value: SecretBytes?) {
        guard let value else { return }
        key(name)
        value.withUnsafeBytes { string(utf8: $0) }
    }

    /// A member whose value is an object of strings, in the map's own order:
    /// JSON objects are unordered.
    public mutating func member(_ name: String, _ values: [String: String]) {
        member(name, values.mapValues(WireText.plain))
    }

    /// A member whose value is an object of strings and secrets
    /// (AuthParameters, ChallengeResponses with a password in them).
    public mutating func member(_ name: String, _ values: [String: WireText]) {
        key(name)
        byte(UInt8(ascii: "{"))
        for (index, (key, value)) in values.enumerated() {
            if index > 0 { byte(UInt8(ascii: ",")) }
            string(key)
            byte(UInt8(ascii: ":"))
            switch value {
            case .plain(let text): string(text)
            case .secret(let secret): secret.withUnsafeBytes { string(utf8: $0) }
            }
        }
        byte(UInt8(ascii: "}"))
    }

    private mutating func object(_ body: some JSONBody) {
        byte(UInt8(ascii: "{"))
        firstMember = true
        body.writeMembers(to: &self)
        byte(UInt8(ascii: "}"))
    }

    private mutating func key(_ name: String) {
        if !firstMember { byte(UInt8(ascii: ",")) }
        firstMember = false
        string(name)
        byte(UInt8(ascii: ":"))
    }

    /// Reads the string's UTF-8 in place (a native String's own storage): no
    /// intermediate copy of the text.
    private mutating func string(_ text: String) {
        string(utf8: text.utf8)
    }

    /// A JSON string of UTF-8 code units (a String's, or a secret's bytes).
    /// The bytes are taken as they are: a secret made from characters is
    /// valid UTF-8.
    private mutating func string(utf8 units: some Sequence<UInt8>) {
        byte(UInt8(ascii: "\""))
        for unit in units {
            switch unit {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                byte(UInt8(ascii: "\\"))
                byte(unit)
            case 0..<0x20:
                for escaped in "\\u00".utf8 { byte(escaped) }
                byte(Self.hexDigits[Int(unit >> 4)])
                byte(Self.hexDigits[Int(unit & 0xF)])
            default:
                byte(unit)
            }
        }
        byte(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func byte(_ value: UInt8) {
        if let buffer {
            precondition(count < buffer.count, "the JSON body outgrew its buffer")
            buffer[count] = value
        }
        count += 1
    }
}
