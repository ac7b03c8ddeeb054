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
let arguments = Array(CommandLine.arguments.dropFirst())
if [["--help"], ["-h"]].contains(arguments) {
    print(CognitoOnboard.helpMessage())
    print(CognitoOnboard.helpMessage(for: WizardCommand.self))
    exit(0)
}

// The wizard's usual command line is read without ArgumentParser, whose
// reflection was half of the start-up (README "Start-up, measured");
// everything else, as before, by ArgumentParser.
if let wizard = WizardArguments.read(arguments) { WizardProgram.run(wizard) }

// ArgumentParser exits 64 on a usage error; this command's contract says 2.
do {
    var command = try CognitoOnboard.parseAsRoot(arguments)
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
