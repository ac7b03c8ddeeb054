/// The folder and the last component of a file path, as NSString's
/// `deletingLastPathComponent` and `lastPathComponent` gave them; those live
/// in full Foundation, which brings ICU (some 40 MB) into the static binary.
public struct FilePathParts: Equatable, Sendable {
    /// The folder: `.` for a bare name, `/` for a name at the root.
    public let folder: String
    public let name: String

    public init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else {
            folder = "."
            name = String(trimmed)
            return
        }
        folder = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
        name = String(trimmed[trimmed.index(after: slash)...])
    }
}
