import CognitoAuth
import CTerminalGuard
import FoundationEssentials
import Glibc
import Onboarding
import PlainUI
import TerminalUI

/// One run of the wizard from its command line's values (`WizardArguments`,
/// read by either parser): the settings checked before the screen opens, the
/// full screen or plain prompts, and the exit status. Exit codes: 0 done,
/// 1 failed, 2 usage or configuration error, 130 cancelled.
enum WizardProgram {
    static func run(_ options: WizardArguments) -> Never {
        forbidCoreDumps()
        let environment = ProcessEnvironment.current()
        // The core's failures and notices reach standard error (never over the screen).
        OperatorLog.bootstrap()
        let settings: Settings
        let tokenFile = options.tokensOut.map(TokenFile.init)
        do {
            settings = try Settings.resolve(options, environment: environment)
            try tokenFile?.check()
        } catch {
            CommandFailure.exit("\(error)", code: 2)
        }
        let term = environment["TERM"] ?? ""
        let plain = options.plain || term == "dumb" || isatty(STDOUT_FILENO) != 1
        if options.kiosk {
            guard !plain, isatty(STDIN_FILENO) == 1 else { CommandFailure.exit("--kiosk needs a terminal (and not --plain)", code: 2) }
            guard options.idleTimeout >= 20 else { CommandFailure.exit("--idle-timeout: at least 20 seconds", code: 2) }
            // One file for everyone's tokens would hand each person's to the next.
            guard options.tokensOut == nil else { CommandFailure.exit("--tokens-out does not go with --kiosk (use --exec-on-success)", code: 2) }
        } else if options.execOnSuccess != nil {
            CommandFailure.exit("--exec-on-success goes with --kiosk", code: 2)
        } else if !plain, isatty(STDIN_FILENO) != 1 {
            CommandFailure.exit("standard input is not a terminal: use --plain to answer prompts from a pipe", code: 2)
        }
        guard (1...60).contains(options.requestTimeout) else { CommandFailure.exit("--request-timeout: 1 to 60 seconds", code: 2) }
        do {
            try options.execOnSuccess.map(SuccessProgram.init)?.check()
        } catch {
            CommandFailure.exit("\(error)", code: 2)
        }
        let language = LanguageChoice.resolve(flag: options.lang, environment: environment, siteDefault: settings.profile.language,
                                              available: Strings.available, term: environment["TERM"])
        for note in language.notes { StandardStream.error.write("cognito-onboard: \(note)\n") }
        let strings = Strings.load(language: language.tag)
        // The plain QR code needs colours of its own; without them, the secret alone.
        let colours = (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        let kiosk = options.kiosk ? KioskPolicy(idleTimeout: .seconds(options.idleTimeout)) : nil
        let wizard = Wizard(profile: settings.profile, strings: strings, deviceName: hostName(), kiosk: kiosk)
        // The environment copied once (0.5 M instructions a copy, before the first frame).
        let client = CognitoClient(endpoint: settings.endpoint, timeout: .seconds(options.requestTimeout),
                                   transport: CurlTransport(environment: environment))
        let app = settings.profile.appClient
        let flowType = settings.authFlow
        var tokenProblem: String?
        let events = EventQueue()
        let runner = WizardRunner(
            makeFlow: { SignInFlow(client: client, app: app, authFlow: flowType) },
            recovery: PasswordRecovery(client: client, app: app, authFlow: flowType), events: events,
            deliverTokens: { tokens in
                if let program = options.execOnSuccess { SuccessProgram(path: program).run(with: tokens) }
                guard let tokenFile else { return false }
                do {
                    try tokenFile.write(tokens)
                    return true
                } catch {
                    tokenProblem = "\(error)"
                    return false
                }
            })
        let runtime = WizardRuntime(wizard: wizard, runner: runner, events: events, username: options.username)
        runtime.onFirstInput = { client.warmUp() }
        // Plain mode's questions and answers own the terminal as the full
        // screen does: an operator's line there would be jargon in the middle
        // of the person's dialogue (a wrong code is a person's slip).
        OperatorLog.shared.holdWhileTheScreenIsOpen()
        let status: ExitStatus
        if plain {
            status = PlainApp(runtime: runtime, drawQR: { isatty(STDOUT_FILENO) == 1 && colours ? QRText.lines(for: $0) : nil }).run()
        } else {
            status = TerminalApp(runtime: runtime, environment: environment).run()
        }
        OperatorLog.shared.screenClosed()
        if let tokenProblem { CommandFailure.exit(tokenProblem, code: 1) }
        // Outside a kiosk, a line left in the scrollback says it worked.
        if status == .done, kiosk == nil {
            let username = runtime.lastUsername
            print(strings(username.isEmpty ? "done.scrollbackNoName" : "done.scrollback", ["username": Sanitizer.clean(username)]))
        }
        exit(status.rawValue)
    }

    /// Passwords live in this process's memory: no core dump may carry them
    /// to disk, and no other process of the same user may read them (ptrace).
    static func forbidCoreDumps() { process_forbid_core_dumps() }

    /// The default FriendlyDeviceName of a new authenticator.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "cognito-onboard" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "cognito-onboard" : name
    }
}
