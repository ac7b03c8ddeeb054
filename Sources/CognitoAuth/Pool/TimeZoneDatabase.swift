import FoundationEssentials
import Glibc

/// The system's tz database (`/usr/share/zoneinfo`, or `$TZDIR`): what the
/// `zoneinfo` attribute is checked against and offered from.
public struct TimeZoneDatabase: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    /// getenv, not `ProcessInfo.environment`, which copies the whole
    /// environment: every wizard asks for this before its first frame.
    public static var system: TimeZoneDatabase {
        TimeZoneDatabase(root: getenv("TZDIR").map { String(cString: $0) } ?? "/usr/share/zoneinfo")
    }

    /// Whether `name` is a zone: a safe relative path to a TZif file. Without a
    /// tz database on the machine (no tzdata package), any well-formed name
    /// passes, as Cognito itself would take it: Foundation's own list of zones
    /// comes from ICU, which this binary leaves out.
    public func contains(_ name: String) -> Bool {
        guard Self.isWellFormed(name) else { return false }
        guard FileManager.default.fileExists(atPath: root) else { return true }
        return Self.isTZif(root + "/" + name)
    }

    /// Every zone name, sorted, without the `posix/` and `right/` copies and
    /// the helper files.
    public func allNames() -> [String] {
        var names: [String] = []
        collect(in: "", into: &names)
        return names.sorted()
    }

    /// The zone files under `folder` (relative to the root), depth first.
    private func collect(in folder: String, into names: inout [String]) {
        let base = folder.isEmpty ? root : root + "/" + folder
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: base) else { return }
        for entry in entries {
            let path = folder.isEmpty ? entry : folder + "/" + entry
            if path == "posix" || path == "right" { continue }
            // Zone names start with a capital and have no dot; the helper files
            // (zone.tab, tzdata.zi, leapseconds, posixrules...) do not. This keeps
            // the list from opening every file on the first completion.
            guard Self.isWellFormed(path), entry.first?.isUppercase == true, !entry.contains("."), path != "Factory" else {
                continue
            }
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                collect(in: path, into: &names)
            } else {
                names.append(path)
            }
        }
    }

    static func isWellFormed(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return !name.isEmpty && name.count <= 64 && parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".."
                && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_+-".contains($0)) }
        }
    }

    private static func isTZif(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var magic = [UInt8](repeating: 0, count: 4)
        let count = magic.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4) }
        return count == 4 && magic == Array("TZif".utf8)
    }
}
