/// The wizard's command line as plain values, whichever parser read it:
/// ArgumentParser's `Options` (help, completions, usage errors, every unusual
/// form) or `WizardArguments.read` (the common command line, without
/// ArgumentParser's reflection). The wizard runs on these alone, and the
/// defaults are written only here: `Options` takes them from `defaults`.
struct WizardArguments: Equatable, Sendable {
    var pool = PoolArguments()
    var username: String?
    var tokensOut: String?
    var lang: String?
    var plain = false
    var kiosk = false
    var idleTimeout = 120
    var requestTimeout = 15
    var execOnSuccess: String?

    static let defaults = WizardArguments()
}
