import CognitoAuth
import Foundation

/// --exec-on-success: after each successful onboarding in a kiosk, a program
/// (provisioning a local account, a device) gets the AuthenticationResult as
/// JSON on its standard input: never in its arguments or environment, where
/// other users could read it. Its exit status is logged to standard error
/// (the journal, under systemd); the screen is not disturbed.
struct SuccessProgram {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    let path: String

    /// Checks before the screen opens that the program can be run: an
    /// executable regular file (access(X_OK) alone passes for a folder, and
    /// every provisioning would then fail after the password was changed).
    func check() throws(Problem) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Problem(description: "--exec-on-success \(path): no such file")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Problem(description: "--exec-on-success \(path): is a folder, not a program")
        default: throw Problem(description: "--exec-on-success \(path): is not a regular file")
        }
        guard access(path, X_OK) == 0 else {
            throw Problem(description: "--exec-on-success \(path): is not executable")
        }
    }

    func run(with tokens: AuthenticationResult) {
        guard let json = try? JSONEncoder().encode(tokens) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = []
        var environment = ProcessInfo.processInfo.environment
        environment["COGNITO_CLIENT_SECRET"] = nil
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        let path = self.path
        process.terminationHandler = { finished in
            Self.log("\(path) exited with status \(finished.terminationStatus)")
        }
        do {
            try process.run()
            try input.fileHandleForWriting.write(contentsOf: json)
            try input.fileHandleForWriting.close()
        } catch {
            Self.log("\(path) could not be run: \(error)")
        }
    }

    /// To standard error only when that is not the screen being drawn on.
    static func log(_ line: String) {
        guard isatty(STDERR_FILENO) != 1 else { return }
        FileHandle.standardError.write(Data("cognito-onboard: \(line)\n".utf8))
    }
}
