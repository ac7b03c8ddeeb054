import Foundation

/// Kiosk mode: one newcomer after another at a console. After each onboarding
/// (finished, cancelled or idle) everything is wiped and the welcome screen
/// returns; keys cannot leave the program, only the service manager's SIGTERM.
public struct KioskSettings: Sendable {
    /// Without a key for this long, a started form is wiped.
    public var idleTimeout: Duration
    /// The countdown shows for this long before the wipe.
    public var warning: Duration = .seconds(15)

    public init(idleTimeout: Duration) {
        self.idleTimeout = idleTimeout
    }
}
