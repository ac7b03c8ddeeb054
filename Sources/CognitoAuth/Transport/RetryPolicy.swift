/// When and how long to wait before trying a request again.
///
/// Only where repeating is safe: the service refused before acting
/// (TooManyRequests), or the request never left. A 5xx or an InternalError may
/// come after the service acted, so those are retried only for operations that
/// can be repeated (`Operation.isRepeatable`) — never a challenge answer.
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration

    public init(maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(2)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    public static let standard = RetryPolicy()
    public static let never = RetryPolicy(maxAttempts: 1)

    /// Whether to try again after `error` on attempt `attempt` (1-based).
    func shouldRetry(_ error: AuthError, operation: Operation, attempt: Int) -> Bool {
        guard attempt < maxAttempts else { return false }
        switch error {
        case .network(let network):
            return network.failedBeforeSending || (operation.isRepeatable && network == .timedOut)
        case .service(let service):
            if service.name == .tooManyRequests { return true }
            let serverFault = service.httpStatus >= 500 || service.name == .internalError
            return serverFault && operation.isRepeatable
        default:
            return false
        }
    }

    /// "Full jitter": a random wait in [0, min(maxDelay, baseDelay * 2^(attempt-1))],
    /// so many clients refused together do not come back together.
    func delay(beforeAttempt attempt: Int, random: Double) -> Duration {
        let exponential = baseDelay * Int(1 << min(attempt - 1, 16))
        let cap = min(exponential, maxDelay)
        return cap * min(max(random, 0), 1)
    }
}
