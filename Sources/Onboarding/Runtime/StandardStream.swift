import Glibc

/// Standard output or standard error, written with write(2) to the end.
/// FileHandle would do, but it lives in full Foundation, which brings ICU
/// (some 40 MB) into the static binary.
public enum StandardStream: Sendable {
    case output
    case error

    private var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }

    /// Writes all of `bytes`, retrying partial writes and interruptions; a
    /// closed or failing stream ends the attempt quietly (as FileHandle's
    /// write did with SIGPIPE ignored, there is nobody left to tell).
    public func write(_ bytes: some Sequence<UInt8>) {
        _ = Array(bytes).withUnsafeBytes { Self.write($0, to: descriptor) }
    }

    /// Writes all of `bytes` to `descriptor` in place (no copy is made: the
    /// tokens a success program reads go through here and are wiped after),
    /// retrying partial writes and interruptions; false when the descriptor
    /// failed or closed first.
    @discardableResult
    public static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var pending = bytes[...]
        while !pending.isEmpty {
            let count = Glibc.write(descriptor, UnsafeRawBufferPointer(rebasing: pending).baseAddress, pending.count)
            if count > 0 {
                pending = pending.dropFirst(count)
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    public func write(_ text: String) { write(text.utf8) }
}
