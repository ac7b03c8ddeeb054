import FoundationEssentials
import CognitoAuth
import Glibc

/// Finds Onboarding's data files (strings/<language>.json, attributes.json)
/// without `Bundle`, so that the binary needs no more of Foundation than
/// reading a file: the folder SwiftPM copies beside the executable, or the
/// installed one (`/usr/share/cognito-onboard`, the Debian package's), or the
/// folder `COGNITO_ONBOARD_RESOURCES` names (for a relocated install).
public enum ResourceFiles {
    /// The folder SwiftPM writes the OnboardingResources target's resources
    /// to, beside the binary. (A C target, so that SwiftPM generates no
    /// `Bundle.module` accessor: that imports Foundation, which brings ICU.)
    static let bundleName = "cognito-onboard_OnboardingResources.resources"

    /// The folders searched, first match wins.
    public static func searchPath(environment: [String: String] = ProcessEnvironment.current(),
                                  executable: String? = executablePath()) -> [String] {
        var folders: [String] = []
        if let custom = environment["COGNITO_ONBOARD_RESOURCES"], !custom.isEmpty { folders.append(custom) }
        if let executable {
            let dir = FilePathParts(executable).folder
            folders.append(dir + "/" + bundleName)
            folders.append(FilePathParts(dir).folder + "/share/cognito-onboard")
        }
        folders.append("/usr/share/cognito-onboard")
        return folders
    }

    /// The contents of `name` (a path inside the resources folder), or nil.
    public static func data(_ name: String) -> Data? {
        for folder in cachedSearchPath {
            if let data = FileManager.default.contents(atPath: folder + "/" + name) { return data }
        }
        return nil
    }

    /// The names of the files in a resources sub-folder (e.g. the languages in `strings`).
    public static func list(_ folder: String) -> [String] {
        for base in cachedSearchPath {
            if let names = names(in: base + "/" + folder) { return names.sorted() }
        }
        return []
    }

    /// The entries of a folder, read with readdir: FileManager's listing
    /// cost 0.2 M instructions before the first frame (the languages are
    /// listed at start), most of it the runtime resolving its generic code.
    static func names(in path: String) -> [String]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Read once; only the one variable is asked for, with getenv, because
    /// `ProcessInfo.environment` copies the whole environment each time.
    private static let cachedSearchPath = searchPath(environment: overrideEnvironment())

    private static func overrideEnvironment() -> [String: String] {
        guard let value = getenv("COGNITO_ONBOARD_RESOURCES") else { return [:] }
        return ["COGNITO_ONBOARD_RESOURCES": String(cString: value)]
    }

    /// The running binary, resolved through /proc (argv[0] may be relative or a link).
    public static func executablePath() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count], as: UTF8.self)
    }
}
