import CognitoAuth
import CTerminalGuard
import Glibc
import Logging
import Onboarding

/// The operator's lines on standard error (a kiosk's journal): what the core
/// logs at notice and above, one line each, prefixed with the program's name.
/// While the wizard talks with a person on the very terminal standard error
/// writes to (the full screen, or plain mode's questions), a line would land
/// in the middle of the screen or the dialogue: such lines are held and
/// written once the wizard has finished (or, if a signal ends it, by the
/// signal handler once the terminal is restored). Standard error elsewhere
/// (the journal, a file, another terminal) gets each line at once.
final class OperatorLog: @unchecked Sendable {
    static let shared = OperatorLog()

    /// Lines held beyond this are counted, not kept: a kiosk runs for months.
    static let holdLimit = 100

    private let lock = Lock()
    private var held: [String]?
    private var dropped = 0

    /// Routes swift-log, for this process, to `shared`.
    static func bootstrap() {
        LoggingSystem.bootstrap { _ in Handler(sink: shared) }
    }

    func write(_ line: String) {
        let text = "cognito-onboard: \(line)\n"
        let now: Bool = lock.withLock {
            guard held != nil else { return true }
            if held!.count < Self.holdLimit {
                held!.append(text)
                // Also where a signal that ends the run can write it.
                _ = text.utf8CString.withUnsafeBufferPointer { terminal_guard_hold($0.baseAddress, $0.count - 1) }
            } else {
                dropped += 1
            }
            return false
        }
        if now { StandardStream.error.write(text) }
    }

    /// Holds lines from now on when standard error is the terminal the full
    /// screen is about to be drawn on.
    func holdWhileTheScreenIsOpen() {
        guard Self.standardErrorIsTheScreen() else { return }
        lock.withLock { if held == nil { held = [] } }
    }

    /// Writes what was held, now that the screen has closed; lines go straight
    /// out again.
    func screenClosed() {
        let (lines, more) = lock.withLock { () -> ([String], Int) in
            defer { held = nil; dropped = 0 }
            terminal_guard_release_held()
            return (held ?? [], dropped)
        }
        for line in lines { StandardStream.error.write(line) }
        if more > 0 { StandardStream.error.write("cognito-onboard: \(more) more lines were not kept\n") }
    }

    /// Standard error and standard output are the same terminal device.
    static func standardErrorIsTheScreen() -> Bool {
        guard isatty(STDERR_FILENO) == 1 else { return false }
        var error = stat(), output = stat()
        guard fstat(STDERR_FILENO, &error) == 0, fstat(STDOUT_FILENO, &output) == 0 else { return true }
        return error.st_rdev == output.st_rdev
    }

    /// swift-log's side: a line of the message and its metadata.
    struct Handler: LogHandler {
        let sink: OperatorLog
        var logLevel: Logger.Level = .notice
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let details = all.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            // One line whatever the message holds: a line break would split it in the journal.
            let text = Sanitizer.clean(details.isEmpty ? "\(event.message)" : "\(event.message) (\(details))")
            sink.write(text)
        }
    }
}
