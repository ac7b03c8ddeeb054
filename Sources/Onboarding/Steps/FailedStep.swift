import CognitoAuth

/// The service needs something this client cannot do (a passkey, a custom
/// challenge, SMS setup): said plainly. Enter goes back to sign-in, Esc quits.
public struct FailedStep: StepModel, Equatable {
    public let message: String

    public func fieldIDs(_ s: WizardState) -> [FieldID] { [] }
    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] { [] }
    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { [.quit(.failed)] }

    public func key(_ key: Key, _ s: inout WizardState, _ w: Wizard) -> [Effect]? {
        if key == .enter { w.backToSignIn(&s) }
        return key == .escape ? [.quit(.failed)] : []
    }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        Screen(title: w.strings("failed.title"), sections: [.text([Sanitizer.clean(message)])])
    }

    static func show(_ message: String, _ s: inout WizardState) {
        s.step = .failed(FailedStep(message: message))
        s.focus = nil
    }
}
