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
        var pending = Array(bytes)[...]
        while !pending.isEmpty {
            let count = pending.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                pending = pending.dropFirst(count)
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    public func write(_ text: String) { write(text.utf8) }
}
