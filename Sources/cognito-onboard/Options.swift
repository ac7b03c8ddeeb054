import ArgumentParser
import CognitoAuth

/// The command line. These names are a contract: scripts and kiosk units use them.
struct Options: ParsableArguments {
    @Option(help: ArgumentHelp("AWS region (default: from the pool id, AWS_REGION or AWS_DEFAULT_REGION).", valueName: "region"))
    var region: String?

    @Option(name: .customLong("user-pool-id"), help: ArgumentHelp("The user pool, e.g. eu-west-1_AbC123.", valueName: "id"))
    var userPoolId: String?

    @Option(name: .customLong("client-id"), help: ArgumentHelp("The app client id.", valueName: "id"))
    var clientId: String?

    @Option(name: .customLong("client-secret-file"), help: ArgumentHelp("A file whose first line is the app client's secret.", valueName: "file"))
    var clientSecretFile: String?

    @Option(name: .customLong("endpoint-url"), help: ArgumentHelp("Another Cognito endpoint (plain http only to loopback).", valueName: "url"))
    var endpointURL: String?

    @Option(help: ArgumentHelp("Prefill the username.", valueName: "name"))
    var username: String?

    @Option(name: .customLong("tokens-out"), help: ArgumentHelp("Write the tokens as JSON to <file> (mode 0600). Otherwise they are written nowhere.", valueName: "file"))
    var tokensOut: String?

    @Option(help: ArgumentHelp("This project's config file (see README).", valueName: "file"))
    var config: String?

    @Option(name: .customLong("amplify-outputs"), help: ArgumentHelp("An amplify_outputs.json to read the pool from.", valueName: "file"))
    var amplifyOutputs: String?

    @Option(name: .customLong("auth-flow"), help: ArgumentHelp("USER_SRP_AUTH (default) or USER_PASSWORD_AUTH.", valueName: "flow"))
    var authFlow: AuthFlowType?

    @Option(help: ArgumentHelp("Language of the screens (default: from LANG).", valueName: "language"))
    var lang: String?

    @Flag(help: "Line prompts instead of the full screen (automatic when TERM=dumb or output is not a terminal).")
    var plain = false

    @Flag(help: "Kiosk: after each person, wipe everything and start again; only SIGTERM ends it.")
    var kiosk = false

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("Kiosk: seconds without a key before the form resets.", valueName: "seconds"))
    var idleTimeout: Int = 120

    @Option(name: .customLong("exec-on-success"), help: ArgumentHelp("Kiosk: run <program> after each success, the tokens as JSON on its standard input.", valueName: "program"))
    var execOnSuccess: String?
}

extension AuthFlowType: ExpressibleByArgument {}
