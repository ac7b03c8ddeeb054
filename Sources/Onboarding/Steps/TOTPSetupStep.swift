import CognitoAuth

/// MFA_SETUP with an authenticator app: the QR code and the secret (once
/// AssociateSoftwareToken has answered), then the app's first code.
public struct TOTPSetupStep: StepModel, Equatable {
    /// The shared secret, base32; nil while it is being fetched. Held as
    /// `SecretBytes` (zeroed when the last state holding it goes) and made
    /// text only while a screen is built from it: the terminal and the QR
    /// code need text, so each frame's Strings of it are the one exception.
    public let secret: SecretBytes?
    /// A new secret after signing in again: the entry already scanned is stale.
    public var replacesScanned = false

    public func fieldIDs(_ s: WizardState) -> [FieldID] { secret == nil ? [] : [.code] }

    public func submit(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        // The secret never came (the request failed): Enter asks for it again.
        guard secret != nil else { return Self.start(&s, w) }
        s.busy = .init(label: w.strings("mfa.checking"), frame: 0)
        return [.verifySoftwareToken(code: w.digits(.code, s), deviceName: w.deviceName)]
    }

    public func back(_ s: inout WizardState, _ w: Wizard) -> [Effect] { backToSignInAsking(&s, w) }

    public var isTimed: Bool { true }
    public var counted: StepCounter.Stage? { .mfaSetup }

    public func screen(_ s: WizardState, _ w: Wizard) -> Screen {
        guard let secret else { return Screen(title: w.strings("mfa.totp.title"), sections: [.text([w.strings("mfa.totp.intro")])]) }
        return secret.withUTF8String { screen(secret: $0, s, w) }
    }

    private func screen(secret: String, _ s: WizardState, _ w: Wizard) -> Screen {
        let account = w.validation.signInName(s.fields[.username]?.text ?? "")
        let uri = OTPAuthURI.make(issuer: w.totpIssuer, account: account, secret: secret)
        // The replaced-key warning first; then what to do, in the words that
        // fit whether the QR code can be drawn or not (the terminal decides);
        // the code last, the secret right above it.
        return Screen(title: w.strings("mfa.totp.title"), sections: [
            .text(replacesScanned ? [w.strings("mfa.totp.replaced")] : []),
            .text([w.strings("mfa.totp.intro")], shown: .withQRCode),
            .text([w.strings("mfa.totp.introNoQR")], shown: .withoutQRCode),
            Screen.Section(.qrCode(uri), .extra),
            Screen.Section(.values([Screen.Value(label: w.strings("mfa.secret"), value: OTPAuthURI.grouped(Sanitizer.clean(secret)))])),
            w.form([.code], s),
        ].filter { $0.content != .text([]) })
    }

    /// Asks the service for a secret; the screen waits for it.
    static func start(_ s: inout WizardState, _ w: Wizard) -> [Effect] {
        s.step = .totpSetup(TOTPSetupStep(secret: nil))
        s.focus = nil
        s.busy = .init(label: w.strings("mfa.preparing"), frame: 0)
        return [.associateSoftwareToken]
    }

    /// The secret arrived: the QR code and the code field.
    static func show(secret: SecretBytes, _ s: inout WizardState, _ w: Wizard) {
        let replaces = s.shownTOTPSecret.map { $0 != secret } ?? false
        s.shownTOTPSecret = secret
        s.step = .totpSetup(TOTPSetupStep(secret: secret, replacesScanned: replaces))
        s.fields[.code] = w.builder.codeField()
        s.focus = .code
    }
}
