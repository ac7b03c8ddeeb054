import CognitoAuth
import Foundation
import Onboarding
import Testing
@testable import TerminalUI

/// Every screen in every language, at 40x12 and 80x24: the essential line
/// comes first, the focused field shows whole, nothing is cut with "…", and
/// what does not fit is scrolled to (issue 10, trap 6).
@Suite struct SmallWindowTests {
    static let languages = ["en", "de", "es", "fr", "it", "nl", "pt-BR", "ja", "ko", "zh-Hans"]
    static let sizes = [(12, 40), (24, 80)]

    let profile = PoolProfile(userPoolId: "eu-west-1_Test", clientId: "c", poolName: "Acme",
                              passwordPolicy: PasswordPolicy(minimumLength: 10), usernameAttributes: ["phone_number"])

    func layout(_ strings: Strings) -> ScreenLayout {
        ScreenLayout(tooSmallText: strings("terminal.tooSmall"), moreAbove: strings("more.above"),
                     moreBelow: strings("more.below"), qrTooSmall: strings("mfa.qr.enlarge"))
    }

    /// The screens a newcomer can meet, named.
    func screens(_ wizard: Wizard) -> [(String, WizardState)] {
        func after(_ state: WizardState, _ events: Event...) -> WizardState {
            events.reduce(state) { wizard.update($0, $1).0 }
        }
        let signIn = wizard.initialState(username: "ada")
        let newPassword = after(signIn, .step(.newPasswordRequired(NewPasswordChallenge(
            currentAttributes: ["email": "ada@example.com"], requiredAttributes: ["name", "birthdate"]))))
        let totp = after(newPassword, .step(.mfaSetup([.totp])), .totpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
        let replaced = after(totp, .totpSecret("KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"))
        return [
            ("sign-in", after(wizard.initialState(), .key(.character("a")))),
            ("new password", newPassword),
            ("MFA choice", after(newPassword, .step(.mfaSetup([.totp, .email])))),
            ("TOTP setup", totp),
            ("TOTP setup, a new key", replaced),
            ("email setup", after(newPassword, .step(.mfaSetup([.email])))),
            ("code", after(signIn, .step(.code(CodeChallenge(kind: .email, destination: "a***@e***", deliveryMedium: "EMAIL"))))),
            ("MFA selection", after(signIn, .step(.selectMFA([.totp, .sms])))),
            ("sign-in choice", after(signIn, .step(.selectChallenge([.passwordSRP, .emailOTP])))),
            ("recovery", after(signIn, .key(.f2))),
            ("done", after(totp, .step(.signedIn(AuthenticationResult(
                AccessToken: "a", IdToken: "i", RefreshToken: "r", ExpiresIn: 3600, TokenType: "Bearer"))))),
        ]
    }

    @Test(arguments: languages)
    func theEssentialLineComesFirstAndNothingIsCut(language: String) {
        let strings = Strings.load(language: language)
        let wizard = Wizard(profile: profile, strings: strings)
        for (name, state) in screens(wizard) {
            let screen = ScreenBuilder(wizard: wizard).screen(for: state)
            for (rows, columns) in Self.sizes {
                let frame = layout(strings).render(screen, rows: rows, columns: columns)
                let text = frame.text
                let place = "\(language) \(name) \(columns)x\(rows)"
                #expect(!text.joined().contains("…"), "\(place): cut:\n\(text.joined(separator: "\n"))")
                // The first line of what the screen says (the text the terminal
                // shows at this size) is on screen, right under the title.
                let qrShown = frame.lines.contains { $0.contains { $0.style == .qr } }
                if let first = screen.sections.first(where: { $0.isText && $0.shown.holds(qrCodeShown: qrShown) })?.paragraphs.first,
                   let word = first.split(separator: " ").first.map(String.init) {
                    // Before anything else of the body: a field, a mark, a value.
                    let head = String(word.prefix(8))
                    let line = text.firstIndex { $0.contains(head) }
                    let others = [
                        text.firstIndex { $0.contains("▸") },
                        text.firstIndex { $0.contains("↑") },
                        screen.values.first.flatMap { value in text.firstIndex { $0.trimmingCharacters(in: .whitespaces) == value.label } },
                    ].compactMap { $0 }
                    #expect(line.map { l in others.allSatisfy { l < $0 } } == true,
                            "\(place): the essential line is not first: \(head)\n\(text.joined(separator: "\n"))")
                }
                if let focused = screen.focusedField {
                    #expect(frame.cursor != nil || focused.isChoice, "\(place): the focused field is hidden")
                    #expect(text.contains { $0.contains(String(focused.label.prefix(6))) }, "\(place): no \(focused.label):\n\(text.joined(separator: "\n"))")
                }
                for value in screen.values where name.hasPrefix("TOTP") {
                    // An authenticator's secret shows whole, beside the code it belongs to.
                    let groups = value.value.split(separator: " ")
                    let shown = text.flatMap { $0.split(separator: " ") }.filter { $0.count == 4 && groups.contains($0) }
                    #expect(shown == groups, "\(place): the secret is not whole:\n\(text.joined(separator: "\n"))")
                }
            }
        }
    }

    /// At 40x12 the note on getting a QR code is below the code field;
    /// PgDn scrolls to it, and the layout says how far it could go.
    @Test func pageDownReachesWhatIsBelow() {
        let strings = Strings.load(language: "en")
        let wizard = Wizard(profile: profile, strings: strings)
        let totp = screens(wizard).first { $0.0 == "TOTP setup" }!.1
        let screen = ScreenBuilder(wizard: wizard).screen(for: totp)
        let first = layout(strings).render(screen, rows: 12, columns: 40)
        #expect(first.text[10].hasSuffix("↓ more below"))
        #expect(!first.text.joined().contains("enlarge"))
        let scrolled = layout(strings).render(screen, rows: 12, columns: 40, scroll: 5)
        #expect(scrolled.scrolledPages == 1, "as far as it goes")
        #expect(scrolled.text.contains { $0.contains("For a QR code to scan instead") })
        #expect(scrolled.text[2].hasPrefix(" Add this secret"), "the instruction stays in place")
        #expect(!scrolled.text[10].contains("more below"))
        let back = layout(strings).render(screen, rows: 12, columns: 40, scroll: -3)
        #expect(back.scrolledPages == 0 && back.text == first.text)
    }

    /// At 40x12 the key help (13 lines) does not fit: it shows a page with a
    /// mark in its border, and PgDn pages to the rest, in every language.
    @Test(arguments: languages)
    func helpThatDoesNotFitPagesDown(language: String) {
        let strings = Strings.load(language: language)
        let wizard = Wizard(profile: profile, strings: strings)
        let help = wizard.update(wizard.initialState(), .key(.f1)).0
        let screen = ScreenBuilder(wizard: wizard).screen(for: help)
        let lines = try! #require(screen.help)
        var seen: [String] = []
        var pages = 0
        for page in 0..<5 {
            let frame = layout(strings).render(screen, rows: 12, columns: 40, scroll: page)
            #expect(!frame.text.joined().contains("…"), "\(language): cut")
            seen += frame.text
            pages = max(pages, frame.scrolledPages)
        }
        #expect(pages >= 1, "\(language): help fits in one page at 40x12?")
        let shown = seen.joined(separator: " ").split(separator: " ").joined(separator: " ")
        for line in lines {
            // Every line of help is seen on some page (compared word by word: it wraps).
            let first = line.split(separator: " ").prefix(2).joined(separator: " ")
            #expect(shown.contains(first), "\(language): never shown: \(line)")
        }
        let first = layout(strings).render(screen, rows: 12, columns: 40).text
        #expect(first.contains { $0.contains(strings("more.below")) })
    }

    /// The sign-in screen after a network failure with `cause`, at 40x12.
    func networkFailure(_ cause: NetworkError, language: String) -> (Screen, Frame, [String]) {
        let strings = Strings.load(language: language)
        let wizard = Wizard(profile: profile, strings: strings)
        var state = wizard.initialState(username: "ada")
        for event in "Temp#Pass".map({ Event.key(.character($0)) }) + [.key(.enter), .failure(.network(cause))] {
            state = wizard.update(state, event).0
        }
        let screen = ScreenBuilder(wizard: wizard).screen(for: state)
        let notice = screen.notice.map { TextWrap.lines(Glyphs.unicode.error + " " + $0.text, width: 38) } ?? []
        return (screen, layout(strings).render(screen, rows: 12, columns: 40), notice)
    }

    /// A network failure names the endpoint and the cause; at 40x12 its
    /// message is on the screen whole, in every language, under the focused
    /// field, which stays in view (issue 10, trap 9).
    @Test(arguments: languages)
    func aLongNetworkNoticeIsShownWhole(language: String) throws {
        let (screen, frame, notice) = networkFailure(.connectionLost("Recv failure: Connection reset by peer"), language: language)
        let text = frame.text.map { $0.trimmingCharacters(in: .whitespaces) }
        let focused = try #require(screen.focusedField)
        #expect(notice.count >= 6, "\(language): not a long message")
        #expect(notice.joined().contains("cognito-idp.eu-west-1.amazonaws.com"))
        let start = try #require(text.firstIndex(of: notice[0]), "\(language): no notice:\n\(frame.text.joined(separator: "\n"))")
        #expect(Array(text.dropFirst(start).prefix(notice.count)) == notice, "\(language): not whole:\n\(frame.text.joined(separator: "\n"))")
        let field = try #require(text.firstIndex { $0.contains(String(focused.label.prefix(6))) }, "\(language): no field")
        #expect(field < start && frame.cursor.map { $0.row > field && $0.row < start } == true, "\(language): the field is hidden")
        #expect(text.contains(String(repeating: "•", count: 9)), "\(language): the password typed is not shown")
        // The username above is hidden, and said to be (on the rule when its row went to the message).
        #expect(text[0] == screen.title && text.contains { $0.contains(Strings.load(language: language)("more.above")) })
        #expect(!text.joined().contains("…"))
    }

    /// A message too long even for that (a TLS library's error at 40x12)
    /// hangs under the focused field: its head in view, the rest a PgDn away.
    @Test(arguments: languages)
    func aNoticeLongerThanTheWindowIsAPageDownAway(language: String) throws {
        let cause = NetworkError.secureConnectionFailed("OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number, while talking to cognito-idp.eu-west-1.amazonaws.com")
        let (screen, frame, notice) = networkFailure(cause, language: language)
        let text = frame.text.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(notice.count > 7)
        #expect(frame.cursor != nil && text.contains { $0.contains(String(screen.focusedField!.label.prefix(6))) })
        #expect(text.contains(notice[0]) && text[10].contains(Strings.load(language: language)("more.below")),
                "\(language):\n\(frame.text.joined(separator: "\n"))")
        var seen = Set(text)
        for page in 1...3 { seen.formUnion(layout(Strings.load(language: language)).render(screen, rows: 12, columns: 40, scroll: page).text.map { $0.trimmingCharacters(in: .whitespaces) }) }
        for line in notice { #expect(seen.contains(line), "\(language): never shown: \(line)") }
    }

    /// PgDn with help open keeps it open; any other key closes it and is not lost.
    @Test func pageDownKeepsHelpOpen() {
        let wizard = Wizard(profile: profile, strings: Strings.load(language: "en"))
        var state = wizard.update(wizard.initialState(), .key(.f1)).0
        state = wizard.update(state, .key(.pageDown)).0
        #expect(state.showingHelp)
        state = wizard.update(state, .key(.character("a"))).0
        #expect(!state.showingHelp)
    }
}
