import CognitoAuth

/// NEW_PASSWORD_REQUIRED: the new password with its live checklist, and the
/// attributes the pool requires (the form built from `requiredAttributes`),
/// the ones already on file shown for context. One screen: the front end
/// scrolls it when the terminal is short.
public struct NewPasswordStep: StepModel, Equatable {
    public let challenge: NewPasswordChallenge
    /// The attribute fields, in the order the form asks them.
    public let attributeIDs: [FieldID]

    public func fieldIDs(_ s: WizardState) -> [FieldID] { [.newPassword, .confirmPassword] + attributeIDs }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.busy = .init(label: w.strings("newpassword.saving"), frame: 0)
        return [.answerNewPassword(password: s.secret(.newPassword), attributes: attributes(s, w))]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.dialog = .backToSignIn
        return []
    }

    public var counted: StepCounter.Stage? { .newPassword }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        var sections: [Screen.Section] = [
            .text([w.strings(attributeIDs.isEmpty ? "newpassword.introOnly" : "newpassword.intro")]),
            w.form([.newPassword, .confirmPassword], s),
            w.checklist(temporaryPassword: s.fields[.temporaryPassword]?.editor.characters, s),
        ]
        let onFile = w.builder.currentAttributes(challenge).map { Screen.Value(label: $0.0, value: w.strings("field.onFile", ["value": $0.1])) }
        if !onFile.isEmpty { sections.append(Screen.Section(.values(onFile), .normal)) }
        if !attributeIDs.isEmpty { sections.append(w.form(attributeIDs, s)) }
        return Screen(title: w.strings("newpassword.title"), sections: sections)
    }

    /// The attributes to send: each field's normalised value, the address
    /// parts joined into one value (the formatted postal address, or JSON when
    /// the config says so; see `AddressAttribute`).
    func attributes(_ s: WizardState, _ w: Wizard) -> [String: String] {
        var values: [String: String] = [:]
        var address: [AddressPart: String] = [:]
        for field in attributeIDs.compactMap({ s.fields[$0] }) {
            guard case .attribute(let name, let part) = field.id else { continue }
            if let part {
                address[part] = field.text
                continue
            }
            let value = w.validation.value(of: field)
            if !value.isEmpty { values[name] = value }
        }
        if address.values.contains(where: { !$0.trimmingWhitespace().isEmpty }) {
            let parts = Dictionary(uniqueKeysWithValues: address.map { ($0.key.rawValue, $0.value) })
            values["address"] = AddressAttribute.value(parts, format: w.profile.addressFormat)
        }
        return values
    }

    /// Builds (or, after signing in again, rebuilds keeping what was typed)
    /// the form.
    static func show(_ challenge: NewPasswordChallenge, _ s: inout WizardState, _ w: Wizard) {
        s.challenge = challenge
        let fields = w.builder.passwordFields() + w.builder.attributeFields(challenge)
        for field in fields {
            var kept = field
            if let previous = s.fields[field.id] { kept.editor = previous.editor }
            s.fields[field.id] = kept
        }
        s.step = .newPassword(NewPasswordStep(challenge: challenge, attributeIDs: fields.dropFirst(2).map(\.id)))
        s.focus = .newPassword
    }
}
