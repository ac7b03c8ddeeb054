/// A name the service spells in capitals (a challenge, a first factor), as an
/// enum with one case per name this version knows and `unknown(name)` for
/// the rest, so a newer service's names are kept, never dropped. The type
/// lists its spellings; reading and writing them is shared here.
public protocol WireNamed: Hashable, CustomStringConvertible {
    /// Each known case with its wire spelling.
    static var wireNames: [(Self, String)] { get }
    /// The case for a name this version does not know.
    static func unknown(_ name: String) -> Self
    /// The name an `unknown` case holds; nil for the known ones.
    var unknownName: String? { get }
}

extension WireNamed {
    public init(wireName: String) {
        self = Self.wireNames.first { $0.1 == wireName }?.0 ?? .unknown(wireName)
    }

    /// The name as the service spells it (an unknown one as it came).
    public var wireName: String {
        unknownName ?? Self.wireNames.first { $0.0 == self }!.1
    }

    public var description: String { wireName }
}
