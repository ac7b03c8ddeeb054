/// A string value of a request's map (AuthParameters, ChallengeResponses):
/// plain text, or a secret's bytes that `JSONBodyWriter` writes in place, so
/// a password shares a map with names and hashes without becoming a String.
public enum WireText: Equatable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    case plain(String)
    case secret(SecretBytes)

    public init(stringLiteral value: String) { self = .plain(value) }

    /// A secret stays hidden: this is what logs and test failures show.
    public var description: String {
        switch self {
        case .plain(let text): return text
        case .secret(let secret): return secret.description
        }
    }
}
