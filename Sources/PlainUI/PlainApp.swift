import Onboarding

/// The wizard as plain line prompts, for screen readers, dumb terminals and
/// scripts: the same runtime and screens as the full-screen front end, read
/// out line by line, with no cursor movement and no colour. It only prints
/// what the Screen says and hands each answer to the wizard as an event;
/// checking, wording and sanitising are the wizard's. Answers can be piped
/// in, one per line, in the order the prompts come.
public final class PlainApp {
    private let runtime: WizardRuntime
    private let input: LineInput
    private let output: (String) -> Void
    private let drawQR: (String) -> [String]?
    private let errorOutput: (String) -> Void

    /// - Parameters:
    ///   - drawQR: the QR code of a text as lines, when the output can show it.
    ///   - input: where answers come from (standard input by default).
    ///   - output: where lines go (standard output by default).
    public init(runtime: WizardRuntime, drawQR: @escaping (String) -> [String]? = { _ in nil },
                input: LineInput = LineInput(), output: @escaping (String) -> Void = PlainApp.standardOutput,
                errorOutput: @escaping (String) -> Void = PlainApp.standardError) {
        self.errorOutput = errorOutput
        self.runtime = runtime
        self.drawQR = drawQR
        self.input = input
        self.output = output
    }

    public static func standardOutput(_ text: String) { StandardStream.output.write(text) }

    public static func standardError(_ text: String) { StandardStream.error.write(text) }

    private var strings: Strings { runtime.wizard.strings }

    private func say(_ text: String = "") { output(text + "\n") }

    /// Runs the prompts; every non-zero exit says why on standard error
    /// (a script or a journal sees the reason, not only the status).
    public func run() -> ExitStatus {
        let status = prompts()
        if status != .done {
            var message = strings(endedByInput ? "plain.exit.inputEnded" : "plain.exit.failed")
            if let lastProblem { message += " " + strings("plain.exit.lastProblem", ["message": lastProblem]) }
            errorOutput("cognito-onboard: " + message + "\n")
        }
        return status
    }

    private var endedByInput = false
    /// The last error said (a notice or a refused answer), for the exit message.
    private var lastProblem: String?

    private func prompts() -> ExitStatus {
        var shownHeader: String?
        var shownNotice: Notice?
        var shownError: String?
        while true {
            if runtime.state.busy != nil {
                if let status = runtime.waitForResults(timeout: .seconds(1)) { return status }
                continue
            }
            let screen = runtime.screen
            let header = [screen.title, screen.step ?? "", screen.paragraphs.joined()].joined(separator: "\u{1}")
            if header != shownHeader {
                shownHeader = header
                showHeader(screen)
            }
            if let notice = screen.notice, notice != shownNotice {
                say(notice.isError ? strings("plain.error", ["message": notice.text]) : notice.text)
                if notice.isError { lastProblem = notice.text }
            }
            shownNotice = screen.notice
            switch runtime.state.step {
            case .done:
                return runtime.send(.key(.enter)) ?? .done
            case .failed:
                lastProblem = screen.paragraphs.first
                return .failed
            default:
                break
            }
            guard let field = screen.focusedField else {
                // Nothing to type, but what failed can be tried again (the secret for
                // an authenticator that could not be fetched): Enter does it.
                guard screen.notice?.isError == true else { return .failed }
                output(strings("plain.retry"))
                guard input.readLine(secret: false) != nil else { return .cancelled }
                if !input.isTerminal { say() }
                shownNotice = nil
                shownHeader = nil  // what arrives (the secret) is shown whole
                if let status = runtime.send(.key(.enter)) { return status }
                continue
            }
            if let error = field.error, error != shownError {
                say("  " + error)
                lastProblem = error
                if field.id == .newPassword { showStillNeeded(screen) }
            }
            shownError = field.error
            output(prompt(field))
            guard let answer = input.readLine(secret: field.isMasked) else {
                say()
                endedByInput = true
                return .cancelled
            }
            if !input.isTerminal { say() }  // a piped answer does not echo its newline
            if let status = runtime.send(.answer(field.id, answer)) { return status }
        }
    }

    /// The title, the step and time left, then the sections in order except
    /// the fields (asked one by one): the text, the QR code, the secret,
    /// attributes on file, the rules. Text meant for where a QR code cannot
    /// be drawn is said when this output cannot draw it.
    private func showHeader(_ screen: Screen) {
        say()
        say([screen.title, screen.step, screen.timeLeft].compactMap { $0 }.joined(separator: " — "))
        let qrLines = screen.qrCode.flatMap(drawQR)
        for section in screen.sections where section.shown.holds(qrCodeShown: qrLines != nil) {
            switch section.content {
            case .text(let paragraphs):
                paragraphs.forEach { say($0) }
            case .qrCode(let uri):
                say(uri)
                qrLines?.forEach { say($0) }
            case .values(let values):
                values.forEach { say("\($0.label): \($0.value)") }
            case .checklist(let checks):
                say(strings("plain.rules"))
                checks.forEach { say("  - " + $0.text) }
            case .fields:
                break
            }
        }
    }

    /// After a refused password: the rules it does not meet yet, in words
    /// (not the confirmation, which is asked next).
    private func showStillNeeded(_ screen: Screen) {
        let matches = strings("rule.matches")
        for check in screen.checks where !check.isMet && check.text != matches {
            say("  " + strings("plain.stillNeeded", ["rule": check.text]))
        }
    }

    /// The label, the hint, the options of a choice, and the current value
    /// (Enter keeps it) — not when it was refused, so Enter never resends it.
    private func prompt(_ field: Screen.FieldRow) -> String {
        var line = field.label
        if let hint = field.hint, !field.isChoice { line += " (\(hint))" }
        if let choices = field.choices {
            line += " [" + choices.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + "]"
        }
        if !field.isMasked, !field.value.isEmpty, field.error == nil { line += " [\(field.value)]" }
        return line + ": "
    }
}
