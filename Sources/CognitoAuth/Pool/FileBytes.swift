import FoundationEssentials
import Glibc

/// The bytes of a configuration or secret file, or why they cannot be had in
/// the system's words ("Permission denied", "No such file or directory", "Is a
/// directory"): `FileManager.contents(atPath:)` answers only nil, and "cannot
/// be read" leaves an operator guessing between a typo, a mode and a mount.
enum FileBytes {
    /// No config or secret is anywhere near this; a device or a log file named
    /// by mistake is refused instead of read into memory.
    static let limit = 16 << 20

    struct Failure: Error, Equatable {
        /// What went wrong, without the path (the caller names the file).
        let reason: String
    }

    static func read(_ path: String) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: systemReason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(reason: systemReason(errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { throw Failure(reason: systemReason(EISDIR)) }
        return try read(descriptor: descriptor)
    }

    /// All that can be read from `descriptor` (standard input, for the AWS
    /// CLI's output piped in), up to `limit`.
    static func read(descriptor: Int32) throws(Failure) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16384)
        // The buffer may have held a client secret: it leaves no copy behind.
        defer { buffer.withUnsafeMutableBytes { _ = $0.initializeMemory(as: UInt8.self, repeating: 0) } }
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[..<count])
                if data.count > limit { throw Failure(reason: "larger than \(limit >> 20) MiB, so not a configuration file") }
            } else if count == 0 {
                return data
            } else if errno != EINTR {
                throw Failure(reason: systemReason(errno))
            }
        }
    }

    /// strerror's text for `code`.
    static func systemReason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
