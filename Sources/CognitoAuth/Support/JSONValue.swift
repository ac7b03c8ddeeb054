import FoundationEssentials

/// A JSON document as plain values, for the files whose shape is checked by
/// hand (configuration files, Cognito's challenge parameters). It replaces
/// JSONSerialization, which lives in full Foundation and so brings ICU into
/// the static binary; JSONDecoder and JSONEncoder are FoundationEssentials'.
public enum JSONValue: Sendable, Equatable, Codable {
    case null
    case bool(Bool)
    /// A number written without a fraction that fits an Int.
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses JSON text (a top-level scalar included): by `JSONTextScanner`
    /// where it can, else by JSONDecoder, whose answer (or error) then stands.
    public init(parsing data: Data) throws {
        self = try JSONTextScanner.value(of: data) ?? JSONDecoder().decode(JSONValue.self, from: data)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // JSONDecoder is strict about kinds: `true` is no number and `1` no
        // Bool, so trying each in turn finds the one the text holds.
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The JSON text: compact, or indented with sorted keys (a file a person
    /// reads and diffs); slashes are never escaped.
    public func encoded(pretty: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        // Every case encodes: only a non-finite Double could fail, and JSON text never holds one.
        return (try? encoder.encode(self)) ?? Data("null".utf8)
    }

    public var isNull: Bool { self == .null }

    /// A member of an object (nil for a missing key or a non-object).
    public subscript(key: String) -> JSONValue? { object?[key] }

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// A whole number, written as `3` or `3.0`.
    public var int: Int? {
        switch self {
        case .integer(let value): return value
        case .number(let value): return Int(exactly: value)
        default: return nil
        }
    }

    public var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var object: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// A string, or a number as its JSON text (`3`, `1.5`): what a service
    /// that sends numbers either way means.
    public var scalarText: String? {
        switch self {
        case .string(let value): return value
        case .integer(let value): return String(value)
        case .number(let value): return Int(exactly: value).map(String.init) ?? String(value)
        default: return nil
        }
    }
}

/// Literals, so a JSON document can be written as Swift (the tests' admin
/// requests, the config `init` writes).
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(Dictionary(uniqueKeysWithValues: elements)) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
}
