import CognitoAuth
import FoundationEssentials
import Glibc
import Onboarding

/// --tokens-out: the AuthenticationResult as JSON, written so that no other
/// user can read it (mode 0600 from the first byte), atomically (a temporary
/// file renamed over the target), and never through a symbolic link.
struct TokenFile {
    let path: String

    /// Checks before the screen opens that the file can be written there:
    /// a password is changed only once, so tokens that cannot be saved after
    /// it would be lost for good.
    func check() throws(CommandProblem) {
        if path.isEmpty || path.hasSuffix("/") {
            throw CommandProblem("--tokens-out \(path): names a folder, not a file")
        }
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                throw CommandProblem("--tokens-out \(path): is a symbolic link; refusing to write tokens through it")
            case S_IFDIR:
                throw CommandProblem("--tokens-out \(path): is a folder, not a file")
            case S_IFREG:
                break
            default:
                throw CommandProblem("--tokens-out \(path): exists and is not a regular file")
            }
        }
        let folder = FilePathParts(path).folder
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, access(folder, W_OK | X_OK) == 0 else {
            throw CommandProblem("--tokens-out \(path): the folder does not exist or is not writable")
        }
    }

    func write(_ tokens: AuthenticationResult) throws(CommandProblem) {
        try check()
        // The tokens' own JSON (written from their wiped buffers, wiped in turn).
        do { try AtomicFile.write(tokens.json, to: path, mode: 0o600) } catch { throw CommandProblem(error.description) }
    }
}
