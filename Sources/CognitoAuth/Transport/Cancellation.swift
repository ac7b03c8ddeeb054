import Foundation

/// A flag the caller's task sets when it is cancelled and the worker thread
/// reads from curl's progress callback (which curl calls at least once a
/// second, also while waiting), so a cancelled request stops within a second.
final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    func cancel() { lock.withLock { cancelled = true } }
    var isCancelled: Bool { lock.withLock { cancelled } }
}
