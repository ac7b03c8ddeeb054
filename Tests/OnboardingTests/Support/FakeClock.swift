import Onboarding
import Synchronization

/// A clock the test moves by hand: time-based behaviour without sleeping.
final class FakeClock: WizardClock {
    private let time = Mutex<Duration>(.zero)

    func now() -> Duration { time.withLock { $0 } }

    func advance(_ by: Duration) { time.withLock { $0 += by } }
}
