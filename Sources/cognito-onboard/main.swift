import ArgumentParser
import CognitoAuth
import Foundation
import Logging
import Onboarding
import TerminalUI

/// cognito-onboard: first sign-in to an Amazon Cognito user pool, in a terminal.
/// Exit codes: 0 done, 1 failed, 2 usage or configuration error, 130 cancelled.
struct CognitoOnboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cognito-onboard",
        abstract: "Complete the first sign-in to an Amazon Cognito user pool.",
        version: Version.current)

    @OptionGroup var options: Options

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        // Nothing may print over the screen; the core's logs go nowhere here.
        LoggingSystem.bootstrap { _ in SwiftLogNoOpLogHandler() }
        let settings: Settings
        let tokenFile = options.tokensOut.map(TokenFile.init)
        do {
            settings = try Settings.resolve(options, environment: environment)
            try tokenFile?.check()
        } catch {
            fail("\(error)", code: 2)
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            fail("needs a terminal (standard input and output)", code: 2)
        }
        let strings = Strings.load(language: options.lang)
        let wizard = Wizard(profile: settings.profile, strings: strings, deviceName: Self.hostName())
        let client = CognitoClient(endpoint: settings.endpoint)
        let app = settings.profile.appClient
        let flowType = settings.authFlow
        var tokenProblem: String?
        var saved = false
        let events = EventQueue()
        let runner = WizardRunner(
            makeFlow: { SignInFlow(client: client, app: app, authFlow: flowType) },
            recovery: PasswordRecovery(client: client, app: app), events: events,
            deliverTokens: { tokens in
                guard let tokenFile else { return }
                do {
                    try tokenFile.write(tokens)
                    saved = true
                } catch {
                    tokenProblem = "\(error)"
                }
            })
        let status = TerminalApp(wizard: wizard, runner: runner, events: events, username: options.username,
                                 tokensSaved: { saved }).run()
        if let tokenProblem { fail(tokenProblem, code: 1) }
        throw ExitCode(status.rawValue)
    }

    /// The default FriendlyDeviceName of a new authenticator.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "cognito-onboard" }
        let name = String(cString: buffer)
        return name.isEmpty ? "cognito-onboard" : name
    }

    private func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("cognito-onboard: \(message)\n".utf8))
        Foundation.exit(code)
    }
}

// ArgumentParser exits 64 on a usage error; this command's contract says 2.
do {
    var command = try CognitoOnboard.parseAsRoot()
    try command.run()
} catch {
    let code = CognitoOnboard.exitCode(for: error)
    if code == .success {
        print(CognitoOnboard.fullMessage(for: error))
        exit(0)
    }
    if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
    FileHandle.standardError.write(Data((CognitoOnboard.fullMessage(for: error) + "\n").utf8))
    exit(2)
}
