import CognitoAuth

/// The screens after the password: setting up MFA (an authenticator app with
/// its QR code, or email), entering a code, choosing a kind.
extension Wizard {
    /// The issuer an authenticator app shows: configured, else the pool's name, else "Cognito".
    public var totpIssuer: String { profile.totpIssuer ?? profile.poolName ?? "Cognito" }

    func startMFASetup(_ kinds: [MFAKind], _ s: inout WizardState) -> [Effect] {
        let usable = kinds.filter { $0 != .sms }
        switch usable.count {
        case 0:
            s.phase = .failed(message: strings("error.mfaUnsupported"))
            return []
        case 1:
            return beginSetup(usable[0], &s)
        default:
            s.phase = .chooseMFASetup(usable)
            s.fields["mfaChoice"] = builder.mfaChoiceField(usable)
            s.focus = "mfaChoice"
            return []
        }
    }

    func beginSetup(_ kind: MFAKind, _ s: inout WizardState) -> [Effect] {
        if kind == .email {
            let typed = s.fields["attr:email"]?.text ?? ""
            let known = s.challenge?.currentAttributes["email"] ?? ""
            s.phase = .emailSetup
            s.fields["mfaEmail"] = builder.mfaEmailField(prefill: typed.isEmpty ? known : typed)
            s.focus = "mfaEmail"
            return []
        }
        s.phase = .totpSetup
        s.totpSecret = nil
        s.focus = nil
        s.busy = .init(label: strings("mfa.preparing"), frame: 0)
        return [.associateSoftwareToken]
    }

    /// Enter on the last field of an MFA or recovery screen, all fields valid.
    func submitMFAOrRecovery(_ s: inout WizardState) -> [Effect] {
        func text(_ id: String) -> String { (s.fields[id]?.text ?? "").filter { !$0.isWhitespace } }
        switch s.phase {
        case .chooseMFASetup(let kinds):
            guard let kind = kinds.first(where: { builder.mfaLabel($0) == s.fields["mfaChoice"]?.text }) else { return [] }
            return beginSetup(kind, &s)
        case .selectMFA(let kinds):
            guard let kind = kinds.first(where: { builder.mfaLabel($0) == s.fields["mfaChoice"]?.text }) else { return [] }
            s.busy = .init(label: strings("mfa.checking"), frame: 0)
            return [.selectMFA(kind)]
        case .totpSetup:
            s.busy = .init(label: strings("mfa.checking"), frame: 0)
            return [.verifySoftwareToken(code: text("mfaCode"), deviceName: deviceName)]
        case .emailSetup:
            s.busy = .init(label: strings("mfa.sending"), frame: 0)
            return [.setUpEmailMFA(email: s.fields["mfaEmail"]?.text.trimmingCharacters(in: .whitespaces) ?? "")]
        case .mfaCode:
            s.busy = .init(label: strings("mfa.checking"), frame: 0)
            return [.answerCode(text("mfaCode"))]
        case .recoveryRequest:
            s.busy = .init(label: strings("mfa.sending"), frame: 0)
            return [.requestPasswordReset(username: s.fields["recoveryUsername"]?.text.trimmingCharacters(in: .whitespaces) ?? "")]
        case .recoveryConfirm:
            s.busy = .init(label: strings("newpassword.saving"), frame: 0)
            return [.confirmPasswordReset(
                username: s.fields["recoveryUsername"]?.text.trimmingCharacters(in: .whitespaces) ?? "",
                code: text("recoveryCode"), password: s.fields["newPassword"]?.text ?? "")]
        default:
            return []
        }
    }
}
