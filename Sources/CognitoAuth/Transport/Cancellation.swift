import FoundationEssentials

/// A flag the caller's task sets when it is cancelled and the worker thread
/// reads from curl's progress callback (which curl calls at least once a
/// second, also while waiting), so a cancelled request stops within a second.
final class Cancellation: @unchecked Sendable {
    private let lock = Lock()
    private var cancelled = false
    private var giveWayAt: ContinuousClock.Instant?

    func cancel() { lock.withLock { cancelled = true } }

    /// For the warm-up: stop once `instant` has passed, because a real request
    /// is waiting behind it. A healthy connection is open long before; one
    /// that is not should not hold the person's request up to its timeout.
    func giveWay(at instant: ContinuousClock.Instant) {
        lock.withLock { giveWayAt = min(giveWayAt ?? instant, instant) }
    }

    var isCancelled: Bool {
        lock.withLock { cancelled || giveWayAt.map { ContinuousClock.now >= $0 } == true }
    }
}
