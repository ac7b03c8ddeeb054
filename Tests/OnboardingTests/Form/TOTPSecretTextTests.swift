import CognitoAuth
import Testing
@testable import Onboarding

/// The TOTP secret's text: made once, zeroed in place for every holder.
@Suite struct TOTPSecretTextTests {
    let secret: SecretBytes = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

    @Test func theGroupedSecretAndTheURI() {
        let text = TOTPSecretText(secret: secret, issuer: "Acme", account: "ada")
        #expect(text.grouped == "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP")
        #expect(text.uri == "otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Acme")
    }

    @Test func wipeZeroesTheStringsEveryScreenShares() {
        let text = TOTPSecretText(secret: secret, issuer: "Acme", account: "ada")
        let shown = text.grouped, inTheQRCode = text.uri  // as a screen holds them: the same buffers
        let counts = (shown.utf8.count, inTheQRCode.utf8.count)
        text.wipe()
        #expect(shown.utf8.count == counts.0 && shown.utf8.allSatisfy { $0 == 0 }, "the length stays, the content goes")
        #expect(inTheQRCode.utf8.count == counts.1 && inTheQRCode.utf8.allSatisfy { $0 == 0 })
    }

    @Test func theLastStepHoldingItZeroesThemWhenItGoes() {
        let w = Fixture.wizard()
        var s = w.initialState(username: "ada")
        TOTPSetupStep.show(secret: secret, &s, w)
        // What a screen keeps of it; the step's copy ends with the closure.
        let shown: String = {
            guard case .totpSetup(let step) = s.step, let text = step.text else { return "" }
            return text.grouped
        }()
        #expect(shown == "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP", "show makes the text")
        s = w.initialState(username: nil)  // a kiosk's start-over
        #expect(shown.utf8.allSatisfy { $0 == 0 })
    }
}
