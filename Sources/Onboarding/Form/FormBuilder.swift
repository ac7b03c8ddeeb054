import CognitoAuth

/// Builds the fields of the wizard's screens: sign-in, the new-password form
/// from the NEW_PASSWORD_REQUIRED challenge, the pool profile and the
/// attribute catalog, codes, choices. Attributes the user already has are
/// listed read-only, never asked.
public struct FormBuilder: Sendable {
    public let profile: PoolProfile
    public let catalog: AttributeCatalog
    public let strings: Strings

    public init(profile: PoolProfile, catalog: AttributeCatalog = .standard, strings: Strings) {
        self.profile = profile
        self.catalog = catalog
        self.strings = strings
    }

    /// Username and password. With choice-based sign-in (USER_AUTH) the
    /// password may be left empty to be offered the other ways; the field
    /// stays the temporary password, first and obvious, and its hint says
    /// the choice is for people who have signed in before.
    public func signInFields(username: String = "") -> [Field] {
        let choice = profile.authFlow == .userAuth
        return [
            Field(id: .username, label: strings("signin.username"), hint: signInNameHint,
                  value: username, maxLength: 128),
            Field(id: .temporaryPassword, label: strings("signin.password"),
                  hint: choice ? strings("signin.password.hintChoice") : "", kind: .secret, required: !choice, maxLength: 256),
        ]
    }

    public func passwordFields() -> [Field] {
        [
            Field(id: .newPassword, label: strings("newpassword.password"), kind: .secret, maxLength: 256),
            Field(id: .confirmPassword, label: strings("newpassword.confirm"), kind: .secret, maxLength: 256),
        ]
    }

    /// A one-time code: an authenticator's (6 digits), or one the service sent.
    public func codeField(_ id: FieldID = .code, digits: ClosedRange<Int> = 6...6) -> Field {
        Field(id: id, label: strings("mfa.code"), hint: codeHint(digits), kind: .code(digits: digits), maxLength: 16)
    }

    func codeHint(_ digits: ClosedRange<Int>) -> String {
        digits.count == 1 ? strings("mfa.code.hint", ["n": "\(digits.lowerBound)"])
            : strings("mfa.code.hintRange", ["min": "\(digits.lowerBound)", "max": "\(digits.upperBound)"])
    }

    /// The choice between MFA kinds, each labelled in words, valued by kind.
    public func mfaChoiceField(_ kinds: [MFAKind]) -> Field {
        choiceField(label: strings("mfa.choice"), kinds.map { InputKind.Choice(value: $0.rawValue, label: mfaLabel($0)) })
    }

    /// A screen's one choice (how to sign in, which MFA): the first option
    /// chosen, ←/→ to change it, as the shared hint says.
    public func choiceField(label: String, _ options: [InputKind.Choice]) -> Field {
        Field(id: .choice, label: label, hint: strings("mfa.choice.hint"), kind: .choice(options), value: options.first?.value ?? "")
    }

    public func mfaLabel(_ kind: MFAKind) -> String {
        switch kind {
        case .totp: return strings("mfa.kind.totp")
        case .sms: return strings("mfa.kind.sms")
        case .email: return strings("mfa.kind.email")
        }
    }

    public func mfaEmailField(prefill: String) -> Field {
        Field(id: .mfaEmail, label: strings("mfa.email"), hint: strings("mfa.email.hint"), kind: .email,
              value: prefill, maxLength: 320)
    }

    public func recoveryUsernameField(prefill: String) -> Field {
        Field(id: .recoveryUsername, label: strings("signin.username"),
              hint: signInNameHint, value: prefill, maxLength: 128)
    }

    /// What else the username field takes, from the pool's sign-in
    /// attributes: "Your email address" where the email replaces the username,
    /// "Or your email address" where it also signs in; nothing where the
    /// config does not say (no hint rather than a wrong one).
    var signInNameHint: String {
        let names = profile.signInNames
        let instead = names.insteadOfUsername, besides = names.besidesUsername
        switch (instead.contains(.email), instead.contains(.phoneNumber)) {
        case (true, true): return strings("signin.username.hint.asEmailOrPhone")
        case (true, false): return strings("signin.username.hint.asEmail")
        case (false, true): return strings("signin.username.hint.asPhone")
        case (false, false): break
        }
        switch (besides.contains(.email), besides.contains(.phoneNumber)) {
        case (true, true): return strings("signin.username.hint.emailOrPhone")
        case (true, false): return strings("signin.username.hint")
        case (false, true): return strings("signin.username.hint.phone")
        case (false, false): return besides.contains(.preferredUsername) ? strings("signin.username.hint.preferred") : ""
        }
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
            if entry.kind == .address {
                for part in AddressPart.allCases {
                    fields.append(Field(
                        id: .attribute(name, part: part), label: strings("address.\(part.rawValue)"),
                        hint: part == .streetAddress ? entry.hint : "",
                        kind: .addressPart(part), required: isRequired && part == .streetAddress))
                }
                continue
            }
            fields.append(Field(id: .attribute(name), label: entry.label, hint: entry.hint, kind: entry.kind,
                                required: isRequired))
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
