import CTerminalGuard
import Foundation

/// Reads answers one line at a time: from a terminal with echo off for
/// secrets, from a pipe as plain lines (so a script can answer every prompt).
final class LineInput {
    let isTerminal = isatty(STDIN_FILENO) == 1
    private var buffer = [UInt8]()

    /// At a terminal, whatever signal ends or stops the program gives the
    /// terminal back with echo on, also under shells that do not (dash).
    init() {
        if isTerminal { terminal_guard_plain_install() }
    }

    /// The next line without its newline, or nil at end of input.
    func readLine(secret: Bool) -> String? {
        guard secret, isTerminal else { return rawLine() }
        terminal_guard_plain_quiet(1)
        defer {
            terminal_guard_plain_quiet(0)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
        return rawLine()
    }

    /// Byte by byte, so nothing past the line is taken from a shared pipe.
    private func rawLine() -> String? {
        buffer.removeAll(keepingCapacity: true)
        var byte: UInt8 = 0
        while true {
            let n = read(STDIN_FILENO, &byte, 1)
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
