import FoundationEssentials
import Glibc
import Onboarding

/// How the operator's subcommands end on a problem: one line on standard
/// error, prefixed with the program's name, and the contract's exit code
/// (1 failed, 2 usage or configuration error).
enum CommandFailure {
    static func exit(_ message: String, code: Int32) -> Never {
        StandardStream.error.write("cognito-onboard: \(message)\n")
        Glibc.exit(code)
    }

    /// A note for the operator on standard error (standard output may be the config).
    static func note(_ message: String) {
        StandardStream.error.write("cognito-onboard: note: \(message)\n")
    }
}
