import FoundationEssentials
import Glibc
import Onboarding

/// Writes a whole file or nothing: a temporary file beside the target (its
/// mode set from the first byte), synced, then renamed over it; never through
/// a symbolic link. A reader (the kiosk service) never sees half a file.
enum AtomicFile {
    static func write(_ data: Data, to path: String, mode: mode_t) throws(CommandProblem) {
        let parts = FilePathParts(path)
        let temporary = parts.folder + "/.\(parts.name).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw CommandProblem("\(path): cannot create (\(String(cString: strerror(errno))))") }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced else {
            unlink(temporary)
            throw CommandProblem("\(path): cannot write")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CommandProblem("\(path): cannot replace (\(String(cString: strerror(errno))))")
        }
    }
}
