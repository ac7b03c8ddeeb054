import CognitoAuth
import Foundation
import Onboarding

/// The wizard as plain line prompts, for screen readers, dumb terminals and
/// scripts: the same view models as the full-screen front end, with no cursor
/// movement and no colour. Each prompt shows the label, the hint and the
/// current value; an invalid answer re-prompts with the reason. Answers can be
/// piped in, one per line, in the order the prompts come.
public final class PlainApp {
    private let wizard: Wizard
    private let runner: WizardRunner
    private let events: EventQueue
    private let username: String?
    private let input = LineInput()
    private let drawQR: (String) -> [String]?
    private let tokensSaved: () -> Bool

    /// - Parameter drawQR: the QR code of a text as lines, when standard output
    ///   is a terminal that can show it.
    public init(wizard: Wizard, runner: WizardRunner, events: EventQueue, username: String?,
                drawQR: @escaping (String) -> [String]? = { _ in nil }, tokensSaved: @escaping () -> Bool = { false }) {
        self.wizard = wizard
        self.runner = runner
        self.events = events
        self.username = username
        self.drawQR = drawQR
        self.tokensSaved = tokensSaved
    }

    private var strings: Strings { wizard.strings }

    private func say(_ text: String = "") {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    public func run() -> ExitStatus {
        var state = wizard.initialState(username: username)
        var shownTitle: String?
        var shownNotice: Notice?
        while true {
            // Results of requests, then what to show.
            if state.busy != nil {
                let arrived = events.drain()
                if arrived.isEmpty { usleep(20_000); continue }
                for event in arrived { if let exit = apply(event, &state) { return exit } }
                continue
            }
            let screen = ScreenBuilder(wizard: wizard, tokensSaved: tokensSaved()).screen(for: state)
            if shownTitle != screen.title + (screen.step ?? "") {
                shownTitle = screen.title + (screen.step ?? "")
                say()
                say(screen.step.map { "\(screen.title) (\($0))" } ?? screen.title)
                screen.intro.forEach { say($0) }
                showContext(screen)
            }
            if let notice = state.notice, notice != shownNotice {
                say((notice.isError ? "Error: " : "") + notice.text)
            }
            shownNotice = state.notice
            switch state.phase {
            case .done:
                return finish(&state)
            case .failed:
                return .failed
            default:
                break
            }
            guard let id = state.focus, let field = state.fields[id] else { return .failed }
            prompt(field)
            guard let answer = input.readLine(secret: field.isSecret) else {
                say()
                return .cancelled
            }
            if !input.isTerminal { say() }  // a piped answer does not echo its newline
            if let problem = check(id, answer, state) {
                // Re-prompt the same field at once, with the reason.
                say("  \(problem)")
                if id == "newPassword" { say(checklist(for: answer, state)) }
                continue
            }
            if let exit = answerField(id, field, answer, &state) { return exit }
            if let error = state.fields[id]?.error, state.focus == id { say("  \(error)") }
        }
    }

    /// The QR code, the secret, attributes on file: the rows that are not fields.
    private func showContext(_ screen: Screen) {
        for row in screen.rows {
            switch row {
            case .qr(let uri):
                say(uri)
                drawQR(uri)?.forEach { say($0) }
            case .info(let label, let value):
                say("\(label): \(value)")
            default:
                break
            }
        }
    }

    private func prompt(_ field: Field) {
        var line = field.label
        if !field.hint.isEmpty { line += " (\(field.hint))" }
        if case .choice(let options) = field.kind {
            line += " [" + options.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + "]"
        }
        if !field.isSecret, !field.text.isEmpty { line += " [\(field.text)]" }
        FileHandle.standardOutput.write(Data((line + ": ").utf8))
    }

    /// Puts the answer in the field and presses Enter. An empty answer keeps
    /// the current value (a prefilled username, an earlier answer).
    private func answerField(_ id: String, _ field: Field, _ answer: String, _ s: inout WizardState) -> ExitStatus? {
        var text = answer
        if case .choice(let options) = field.kind {
            if let n = Int(answer), options.indices.contains(n - 1) { text = options[n - 1] }
            else if answer.isEmpty { text = field.text }
            else if let match = options.first(where: { $0.lowercased() == answer.lowercased() }) { text = match }
            s.fields[id]?.editor.set(text)
        } else if !answer.isEmpty || field.isSecret {
            s.fields[id]?.editor.set("")
            if let exit = apply(.paste(text), &s) { return exit }
        }
        return apply(.key(.enter), &s)
    }

    /// What is wrong with `answer` for field `id`, checked before it is taken.
    private func check(_ id: String, _ answer: String, _ s: WizardState) -> String? {
        guard var field = s.fields[id] else { return nil }
        if answer.isEmpty, !field.isSecret, !field.text.isEmpty { return nil }  // keeps the current value
        if case .choice = field.kind { return nil }
        field.editor.set(field.kind == .phone ? PhoneNumber.normalize(answer) : answer)
        var fields = s.fields
        fields[id] = field
        return wizard.validation.problem(for: field, among: Array(fields.values))
    }

    /// The password checklist as text: one line per rule, met or not.
    private func checklist(for password: String, _ s: WizardState) -> String {
        let temporary = s.fields["password"]?.text
        let list = PasswordChecklist(
            policy: wizard.profile.passwordPolicy, password: password, confirmation: password,
            temporaryPassword: temporary?.isEmpty == false ? temporary : nil, strings: strings)
        return list.items.dropLast().map { "  [\($0.isMet ? "x" : " ")] \($0.text)" }.joined(separator: "\n")
    }

    private func apply(_ event: Event, _ s: inout WizardState) -> ExitStatus? {
        let (next, effects) = wizard.update(s, event)
        s = next
        for effect in effects {
            if let status = runner.perform(effect) { return status }
        }
        return nil
    }

    private func finish(_ s: inout WizardState) -> ExitStatus {
        _ = apply(.key(.enter), &s)
        return .done
    }
}
