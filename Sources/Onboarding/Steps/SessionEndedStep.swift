import CognitoAuth

/// The challenge session ran out while nobody was at the screen (the wizard
/// already signed in again once by itself): the screen that stood there —
/// a QR code people keep scanning — is replaced by what to do next. Enter
/// signs in again with the password the flow holds (the new one once it has
/// changed); Esc quits.
public struct SessionEndedStep: StepModel, Equatable {
    public func fieldIDs(_ s: WizardState) -> [FieldID] { [] }
    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] { [] }
    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { [.quit(.cancelled)] }

    public func key(_ key: Key, _ s: inout WizardState, _ w: Wizard) -> [Effect]? {
        switch key {
        case .enter: return w.resume(&s)
        case .escape: return [.quit(.cancelled)]
        default: return []
        }
    }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        Screen(title: w.strings("session.ended.title"),
               sections: [.text([w.strings(s.passwordChanged ? "session.ended.changed" : "session.ended.body")])])
    }

    static func show(_ s: inout WizardState) {
        s.step = .sessionEnded(SessionEndedStep())
        s.focus = nil
        s.sessionDeadline = nil
    }
}
