import Foundation

/// The system's tz database (`/usr/share/zoneinfo`, or `$TZDIR`): what the
/// `zoneinfo` attribute is checked against and offered from.
public struct TimeZoneDatabase: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    public static var system: TimeZoneDatabase {
        TimeZoneDatabase(root: ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo")
    }

    /// Whether `name` is a zone: a safe relative path to a TZif file. Without a
    /// tz database on the machine, Foundation's list decides.
    public func contains(_ name: String) -> Bool {
        guard Self.isWellFormed(name) else { return false }
        guard FileManager.default.fileExists(atPath: root) else {
            return TimeZone.knownTimeZoneIdentifiers.contains(name)
        }
        return Self.isTZif(root + "/" + name)
    }

    /// Every zone name, sorted, without the `posix/` and `right/` copies and
    /// the helper files.
    public func allNames() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            return TimeZone.knownTimeZoneIdentifiers.sorted()
        }
        var names: [String] = []
        while let path = walker.nextObject() as? String {
            if path == "posix" || path == "right" { walker.skipDescendants(); continue }
            // Zone names start with a capital and have no dot; the helper files
            // (zone.tab, tzdata.zi, leapseconds, posixrules...) do not. This keeps
            // the list from opening every file on the first completion.
            guard Self.isWellFormed(path), path.first?.isUppercase == true, !path.contains("."), path != "Factory",
                  walker.fileAttributes?[.type] as? FileAttributeType != .typeDirectory else { continue }
            names.append(path)
        }
        return names.sorted()
    }

    static func isWellFormed(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return !name.isEmpty && name.count <= 64 && parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".."
                && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_+-".contains($0)) }
        }
    }

    private static func isTZif(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)) == Data("TZif".utf8)
    }
}
