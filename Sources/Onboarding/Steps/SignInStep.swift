import CognitoAuth

/// The first screen: username and temporary password (the welcome title and
/// text of a kiosk above them). F2 opens "forgot password".
public struct SignInStep: StepModel, Equatable {
    public func fieldIDs(_ s: WizardState) -> [FieldID] { [.username, .temporaryPassword] }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.busy = .init(label: w.strings("signin.signingIn"), frame: 0)
        let username = w.validation.signInName(s.fields[.username]?.text ?? "")
        return [.signIn(username: username, password: s.secret(.temporaryPassword))]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        if s.hasTypedSomething { s.dialog = .quit }
        return []
    }

    public func key(_ key: Key, _ s: inout WizardState, _ w: Wizard) -> [Effect]? {
        switch KeyMap.action(for: key) {
        case .forgotPassword:
            RecoveryRequestStep.show(&s, w)
            return []
        case .language:
            guard let next = w.nextLanguage else { return nil }
            return [.switchLanguage(next)]
        default:
            return nil
        }
    }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        let profile = w.profile
        let language = w.strings.language
        return Screen(title: profile.welcomeTitle?.text(for: language).map(Sanitizer.clean) ?? w.strings("signin.title"),
                      sections: [.text([profile.welcomeText?.text(for: language).map(Sanitizer.clean) ?? w.strings("signin.intro")]),
                                 w.form(fieldIDs(s), s)])
    }

    public var counted: StepCounter.Stage? { .signIn }

    /// A fresh sign-in form, the username prefilled when given.
    static func show(username: String?, _ s: inout WizardState, _ w: Wizard) {
        for field in w.builder.signInFields(username: username ?? "") { s.fields[field.id] = field }
        s.step = .signIn
        s.focus = (username ?? "").isEmpty ? .username : .temporaryPassword
    }
}
