import CognitoAuth

/// Signed in: the account is ready (or was already). Any of Enter, Esc, q
/// finishes.
public struct DoneStep: StepModel, Equatable {
    /// Nothing was set up on the way (no new password, no MFA setup).
    public let alreadySetUp: Bool
    /// An authenticator app was set up on the way: every sign-in needs it now.
    public var setUpAuthenticator = false

    public func fieldIDs(_ s: WizardState) -> [FieldID] { [] }
    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] { [] }
    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { [.quit(.done)] }

    public func key(_ key: Key, _ s: inout WizardState, _ w: Wizard) -> [Effect]? {
        [.enter, .escape, .character("q")].contains(key) ? [.quit(.done)] : []
    }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        var body = [w.strings(alreadySetUp ? "already.body" : "done.body")]
        if setUpAuthenticator { body.append(w.strings("done.authenticator")) }
        var sections: [Screen.Section] = [.text(body)]
        if s.tokensSaved { sections.append(.text([w.strings("done.tokens")], .normal)) }
        return Screen(title: w.strings(alreadySetUp ? "already.title" : "done.title"), sections: sections)
    }

    /// Signed in: the tokens go to whoever wants them, the passwords are
    /// forgotten.
    static func show(_ tokens: AuthenticationResult, _ s: inout WizardState, _ w: Wizard) -> [Effect] {
        // Nothing was set up on the way (no new password, no MFA setup).
        let alreadySetUp = s.challenge == nil && !s.setsUpMFA
        s.step = .done(DoneStep(alreadySetUp: alreadySetUp, setUpAuthenticator: s.shownTOTPSecret != nil))
        s.focus = nil
        w.forgetSecrets(&s)
        s.shownTOTPSecret = nil
        return [.deliverTokens(tokens)]
    }
}
