import CognitoAuth
import Foundation
import Onboarding
import Testing
@testable import TerminalUI

/// The screens as text grids, compared with Golden/*.txt. After a deliberate
/// change of layout, regenerate them with UPDATE_GOLDEN=1 swift test
/// --filter GoldenScreenTests, and read the diff before committing.
@Suite struct GoldenScreenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    let strings = Strings.load(language: "en")
    let profile = PoolProfile(userPoolId: "eu-west-1_Test", clientId: "c", passwordPolicy: PasswordPolicy(minimumLength: 10))

    var wizard: Wizard { Wizard(profile: profile, strings: strings) }

    func layout(_ glyphs: Glyphs = .unicode, strings: Strings? = nil) -> ScreenLayout {
        let strings = strings ?? self.strings
        return ScreenLayout(glyphs: glyphs, tooSmallText: strings("terminal.tooSmall"), moreAbove: strings("more.above"),
                     moreBelow: strings("more.below"), qrTooSmall: strings("mfa.qr.enlarge"))
    }

    func render(_ state: WizardState, rows: Int, columns: Int, glyphs: Glyphs = .unicode) -> Frame {
        layout(glyphs).render(ScreenBuilder(wizard: wizard).screen(for: state), rows: rows, columns: columns)
    }

    func check(_ frame: Frame, _ name: String) throws {
        let text = frame.text.joined(separator: "\n") + "\n"
        let file = Self.golden.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "\(name) differs:\n\(text)")
        #expect(frame.text.count == frame.rows)
        for line in frame.text { #expect(DisplayWidth.of(line) <= frame.columns, "\(name): a line is too wide: \(line)") }
    }

    func signIn(typed: Bool) -> WizardState {
        var state = wizard.initialState()
        if typed {
            for c in "ada" { state = wizard.update(state, .key(.character(c))).0 }
            state = wizard.update(state, .key(.tab)).0
            for c in "Temp#Pass" { state = wizard.update(state, .key(.character(c))).0 }
        }
        return state
    }

    /// The new-password form half filled at 80x24 (rendered later at any size,
    /// as after a resize).
    func newPassword() -> WizardState {
        var state = wizard.initialState()
        state = wizard.update(state, .step(.newPasswordRequired(NewPasswordChallenge(
            currentAttributes: ["email": "yamada@example.jp"], requiredAttributes: ["name", "birthdate", "phone_number"])))).0
        for c in "Str0ng#Pass" { state = wizard.update(state, .key(.character(c))).0 }
        state = wizard.update(state, .key(.tab)).0
        state = wizard.update(state, .key(.tab)).0
        for c in "山田 太郎" { state = wizard.update(state, .key(.character(c))).0 }
        state = wizard.update(state, .key(.tab)).0
        for c in "1990-13-01" { state = wizard.update(state, .key(.character(c))).0 }
        state = wizard.update(state, .key(.tab)).0
        return state
    }

    @Test func signIn80x24() throws { try check(render(signIn(typed: true), rows: 24, columns: 80), "signin-80x24") }
    @Test func signIn40x12() throws { try check(render(signIn(typed: false), rows: 12, columns: 40), "signin-40x12") }

    @Test func newPasswordCJK80x24() throws {
        let frame = render(newPassword(), rows: 24, columns: 80)
        try check(frame, "newpassword-cjk-80x24")
        #expect(frame.cursor != nil)
    }

    @Test func newPasswordCJK40x12() throws {
        try check(render(newPassword(), rows: 12, columns: 40), "newpassword-cjk-40x12")
    }

    @Test func cjkNameInTheNarrowLayout40x12() throws {
        var state = newPassword()
        state = wizard.update(state, .key(.up)).0
        state = wizard.update(state, .key(.up)).0
        let frame = render(state, rows: 12, columns: 40)
        try check(frame, "newpassword-cjk-name-40x12")
        #expect(frame.text.contains { $0.contains("山田 太郎") })
    }

    func totpSetup() -> WizardState {
        var state = wizard.initialState(username: "ada")
        state = wizard.update(state, .step(.newPasswordRequired(NewPasswordChallenge(currentAttributes: [:], requiredAttributes: [])))).0
        state = wizard.update(state, .step(.mfaSetup([.totp]))).0
        return wizard.update(state, .totpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).0
    }

    @Test func totpSetupWithItsQRCode80x24() throws {
        let frame = render(totpSetup(), rows: 24, columns: 80)
        try check(frame, "totp-setup-80x24")
        #expect(frame.lines.contains { $0.contains { $0.style == .qr } })
    }

    @Test func totpSetupTooSmallForTheQRCode40x12() throws {
        let frame = render(totpSetup(), rows: 12, columns: 40)
        try check(frame, "totp-setup-40x12")
        #expect(!frame.lines.contains { $0.contains { $0.style == .qr } })
    }

    @Test func asciiOnTheLinuxConsole() throws {
        try check(render(newPassword(), rows: 24, columns: 80, glyphs: .ascii), "newpassword-ascii-80x24")
    }

    @Test func tooSmall() throws {
        try check(render(signIn(typed: false), rows: 10, columns: 30), "too-small-30x10")
    }

    @Test func errorAndDialog() throws {
        var state = signIn(typed: true)
        state = wizard.update(state, .key(.enter)).0
        state = wizard.update(state, .failure(.service(ServiceError(name: .notAuthorized, message: "Incorrect username or password.")))).0
        try check(render(state, rows: 24, columns: 80), "signin-error-80x24")
        state = wizard.update(state, .key(.control("c"))).0
        try check(render(state, rows: 24, columns: 80), "quit-dialog-80x24")
    }

    @Test func aNetworkFailureNamesTheEndpointAndTheCauseInFull() throws {
        var state = signIn(typed: true)
        state = wizard.update(state, .key(.enter)).0
        state = wizard.update(state, .failure(.network(.secureConnectionFailed(
            "OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number")))).0
        try check(render(state, rows: 24, columns: 80), "signin-network-error-80x24")
        try check(render(state, rows: 12, columns: 40), "signin-network-error-40x12")
    }

    @Test func theCursorSitsInTheFocusedField() {
        let frame = render(signIn(typed: true), rows: 24, columns: 80)
        let cursor = frame.cursor!
        let row = frame.text[cursor.row]
        #expect(row.contains("Temporary password"))
        #expect(DisplayWidth.of(String(row.prefix(while: { $0 != "•" }))) + 9 == cursor.column)
    }

    /// Sign-in, the new password with its checklist, TOTP setup and done, in
    /// German (long words) and Japanese (two columns a character).
    @Test(arguments: ["de", "ja"])
    func translatedScreens(language: String) throws {
        let translated = Wizard(profile: profile, strings: Strings.load(language: language))
        func render(_ state: WizardState, _ rows: Int, _ columns: Int) -> Frame {
            layout(strings: translated.strings).render(ScreenBuilder(wizard: translated).screen(for: state), rows: rows, columns: columns)
        }
        var state = translated.initialState(username: "ada")
        let signIn = state
        state = translated.update(state, .step(.newPasswordRequired(NewPasswordChallenge(
            currentAttributes: ["email": "ada@example.com"], requiredAttributes: ["name"])))).0
        for c in "Str0ng#Pass" { state = translated.update(state, .key(.character(c))).0 }
        let newPassword = state
        state = translated.update(state, .step(.mfaSetup([.totp]))).0
        state = translated.update(state, .totpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")).0
        let totp = state
        state = translated.update(state, .step(.signedIn(AuthenticationResult(
            AccessToken: "a", IdToken: "i", RefreshToken: "r", ExpiresIn: 3600, TokenType: "Bearer")))).0
        let done = state
        for (name, screen) in [("signin", signIn), ("newpassword", newPassword), ("totp-setup", totp), ("done", done)] {
            for (rows, columns) in [(24, 80), (12, 40)] {
                try check(render(screen, rows, columns), "\(name)-\(language)-\(columns)x\(rows)")
            }
        }
    }

    @Test func glyphsFollowTheTerminal() {
        #expect(Glyphs.forTerminal(term: "linux", utf8: true) == .ascii)
        #expect(Glyphs.forTerminal(term: "xterm-256color", utf8: false) == .ascii)
        #expect(Glyphs.forTerminal(term: "xterm-256color", utf8: true) == .unicode)
    }
}
