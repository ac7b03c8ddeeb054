import CognitoAuth
import CTerminalGuard
import Dispatch
import FoundationEssentials
import Glibc
import Onboarding

/// --exec-on-success: after each successful onboarding in a kiosk, a program
/// (provisioning a local account, a device) gets the AuthenticationResult as
/// JSON on its standard input: never in its arguments or environment, where
/// other users could read it. Its exit status is logged to standard error
/// (the journal, under systemd); the screen is not disturbed.
struct SuccessProgram {
    let path: String

    /// Checks before the screen opens that the program can be run: an
    /// executable regular file (access(X_OK) alone passes for a folder, and
    /// every provisioning would then fail after the password was changed).
    func check() throws(CommandProblem) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CommandProblem("--exec-on-success \(path): no such file")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw CommandProblem("--exec-on-success \(path): is a folder, not a program")
        default: throw CommandProblem("--exec-on-success \(path): is not a regular file")
        }
        guard access(path, X_OK) == 0 else {
            throw CommandProblem("--exec-on-success \(path): is not executable")
        }
    }

    func run(with tokens: AuthenticationResult) {
        let json = tokens.json
        var environment = ProcessEnvironment.current()
        environment["COGNITO_CLIENT_SECRET"] = nil
        let path = self.path
        let pid: pid_t
        let input: Int32
        do throws(CommandProblem) {
            (pid, input) = try Self.spawn(path, environment: environment)
        } catch {
            Self.log("\(path) could not be run: \(error.description)")
            return
        }
        // SIGPIPE is ignored (terminal_guard_install): a program that exits
        // without reading ends this write, not the wizard.
        json.withUnsafeBytes { _ = StandardStream.write($0, to: input) }
        close(input)
        DispatchQueue.global().async {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            // WIFEXITED/WEXITSTATUS, which Swift does not import (macros).
            if status & 0x7F == 0 {
                Self.log("\(path) exited with status \((status >> 8) & 0xFF)")
            } else {
                Self.log("\(path) was ended by signal \(status & 0x7F)")
            }
        }
    }

    /// Starts `path` (see process_spawn_with_input); returns its pid and the
    /// writing end of its standard input.
    private static func spawn(_ path: String, environment: [String: String]) throws(CommandProblem) -> (pid_t, Int32) {
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { variables.forEach { free($0) } }
        var pid: pid_t = 0
        var input: Int32 = -1
        let result = process_spawn_with_input(path, variables, &pid, &input)
        guard result == 0 else { throw CommandProblem(String(cString: strerror(result))) }
        return (pid, input)
    }

    /// To standard error, never over the screen being drawn on (see OperatorLog).
    static func log(_ line: String) {
        OperatorLog.shared.write(line)
    }
}
