import CognitoAuth

/// SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP or SMS_OTP: a code to type, of as
/// many digits as the kind of code has (the hint says how many).
public struct CodeStep: StepModel, Equatable {
    public let challenge: CodeChallenge

    public func fieldIDs(_ s: WizardState) -> [FieldID] { [.code] }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.busy = .init(label: w.strings("mfa.checking"), frame: 0)
        return [.answering(CodeAnswer(w.digits(.code, s)))]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { backToSignInAsking(&s, w) }

    public var isTimed: Bool { true }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        Screen(title: w.strings("mfa.code.title"), sections: [.text([intro(w)]), w.form([.code], s)])
    }

    func intro(_ w: Wizard) -> String {
        switch challenge.kind {
        case .totp: return w.strings("mfa.code.totp", ["issuer": Sanitizer.clean(w.totpIssuer)])
        case .sms, .email:
            guard let destination = challenge.destination else { return w.strings("mfa.code.sentSomewhere") }
            return w.strings("mfa.code.sent", ["destination": Sanitizer.clean(destination)])
        }
    }

    /// A fresh, empty code field. When the service replaced a sent code (its
    /// session ended and the flow signed in again), the person is told a new
    /// code is on its way: the one they typed is void.
    static func show(_ challenge: CodeChallenge, _ s: inout WizardState, _ w: Wizard) {
        s.step = .code(CodeStep(challenge: challenge))
        s.fields[.code] = w.builder.codeField(digits: challenge.digits)
        s.focus = .code
        if challenge.isReplacement { s.notice = .init(text: w.strings("mfa.code.newCode"), isError: false) }
    }
}
