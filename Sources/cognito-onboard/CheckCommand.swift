import ArgumentParser
import CognitoAuth
import Dispatch
import FoundationEssentials
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
        let environment = ProcessEnvironment.current()
        let settings: Settings
        do {
            settings = try Settings.resolve(pool.arguments, environment: environment)
        } catch {
            CommandFailure.exit("\(error)", code: 2)
        }
        let profile = settings.profile
        let language = LanguageChoice.resolve(flag: lang, environment: environment, siteDefault: profile.language,
                                              available: Strings.available, term: environment["TERM"])
        let report = CheckReport(profile: profile, endpoint: settings.endpoint, flow: settings.authFlow,
                                 strings: Strings.load(language: language.tag))
        report.printConfiguration()
        let client = CognitoClient(endpoint: settings.endpoint, timeout: .seconds(10), retry: .never)
        let finding = Self.wait { await AppClientProbe.run(client: client, app: profile.appClient, flow: settings.authFlow) }
        guard finding == .clientExists else { CommandFailure.exit(Sanitizer.clean(report.failure(finding)), code: 1) }
        report.printClientExists()
        report.printNewcomerView()
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
