/// How a kiosk treats a screen left alone: after `idleTimeout` without a key
/// everything is wiped for the next person; in the last `warning` a countdown
/// says so.
public struct KioskPolicy: Equatable, Sendable {
    public var idleTimeout: Duration
    public var warning: Duration

    public init(idleTimeout: Duration = .seconds(120), warning: Duration = .seconds(15)) {
        self.idleTimeout = idleTimeout
        self.warning = warning
    }
}
