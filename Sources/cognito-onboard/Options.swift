import ArgumentParser
import CognitoAuth

/// The wizard's command line: the pool flags, then the wizard's own. These
/// names are a contract: scripts and kiosk units use them. A new flag here
/// also goes into `WizardArguments` and `WizardArguments.read`'s table (a
/// test compares them); defaults are `WizardArguments`'.
struct Options: ParsableArguments {
    @OptionGroup var pool: PoolOptions

    @Option(help: ArgumentHelp("Prefill the username.", valueName: "name"))
    var username: String?

    @Option(name: .customLong("tokens-out"), help: ArgumentHelp("Write the tokens as JSON to <file> (mode 0600). Otherwise they are written nowhere.", valueName: "file"))
    var tokensOut: String?

    @Option(help: ArgumentHelp("Language of the screens (default: from LANG).", valueName: "language"))
    var lang: String?

    @Flag(help: "Line prompts instead of the full screen (automatic when TERM=dumb or output is not a terminal).")
    var plain = WizardArguments.defaults.plain

    @Flag(help: "Kiosk: after each person, wipe everything and start again; only SIGTERM ends it.")
    var kiosk = WizardArguments.defaults.kiosk

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("Kiosk: seconds without a key before the form resets.", valueName: "seconds"))
    var idleTimeout: Int = WizardArguments.defaults.idleTimeout

    @Option(name: .customLong("request-timeout"), help: ArgumentHelp("Seconds to wait for each answer from the service (1-60).", valueName: "seconds"))
    var requestTimeout: Int = WizardArguments.defaults.requestTimeout

    @Option(name: .customLong("exec-on-success"), help: ArgumentHelp("Kiosk: run <program> after each success, the tokens as JSON on its standard input.", valueName: "program"))
    var execOnSuccess: String?

    var arguments: WizardArguments {
        WizardArguments(pool: pool.arguments, username: username, tokensOut: tokensOut, lang: lang, plain: plain, kiosk: kiosk,
                        idleTimeout: idleTimeout, requestTimeout: requestTimeout, execOnSuccess: execOnSuccess)
    }
}
