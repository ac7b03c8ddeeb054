import CognitoAuth

/// Builds the forms of the wizard: the sign-in form, and the new-password form
/// from the NEW_PASSWORD_REQUIRED challenge, the pool profile and the attribute
/// catalog. Attributes the user already has are listed read-only, never asked.
public struct FormBuilder: Sendable {
    public let profile: PoolProfile
    public let catalog: AttributeCatalog
    public let strings: Strings

    public init(profile: PoolProfile, catalog: AttributeCatalog = .standard, strings: Strings) {
        self.profile = profile
        self.catalog = catalog
        self.strings = strings
    }

    public func signInFields(username: String = "") -> [Field] {
        [
            Field(id: "username", role: .username, label: strings("signin.username"), hint: strings("signin.username.hint"),
                  value: username, maxLength: 128),
            Field(id: "password", role: .temporaryPassword, label: strings("signin.password"), kind: .secret, maxLength: 256),
        ]
    }

    public func passwordFields() -> [Field] {
        [
            Field(id: "newPassword", role: .newPassword, label: strings("newpassword.password"), kind: .secret, maxLength: 256),
            Field(id: "confirmPassword", role: .confirmPassword, label: strings("newpassword.confirm"), kind: .secret, maxLength: 256),
        ]
    }

    /// A one-time code (authenticator, SMS, email, or a password reset).
    public func codeField(id: String) -> Field {
        Field(id: id, role: .code, label: strings("mfa.code"), hint: strings("mfa.code.hint"), maxLength: 12)
    }

    /// The choice between MFA kinds, labelled in words.
    public func mfaChoiceField(_ kinds: [MFAKind]) -> Field {
        let labels = kinds.map { mfaLabel($0) }
        return Field(id: "mfaChoice", role: .mfaChoice, label: strings("mfa.choice"), hint: strings("mfa.choice.hint"),
                     kind: .choice(labels), value: labels.first ?? "")
    }

    public func mfaLabel(_ kind: MFAKind) -> String {
        switch kind {
        case .totp: return strings("mfa.kind.totp")
        case .sms: return strings("mfa.kind.sms")
        case .email: return strings("mfa.kind.email")
        }
    }

    public func mfaEmailField(prefill: String) -> Field {
        Field(id: "mfaEmail", role: .mfaEmail, label: strings("mfa.email"), hint: strings("mfa.email.hint"), kind: .email,
              value: prefill, maxLength: 320)
    }

    public func recoveryUsernameField(prefill: String) -> Field {
        Field(id: "recoveryUsername", role: .recoveryUsername, label: strings("signin.username"),
              hint: strings("signin.username.hint"), value: prefill, maxLength: 128)
    }

    /// The attributes to ask for: what the service says is required (in its
    /// order), then what the profile requires that the service did not list and
    /// the user lacks, then the custom attributes the config asks for — never
    /// one the app client may not write (the service would refuse it).
    public func attributesToAsk(_ challenge: NewPasswordChallenge) -> [String] {
        var names: [String] = []
        func add(_ name: String) {
            guard !names.contains(name), (challenge.currentAttributes[name] ?? "").isEmpty,
                  !NewPasswordAnswer.neverSent.contains(name),
                  profile.writableAttributes?.contains(name) ?? true else { return }
            names.append(name)
        }
        challenge.requiredAttributes.forEach(add)
        profile.requiredAttributes.forEach(add)
        profile.customAttributes.filter(\.ask).map(\.name).forEach(add)
        return names
    }

    /// The attribute fields for `challenge`; `address` becomes its parts.
    public func attributeFields(_ challenge: NewPasswordChallenge) -> [Field] {
        let required = Set(challenge.requiredAttributes + profile.requiredAttributes)
        var fields: [Field] = []
        for name in attributesToAsk(challenge) {
            let entry = catalog.entry(for: name, profile: profile, strings: strings)
            let isRequired = required.contains(name)
            if entry.kind == .addressPart("formatted") {
                for part in ["street_address", "locality", "region", "postal_code", "country"] {
                    fields.append(Field(
                        id: "attr:address:\(part)", role: .attribute(name: name, part: part),
                        label: strings("address.\(part)"), hint: part == "street_address" ? entry.hint : "",
                        kind: .addressPart(part), required: isRequired && part == "street_address"))
                }
                continue
            }
            fields.append(Field(
                id: "attr:\(name)", role: .attribute(name: name, part: nil), label: entry.label,
                hint: entry.hint, kind: entry.kind, required: isRequired))
        }
        return fields
    }

    /// The attributes the user already has, for context: (label, value), sanitized.
    public func currentAttributes(_ challenge: NewPasswordChallenge) -> [(String, String)] {
        challenge.currentAttributes
            .filter { !NewPasswordAnswer.neverSent.contains($0.key) && !$0.value.isEmpty }
            .sorted { $0.key < $1.key }
            .map { (catalog.entry(for: $0.key, profile: profile, strings: strings).label, Sanitizer.clean($0.value)) }
    }
}
