import ArgumentParser
import CognitoAuth

/// The flags that say which pool and app client: shared by the wizard and
/// `check`, so a config that passes `check` is exactly what the wizard runs.
/// These names are a contract: scripts and kiosk units use them. A new flag
/// here also goes into `PoolArguments` and `WizardArguments.read`'s table
/// (a test compares them).
struct PoolOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The pool's config file (JSON, as init writes it).", valueName: "file"))
    var config: String?

    @Option(name: .customLong("amplify-outputs"), help: ArgumentHelp(
        "An amplify_outputs.json, amplifyconfiguration.json or aws-exports.js to read the pool from.", valueName: "file"))
    var amplifyOutputs: String?

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

    @Option(name: .customLong("auth-flow"), help: ArgumentHelp("The InitiateAuth flow (default: USER_SRP_AUTH, the password never leaves the machine).", valueName: "flow"))
    var authFlow: AuthFlowType?

    var arguments: PoolArguments {
        PoolArguments(config: config, amplifyOutputs: amplifyOutputs, region: region, userPoolId: userPoolId, clientId: clientId,
                      clientSecretFile: clientSecretFile, endpointURL: endpointURL, authFlow: authFlow)
    }
}

extension AuthFlowType: ExpressibleByArgument {}
