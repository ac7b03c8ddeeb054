import CognitoAuth

/// Focus and editing, shared by every step's form.
extension Wizard {
    func moveFocus(by delta: Int, wrap: Bool, _ s: inout WizardState) {
        let ids = s.visibleFieldIDs
        guard !ids.isEmpty else { return }
        if let current = s.focus { leave(current, &s) }
        let index = s.focus.flatMap { ids.firstIndex(of: $0) } ?? 0
        var next = index + delta
        if wrap { next = (next + ids.count) % ids.count } else { next = min(max(next, 0), ids.count - 1) }
        s.focus = ids[next]
    }

    /// Leaving a field shows what is wrong with it (if anything was typed).
    func leave(_ id: FieldID, _ s: inout WizardState) {
        guard let field = s.fields[id], !field.editor.isEmpty else { return }
        let problem = validation.problem(for: field, among: s.fields)
        s.fields[id]?.error = problem
    }

    func editKey(_ key: Key, _ s: inout WizardState) {
        guard let id = s.focus, let field = s.fields[id] else { return }
        if case .choice(let options) = field.kind {
            guard !options.isEmpty else { return }
            let current = options.firstIndex { $0.value == field.text }
            switch key {
            case .right, .character(" "):
                s.fields[id]?.editor.set(options[((current ?? -1) + 1) % options.count].value)
            case .left:
                s.fields[id]?.editor.set(options[((current ?? 0) - 1 + options.count) % options.count].value)
            case .backspace, .delete, .control("u"):
                s.fields[id]?.editor.set("")
            default:
                return
            }
            s.fields[id]?.error = nil
            return
        }
        if key == .right, case .searchList = field.kind, field.editor.cursor == field.editor.characters.count,
           let completion = Completion.first(for: field) {
            s.fields[id]?.editor.set(completion)
            s.fields[id]?.error = nil
            return
        }
        edit(&s) { editor in
            switch key {
            case .character(let c): editor.insert(String(c))
            case .backspace: editor.backspace()
            case .delete: editor.deleteForward()
            case .left: editor.left()
            case .right: editor.right()
            case .home, .control("a"): editor.home()
            case .end, .control("e"): editor.end()
            case .control("u"): editor.deleteToStart()
            case .control("k"): editor.deleteToEnd()
            case .control("w"): editor.deleteWordBackward()
            case .wordLeft: editor.wordLeft()
            case .wordRight: editor.wordRight()
            default: break
            }
        }
    }

    /// Applies an edit to the focused field; its error clears as the person
    /// types. What is typed stays as typed (a phone number keeps its spaces
    /// and dashes); values are normalised only to check and to send them.
    func edit(_ s: inout WizardState, _ change: (inout LineEditor) -> Void) {
        guard let id = s.focus, var field = s.fields[id] else { return }
        let before = field.editor
        change(&field.editor)
        if field.editor.characters != before.characters { field.error = nil }
        s.fields[id] = field
    }

    /// A whole answer for a field (plain mode): an empty answer keeps what the
    /// field holds (a prefilled username, an earlier answer) unless it is a
    /// secret; a choice takes its number, its words or its value. The field is
    /// checked at once, and stays focused with its reason when wrong; then
    /// Enter, as if typed.
    func answer(_ id: FieldID, _ text: String, _ s: inout WizardState) -> [Effect] {
        guard s.dialog == nil, s.busy == nil, let field = s.fields[id] else { return [] }
        s.focus = id
        if case .choice(let options) = field.kind {
            let typed = text.trimmingWhitespace()
            if let n = Int(typed), options.indices.contains(n - 1) {
                s.fields[id]?.editor.set(options[n - 1].value)
            } else if let match = options.first(where: { $0.label.lowercased() == typed.lowercased() || $0.value == typed }) {
                s.fields[id]?.editor.set(match.value)
            } else if !typed.isEmpty {
                s.fields[id]?.error = strings("problem.choice", ["n": "\(options.count)"])
                return []
            }
        } else if !text.isEmpty || field.isSecret {
            s.fields[id]?.editor.set("")
            edit(&s) { $0.insert(text) }
        }
        if let updated = s.fields[id], let problem = validation.problem(for: updated, among: s.fields) {
            s.fields[id]?.error = problem
            return []
        }
        s.fields[id]?.error = nil
        return handle(.enter, &s)
    }
}

/// Completion for search-list fields (time zones, languages).
enum Completion {
    static let timeZones: [String] = TimeZoneDatabase.system.allNames()
    static let locales: [String] = [
        "ar", "de", "de-AT", "de-CH", "de-DE", "en", "en-AU", "en-CA", "en-GB", "en-IE", "en-IN", "en-NZ", "en-US", "en-ZA",
        "es", "es-419", "es-ES", "es-MX", "fi", "fr", "fr-BE", "fr-CA", "fr-CH", "fr-FR", "he", "hi", "it", "ja", "ko",
        "nb", "nl", "nl-BE", "pl", "pt", "pt-BR", "pt-PT", "ru", "sv", "tr", "uk", "zh-Hans", "zh-Hant",
    ]

    static func candidates(for source: InputKind.ListSource) -> [String] {
        source == .timezones ? timeZones : locales
    }

    /// The first entry that starts with what was typed (ignoring case), if it
    /// adds anything.
    static func first(for field: Field) -> String? {
        guard case .searchList(let source) = field.kind, !field.text.isEmpty else { return nil }
        let typed = field.text.lowercased()
        return candidates(for: source).first { $0.lowercased().hasPrefix(typed) && $0.count > typed.count }
    }
}
