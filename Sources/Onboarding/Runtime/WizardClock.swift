/// Where the runtime reads the time: a monotonic clock in the product, a hand
/// moved one in tests (so the kiosk's idle reset and the session countdown
/// are tested without sleeping).
public protocol WizardClock: Sendable {
    /// Time since the clock started.
    func now() -> Duration
}

/// The system's monotonic clock (unaffected by changes to the wall clock).
public struct SystemClock: WizardClock {
    private let start = ContinuousClock.now

    public init() {}

    public func now() -> Duration { ContinuousClock.now - start }
}
