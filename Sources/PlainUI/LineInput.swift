import CTerminalGuard
import Onboarding
import Glibc

/// Reads answers one line at a time: from a terminal with echo off for
/// secrets, from a pipe as plain lines (so a script can answer every prompt).
public final class LineInput {
    let descriptor: Int32
    let isTerminal: Bool

    /// Reads from `descriptor` (standard input by default; a pipe in tests).
    /// At a terminal, whatever signal ends or stops the program gives the
    /// terminal back with echo on, also under shells that do not (dash).
    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
        isTerminal = isatty(descriptor) == 1
        if isTerminal { terminal_guard_plain_install() }
    }

    private var buffer = [UInt8]()

    /// The next line without its newline, or nil at end of input.
    public func readLine(secret: Bool) -> String? {
        guard secret, isTerminal else { return rawLine() }
        terminal_guard_plain_quiet(1)
        defer {
            terminal_guard_plain_quiet(0)
            StandardStream.output.write("\n")
        }
        return rawLine()
    }

    /// Byte by byte, so nothing past the line is taken from a shared pipe.
    private func rawLine() -> String? {
        buffer.removeAll(keepingCapacity: true)
        var byte: UInt8 = 0
        while true {
            let n = read(descriptor, &byte, 1)
            if n < 0, errno == EINTR { continue }  // stopped and continued: still waiting
            if n <= 0 { return buffer.isEmpty ? nil : decoded() }
            if byte == 0x0A { return decoded() }
            buffer.append(byte)
        }
    }

    private func decoded() -> String {
        var text = String(decoding: buffer, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
