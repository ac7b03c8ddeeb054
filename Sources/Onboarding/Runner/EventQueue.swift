import Foundation

/// Events from the effects (which finish on other threads) waiting for the UI
/// loop, which takes them between key presses. The loop never blocks on a
/// request, so keys are handled while one is in flight.
public final class EventQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Event] = []

    public init() {}

    public func post(_ event: Event) {
        lock.withLock { pending.append(event) }
    }

    /// Everything posted so far, oldest first.
    public func drain() -> [Event] {
        lock.withLock {
            defer { pending.removeAll() }
            return pending
        }
    }
}
