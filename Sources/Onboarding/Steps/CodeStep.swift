import CognitoAuth

/// SMS_MFA, SOFTWARE_TOKEN_MFA or EMAIL_OTP: a code to type.
public struct CodeStep: StepModel, Equatable {
    public let challenge: CodeChallenge

    public func fieldIDs(_ s: WizardState) -> [FieldID] { [.code] }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.busy = .init(label: w.strings("mfa.checking"), frame: 0)
        return [.answerCode(w.digits(.code, s))]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { backToSignInAsking(&s, w) }

    public var isTimed: Bool { true }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        Screen(title: w.strings("mfa.code.title"), intro: [intro(w)], rows: w.fieldRows([.code], s))
    }

    func intro(_ w: Wizard) -> String {
        switch challenge.kind {
        case .totp: return w.strings("mfa.code.totp", ["issuer": Sanitizer.clean(w.totpIssuer)])
        case .sms, .email:
            guard let destination = challenge.destination else { return w.strings("mfa.code.sentSomewhere") }
            return w.strings("mfa.code.sent", ["destination": Sanitizer.clean(destination)])
        }
    }

    static func show(_ challenge: CodeChallenge, _ s: inout WizardState, _ w: Wizard) {
        s.step = .code(CodeStep(challenge: challenge))
        s.fields[.code] = w.builder.codeField()
        s.focus = .code
    }
}
