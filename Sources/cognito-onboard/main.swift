import ArgumentParser
import CognitoAuth
import FoundationEssentials
import Glibc
import Onboarding

/// cognito-onboard: first sign-in to an Amazon Cognito user pool, in a terminal.
/// The wizard is the default subcommand; `init` and `check` are the operator's.
/// Exit codes: 0 done, 1 failed, 2 usage or configuration error, 130 cancelled.
struct CognitoOnboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cognito-onboard",
        abstract: "Complete the first sign-in to an Amazon Cognito user pool.",
        discussion: HelpText.discussion,
        version: Version.current,
        subcommands: [WizardCommand.self, InitCommand.self, CheckCommand.self],
        defaultSubcommand: WizardCommand.self)
}

// `cognito-onboard --help` also lists the wizard's flags: the wizard is what
// runs without a subcommand, and scripts look for its flags there.
if [["--help"], ["-h"]].contains(Array(CommandLine.arguments.dropFirst())) {
    print(CognitoOnboard.helpMessage())
    print(CognitoOnboard.helpMessage(for: WizardCommand.self))
    exit(0)
}

// ArgumentParser exits 64 on a usage error; this command's contract says 2.
do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    var command: ParsableCommand = try CognitoOnboard.wizardAlone(arguments) ?? CognitoOnboard.parseAsRoot(arguments)
    try command.run()
} catch {
    let code = CognitoOnboard.exitCode(for: error)
    if code == .success {
        print(CognitoOnboard.fullMessage(for: error))
        exit(0)
    }
    if let exit = error as? ExitCode { Glibc.exit(exit.rawValue) }
    StandardStream.error.write(CognitoOnboard.fullMessage(for: error) + "\n")
    exit(2)
}
