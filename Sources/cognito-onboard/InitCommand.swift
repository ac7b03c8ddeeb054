import ArgumentParser
import CognitoAuth
import FoundationEssentials
import Onboarding

/// `init`: the config from the pool itself, as the operator's AWS CLI describes
/// it, so the wizard shows the pool's real rules instead of Cognito's defaults.
/// The operator's AWS credentials stay with the AWS CLI.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a config from the AWS CLI's description of the pool and app client.",
        discussion: """
            aws cognito-idp describe-user-pool --user-pool-id ID > pool.json
            aws cognito-idp describe-user-pool-client --user-pool-id ID --client-id CID > client.json
            aws cognito-idp get-user-pool-mfa-config --user-pool-id ID > mfa.json   (optional)
            cognito-onboard init --describe-user-pool pool.json --describe-user-pool-client client.json \\
                --get-user-pool-mfa-config mfa.json --output config.json
            A file of - is standard input. Notes go to standard error.
            """)

    @Option(name: .customLong("describe-user-pool"), help: ArgumentHelp("The output of aws cognito-idp describe-user-pool.", valueName: "file"))
    var describeUserPool: String

    @Option(name: .customLong("describe-user-pool-client"), help: ArgumentHelp("The output of aws cognito-idp describe-user-pool-client.", valueName: "file"))
    var describeUserPoolClient: String?

    @Option(name: .customLong("get-user-pool-mfa-config"), help: ArgumentHelp(
        "The output of aws cognito-idp get-user-pool-mfa-config: which MFA methods are enabled (describe-user-pool does not say).", valueName: "file"))
    var mfaConfig: String?

    @Option(name: .customLong("client-id"), help: ArgumentHelp("The app client, when its description is not given.", valueName: "id"))
    var clientId: String?

    @Option(name: .customLong("endpoint-url"), help: ArgumentHelp("Write this endpoint into the config (plain http only to loopback).", valueName: "url"))
    var endpointURL: String?

    @Option(help: ArgumentHelp("Write the config to <file> (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        let stdin = [describeUserPool, describeUserPoolClient, mfaConfig].filter { $0 == "-" }
        guard stdin.count <= 1 else { throw ValidationError("only one of the files can be standard input (-)") }
    }

    func run() throws {
        var draft: PoolDraft
        do {
            draft = try PoolDraft.read(userPool: describeUserPool, appClient: describeUserPoolClient,
                                       mfaConfig: mfaConfig, clientId: clientId)
        } catch {
            CommandFailure.exit(error.description, code: 2)
        }
        if let endpointURL {
            do { _ = try Endpoint.resolve(region: draft.profile.region, override: endpointURL, environment: [:]) } catch { CommandFailure.exit("--endpoint-url: \(error)", code: 2) }
            draft.profile.endpointURL = endpointURL
        }
        draft.notes.forEach(CommandFailure.note)
        let comment = "Written by cognito-onboard init \(Version.current) from describe-user-pool of \(draft.profile.userPoolId)"
        let data = PoolConfigWriter.json(draft.profile, clientSecretFile: draft.clientSecretFile, comment: comment)
        guard let output, output != "-" else {
            StandardStream.output.write(data)
            return
        }
        do { try AtomicFile.write(data, to: output, mode: 0o644) } catch { CommandFailure.exit(error.description, code: 1) }
    }
}
