import CognitoAuth

/// One screen of the wizard as a small model: which fields it shows, what
/// Enter produces once they are all valid, what Esc does, and the Screen it
/// describes. The wizard owns what every step shares (focus, editing, the
/// key map, validation on advance, errors, time); a step owns the rest.
public protocol StepModel: Sendable {
    /// The fields on the screen, in order.
    func fieldIDs(_ s: WizardState) -> [FieldID]
    /// Enter on the last field, every field valid: the requests to make.
    func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect]
    /// Esc.
    func back(_ s: inout WizardState, _ w: Wizard) -> [Effect]
    /// What the screen says (title, intro, rows); the wizard adds the notice,
    /// the spinner, dialogs, help and the key line.
    func screen(_ s: WizardState, _ w: Wizard) -> Screen
    /// A key the step handles itself, before the form does (nil: the form's).
    func key(_ key: Key, _ s: inout WizardState, _ w: Wizard) -> [Effect]?
    /// Whether the challenge session's clock runs out on this screen.
    var isTimed: Bool { get }
    /// Which of the flow's counted steps this is ("Step 2 of 3"), if any.
    var counted: StepCounter.Stage? { get }
}

extension StepModel {
    public func key(_ key: Key, _ s: inout WizardState, _ w: Wizard) -> [Effect]? { nil }
    public var isTimed: Bool { false }
    public var counted: StepCounter.Stage? { nil }

    /// Esc on a screen after sign-in: back to it, asking first when that
    /// would leave something typed behind. Once the password has changed
    /// there is no sign-in to go back to: Esc says what remains and offers to quit.
    func backToSignInAsking(_ s: inout WizardState, _ w: Wizard, except kept: Set<FieldID> = [.choice]) -> [Effect] {
        if s.passwordChanged {
            s.dialog = .quitAfterChange
            return []
        }
        let typed = s.visibleFields.contains { !$0.editor.isEmpty && !kept.contains($0.id) }
        if typed { s.dialog = .backToSignIn } else { w.backToSignIn(&s) }
        return []
    }
}
