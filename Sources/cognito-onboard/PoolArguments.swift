import CognitoAuth

/// Which pool and app client, as the command line said: plain values, so the
/// settings are resolved the same way whichever parser read them (see
/// `WizardArguments`). Nil where the flag was not given.
struct PoolArguments: Equatable, Sendable {
    var config: String?
    var amplifyOutputs: String?
    var region: String?
    var userPoolId: String?
    var clientId: String?
    var clientSecretFile: String?
    var endpointURL: String?
    var authFlow: AuthFlowType?
}
