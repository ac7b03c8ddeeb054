import CognitoAuth
import Foundation

/// A config file (this project's own format) and an amplify_outputs.json: any
/// bytes give a profile or a configuration error, never a crash; and JSON
/// read by `JSONTextScanner` is what JSONDecoder reads.
public enum PoolConfigCheck {
    public static let check: FuzzCheck = { input in
        // The loaders read files, as the program does: one scratch file per
        // process, in memory where there is a tmpfs (a million runs).
        let folder = FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let file = folder + "/fuzz-pool-config-\(getpid()).json"
        let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return ["cannot write \(file)"] }
        let written = input.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == input.count else { return ["cannot write \(file)"] }
        defer { unlink(file) }
        var problems: Violations = []
        let data = Data(input)
        if let scanned = JSONTextScanner.value(of: data), scanned != (try? JSONDecoder().decode(JSONValue.self, from: data)) {
            problems.append("JSONTextScanner read it differently from JSONDecoder")
        }
        problems += loaded { () throws(ConfigurationError) in try PoolProfileLoader.config(at: file) }
        problems += loaded { () throws(ConfigurationError) in try PoolProfileLoader.amplifyOutputs(at: file) }
        return problems
    }

    private static func loaded(_ load: () throws(ConfigurationError) -> PoolProfile) -> Violations {
        do {
            let profile = try load()
            return profile.userPoolId.isEmpty ? ["a profile without a pool id"] : []
        } catch {
            return error.description.isEmpty ? ["an error that says nothing"] : []
        }
    }
}
