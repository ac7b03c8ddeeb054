import ArgumentParser
import CognitoAuth

/// The command line. These names are a contract: scripts and kiosk units use them.
struct Options: ParsableArguments {
    @Option(help: "AWS region (default: from the pool id, AWS_REGION or AWS_DEFAULT_REGION).")
    var region: String?

    @Option(name: .customLong("user-pool-id"), help: "The user pool, e.g. eu-west-1_AbC123.")
    var userPoolId: String?

    @Option(name: .customLong("client-id"), help: "The app client id.")
    var clientId: String?

    @Option(name: .customLong("client-secret-file"), help: "A file whose first line is the app client's secret.")
    var clientSecretFile: String?

    @Option(name: .customLong("endpoint-url"), help: "Another Cognito endpoint (plain http only to loopback).")
    var endpointURL: String?

    @Option(help: "Prefill the username.")
    var username: String?

    @Option(name: .customLong("tokens-out"), help: "Write the tokens as JSON to FILE (mode 0600). Otherwise they are written nowhere.")
    var tokensOut: String?

    @Option(help: "This project's config file (see README).")
    var config: String?

    @Option(name: .customLong("amplify-outputs"), help: "An amplify_outputs.json to read the pool from.")
    var amplifyOutputs: String?

    @Option(name: .customLong("auth-flow"), help: "USER_SRP_AUTH (default) or USER_PASSWORD_AUTH.")
    var authFlow: AuthFlowType?

    @Option(help: "Language of the screens (default: from LANG).")
    var lang: String?

    @Flag(help: "Line prompts instead of the full screen (automatic when TERM=dumb or output is not a terminal).")
    var plain = false

    @Flag(help: "Kiosk: after each person, wipe everything and start again; only SIGTERM ends it.")
    var kiosk = false

    @Option(name: .customLong("idle-timeout"), help: "Kiosk: seconds without a key before the form resets (default 120).")
    var idleTimeout: Int = 120

    @Option(name: .customLong("exec-on-success"), help: "Kiosk: run PROGRAM after each success, the tokens as JSON on its standard input.")
    var execOnSuccess: String?
}

extension AuthFlowType: ExpressibleByArgument {}
