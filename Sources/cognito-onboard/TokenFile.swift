import CognitoAuth
import Foundation

/// --tokens-out: the AuthenticationResult as JSON, written so that no other
/// user can read it (mode 0600 from the first byte), atomically (a temporary
/// file renamed over the target), and never through a symbolic link.
struct TokenFile {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    let path: String

    /// Checks before the screen opens that the file can be written there.
    func check() throws(Problem) {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            throw Problem(description: "\(path): is a symbolic link; refusing to write tokens through it")
        }
        let directory = (path as NSString).deletingLastPathComponent
        guard access(directory.isEmpty ? "." : directory, W_OK) == 0 else {
            throw Problem(description: "\(path): the folder does not exist or is not writable")
        }
    }

    func write(_ tokens: AuthenticationResult) throws(Problem) {
        try check()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard var data = try? encoder.encode(tokens) else { throw Problem(description: "cannot encode the tokens") }
        data.append(0x0A)
        do { try AtomicFile.write(data, to: path, mode: 0o600) } catch { throw Problem(description: error.description) }
    }
}
