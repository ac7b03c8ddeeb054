import ArgumentParser
import CognitoAuth
import Foundation
import Logging
import Onboarding

/// `check`: before the first newcomer sits down, the config against the real
/// pool: the config loads, the endpoint resolves and answers over TLS, the app
/// client exists (learnt without credentials); then what a newcomer will meet.
/// Exit 0 when all is well, 1 with the reason when not, 2 for a config error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a config against the pool and print what a newcomer will meet.")

    @OptionGroup var pool: PoolOptions

    @Option(help: ArgumentHelp("Language of the rules and field names printed (default: from LANG).", valueName: "language"))
    var lang: String?

    func run() throws {
        LoggingSystem.bootstrap { _ in SwiftLogNoOpLogHandler() }
        let settings: Settings
        do {
            settings = try Settings.resolve(pool, environment: ProcessInfo.processInfo.environment)
        } catch {
            CommandFailure.exit("\(error)", code: 2)
        }
        let profile = settings.profile
        let report = CheckReport(profile: profile, endpoint: settings.endpoint, flow: settings.authFlow,
                                 strings: Strings.load(language: lang))
        report.printConfiguration()
        let client = CognitoClient(endpoint: settings.endpoint, timeout: .seconds(10), retry: .never)
        let finding = Self.wait { await AppClientProbe.run(client: client, app: profile.appClient, flow: settings.authFlow) }
        switch finding {
        case .clientExists:
            report.line("App client", "\(profile.clientId): exists")
            report.printNewcomerView()
            report.line("Result", "ok")
        case .unreachable(.secureConnectionFailed(let why)):
            // The transport's words (OpenSSL's or curl's) plus what they usually mean.
            CommandFailure.exit("TLS to \(settings.endpoint.absoluteString) failed, the server's certificate was not accepted: \(why) "
                + "(a certificate for another name, an untrusted or expired one, a proxy in between, or a clock far off)", code: 1)
        case .unreachable(let problem):
            CommandFailure.exit("cannot reach \(settings.endpoint.absoluteString): \(problem)", code: 1)
        case .clientRefused(let problem):
            CommandFailure.exit("app client \(profile.clientId) in \(profile.userPoolId): \(problem)", code: 1)
        case .unexpected(let what):
            CommandFailure.exit("app client \(profile.clientId): \(what)", code: 1)
        }
    }

    /// Runs the probe to completion from this synchronous command.
    static func wait(_ work: @escaping @Sendable () async -> AppClientProbe.Finding) -> AppClientProbe.Finding {
        let box = FindingBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value ?? .unexpected("no answer")
    }

    final class FindingBox: @unchecked Sendable {
        var value: AppClientProbe.Finding?
    }
}
