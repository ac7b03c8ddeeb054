import FoundationEssentials
import Glibc

/// Reads one JSON object of a configuration file, keeping the file name and
/// the key path so every complaint says exactly where the problem is.
struct JSONObjectReader {
    let file: String
    let path: String
    let object: [String: JSONValue]

    init(file: String, path: String, object: [String: JSONValue]) {
        self.file = file
        self.path = path
        self.object = object
    }

    /// The top-level object of a file (`-`: standard input).
    static func load(file: String) throws(ConfigurationError) -> JSONObjectReader {
        try parse(try contents(of: file), file: file)
    }

    /// The bytes of `file`; `-` is standard input, as for the AWS CLI's output piped in.
    static func contents(of file: String) throws(ConfigurationError) -> Data {
        do { return try file == "-" ? FileBytes.read(descriptor: STDIN_FILENO) : FileBytes.read(file) } catch {
            throw ConfigurationError(file: file, key: nil, reason: "cannot be read: \(error.reason)")
        }
    }

    /// The top-level object of JSON text read from `file`.
    static func parse(_ data: Data, file: String) throws(ConfigurationError) -> JSONObjectReader {
        let parsed: JSONValue
        do { parsed = try JSONValue(parsing: data) } catch {
            guard let fault = JSONFault.locate(in: data) else {
                throw ConfigurationError(file: file, key: nil, reason: "is not valid JSON")
            }
            throw ConfigurationError(file: file, key: nil, reason: "is not valid JSON at \(fault)")
        }
        guard let object = parsed.object else {
            throw ConfigurationError(file: file, key: nil, reason: "must hold a JSON object")
        }
        return JSONObjectReader(file: file, path: "", object: object)
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    func fail(_ key: String, _ reason: String) -> ConfigurationError {
        ConfigurationError(file: file, key: keyPath(key), reason: reason)
    }

    func has(_ key: String) -> Bool { object[key].map { !$0.isNull } ?? false }

    func string(_ key: String) throws(ConfigurationError) -> String? {
        guard has(key) else { return nil }
        guard let value = object[key]?.string else { throw fail(key, "must be a string") }
        return value
    }

    func requiredString(_ key: String) throws(ConfigurationError) -> String {
        guard let value = try string(key), !value.isEmpty else { throw fail(key, "is missing") }
        return value
    }

    func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        guard has(key) else { return nil }
        guard let value = object[key]?.bool else { throw fail(key, "must be true or false") }
        return value
    }

    func int(_ key: String, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int? {
        guard has(key) else { return nil }
        guard let value = object[key]?.int else { throw fail(key, "must be a whole number") }
        guard range.contains(value) else { throw fail(key, "must be from \(range.lowerBound) to \(range.upperBound)") }
        return value
    }

    func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        guard has(key) else { return nil }
        guard let values = object[key]?.array, values.allSatisfy({ $0.string != nil }) else {
            throw fail(key, "must be a list of strings")
        }
        return values.compactMap(\.string)
    }

    func child(_ key: String) throws(ConfigurationError) -> JSONObjectReader? {
        guard has(key) else { return nil }
        guard let value = object[key]?.object else { throw fail(key, "must be an object") }
        return JSONObjectReader(file: file, path: keyPath(key), object: value)
    }

    func children(_ key: String) throws(ConfigurationError) -> [JSONObjectReader]? {
        guard has(key) else { return nil }
        guard let values = object[key]?.array else { throw fail(key, "must be a list of objects") }
        var readers: [JSONObjectReader] = []
        for (index, value) in values.enumerated() {
            guard let item = value.object else { throw fail("\(key)[\(index)]", "must be an object") }
            readers.append(JSONObjectReader(file: file, path: keyPath("\(key)[\(index)]"), object: item))
        }
        return readers
    }

    /// The keys outside `known`, as dotted paths: what a newer service or tool
    /// added, for a note rather than a refusal.
    func unknownKeys(known: Set<String>) -> [String] {
        object.keys.sorted().filter { !known.contains($0) }.map(keyPath)
    }

    /// Refuses keys outside `allowed`: in our own config an unknown key is
    /// almost always a typo that would otherwise be silently ignored.
    /// The closest allowed key, when there is one, is named ("did you mean").
    func rejectUnknownKeys(allowed: Set<String>) throws(ConfigurationError) {
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            guard let suggestion = KeySuggestion.closest(to: unknown, among: allowed) else {
                throw fail(unknown, "is not a known setting")
            }
            throw fail(unknown, "is not a known setting (did you mean \(keyPath(suggestion))?)")
        }
    }
}
