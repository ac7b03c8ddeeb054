import CognitoAuth

/// MFA_SETUP with an authenticator app: the QR code and the secret (once
/// AssociateSoftwareToken has answered), then the app's first code.
public struct TOTPSetupStep: StepModel, Equatable {
    /// The shared secret, base32; nil while it is being fetched. Held as
    /// `SecretBytes` (zeroed when the last state holding it goes).
    public let secret: SecretBytes?
    /// A new secret after signing in again: the entry already scanned is stale.
    public var replacesScanned = false
    /// The secret as text for the screen and the QR code (the terminal and
    /// libqrencode need text), made once by `show` so that every frame shares
    /// the same two Strings, which are zeroed when the last state holding
    /// this step goes (`TOTPSecretText`). Not part of equality: it follows
    /// from the secret.
    public let text: TOTPSecretText?

    public init(secret: SecretBytes?, replacesScanned: Bool = false, text: TOTPSecretText? = nil) {
        self.secret = secret
        self.replacesScanned = replacesScanned
        self.text = text
    }

    public static func == (a: TOTPSetupStep, b: TOTPSetupStep) -> Bool {
        a.secret == b.secret && a.replacesScanned == b.replacesScanned
    }

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
        guard let text else { return Screen(title: w.strings("mfa.totp.title"), sections: [.text([w.strings("mfa.totp.intro")])]) }
        // The replaced-key warning first; then what to do, in the words that
        // fit whether the QR code can be drawn or not (the terminal decides);
        // the code last, the secret right above it.
        return Screen(title: w.strings("mfa.totp.title"), sections: [
            .text(replacesScanned ? [w.strings("mfa.totp.replaced")] : []),
            .text([w.strings("mfa.totp.intro")], shown: .withQRCode),
            .text([w.strings("mfa.totp.introNoQR")], shown: .withoutQRCode),
            Screen.Section(.qrCode(text.uri), .extra),
            Screen.Section(.values([Screen.Value(label: w.strings("mfa.secret"), value: text.grouped)])),
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
        let account = w.validation.signInName(s.fields[.username]?.text ?? "")
        let text = TOTPSecretText(secret: secret, issuer: w.totpIssuer, account: account)
        s.step = .totpSetup(TOTPSetupStep(secret: secret, replacesScanned: replaces, text: text))
        s.fields[.code] = w.builder.codeField()
        s.focus = .code
    }
}
