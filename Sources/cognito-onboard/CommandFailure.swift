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

/// A problem with the command's input or its files, in words for the
/// operator (the flag or the file, then what is wrong): thrown by the checks
/// before the screen opens and by the writers after it, reported by
/// `CommandFailure.exit`.
struct CommandProblem: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
