import CognitoAuth

/// SELECT_CHALLENGE (choice-based sign-in, USER_AUTH): how to sign in this
/// time. The password comes first and is the default; codes by email and SMS
/// follow; a passkey is listed but cannot be used in a terminal, so choosing it
/// explains what to do instead and sends nothing.
public struct SelectChallengeStep: StepModel, Equatable {
    /// What the service offered (`AvailableChallenges`), in its order.
    public let offered: [FirstFactor]

    /// The choices shown: the password once (by SRP when offered, so it never
    /// leaves the machine), then the codes, then a passkey. Factors this
    /// version does not know are left out.
    public var options: [FirstFactor] {
        var list: [FirstFactor] = offered.contains(.passwordSRP) ? [.passwordSRP] : offered.contains(.password) ? [.password] : []
        list += offered.filter(\.sendsCode)
        if offered.contains(.webAuthn) { list.append(.webAuthn) }
        return list
    }

    func chosen(_ s: WizardState) -> FirstFactor? { options.first { $0.wireName == s.fields[.choice]?.text } }

    public func fieldIDs(_ s: WizardState) -> [FieldID] {
        chosen(s)?.usesPassword == true ? [.choice, .temporaryPassword] : [.choice]
    }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        guard let factor = chosen(s) else { return [] }
        if factor == .webAuthn {
            s.notice = .init(text: w.strings("challenge.passkey"), isError: false)
            return []
        }
        if factor.usesPassword, s.fields[.temporaryPassword]?.editor.isEmpty ?? true {
            s.fields[.temporaryPassword]?.error = w.strings("problem.required")
            s.focus = .temporaryPassword
            return []
        }
        s.busy = .init(label: w.strings("signin.signingIn"), frame: 0)
        return [.answering(FirstFactorChoice(factor, password: factor.usesPassword ? s.secret(.temporaryPassword) : nil))]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { backToSignInAsking(&s, w) }

    public var isTimed: Bool { true }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        // The sign-in screen's password field, named for what it is here: not
        // necessarily a temporary one.
        let rows = w.fieldRows(fieldIDs(s), s).map { row -> Screen.FieldRow in
            guard row.id == .temporaryPassword else { return row }
            var field = row
            field.label = w.strings("challenge.password")
            return field
        }
        return Screen(title: w.strings("challenge.title"), sections: [.text([w.strings("challenge.intro")]), Screen.Section(.fields(rows))])
    }

    func label(_ factor: FirstFactor, _ w: Wizard) -> String {
        switch factor {
        case .emailOTP: return w.strings("challenge.option.email")
        case .smsOTP: return w.strings("challenge.option.sms")
        case .webAuthn: return w.strings("challenge.option.passkey")
        case .password, .passwordSRP, .unknown: return w.strings("challenge.option.password")
        }
    }

    /// The choice, the password first; nothing usable offered: the failed
    /// step names what was.
    static func show(_ offered: [FirstFactor], _ s: inout WizardState, _ w: Wizard) {
        let step = SelectChallengeStep(offered: offered)
        guard !step.options.isEmpty else {
            let names = offered.map(\.wireName).joined(separator: ", ")
            FailedStep.show(w.strings("error.unsupportedChallenge", ["challenge": names]), &s)
            return
        }
        let choices = step.options.map { InputKind.Choice(value: $0.wireName, label: step.label($0, w)) }
        s.fields[.choice] = w.builder.choiceField(label: w.strings("challenge.choice"), choices)
        s.step = .selectChallenge(step)
        s.focus = .choice
    }
}
