/// A configuration file that cannot be used, naming the file and the key, so
/// the person can fix it without guessing.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// The dotted path of the key (`auth.password_policy.min_length`), if any.
    public let key: String?
    public let reason: String

    public init(file: String, key: String?, reason: String) {
        self.file = file
        self.key = key
        self.reason = reason
    }

    public var description: String {
        if let key { return "\(file): \(key): \(reason)" }
        return "\(file): \(reason)"
    }
}
