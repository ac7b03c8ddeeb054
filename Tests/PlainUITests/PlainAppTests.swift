import CognitoAuth
import CognitoAuthTesting
import Foundation
import Glibc
import Onboarding
import Synchronization
import Testing
@testable import PlainUI

/// Plain mode driven end to end through the runtime: scripted answers on a
/// pipe, a scripted service, the printed lines read back.
@Suite struct PlainAppTests {
    static let profile = PoolProfile(userPoolId: "eu-west-1_Test", clientId: "client", passwordPolicy: PasswordPolicy(minimumLength: 10))

    /// Runs plain mode with `answers` (one per line) and returns what it printed and how it ended.
    /// Plain mode blocks its thread while it waits (as the command's main
    /// thread does), so it runs on a thread of its own, not on the pool the
    /// requests need.
    func run(_ answers: [String], replies: [String: [ScriptedService.Reply]],
             drawQR: @escaping (String) -> [String]? = { _ in nil }) async -> (output: String, status: Onboarding.ExitStatus, service: ScriptedService) {
        let service = ScriptedService(replies)
        let client = service.client()
        let app = Self.profile.appClient
        let events = EventQueue()
        let runner = WizardRunner(
            makeFlow: { SignInFlow(client: client, app: app, authFlow: .userPassword) },
            recovery: PasswordRecovery(client: client, app: app), events: events)
        let runtime = WizardRuntime(wizard: Wizard(profile: Self.profile, strings: Strings.load(language: "en")),
                                    runner: runner, events: events)
        var ends: [Int32] = [0, 0]
        _ = pipe(&ends)
        let text = answers.map { $0 + "\n" }.joined()
        _ = text.withCString { write(ends[1], $0, strlen($0)) }
        close(ends[1])
        let printed = Mutex("")
        nonisolated(unsafe) let plain = PlainApp(runtime: runtime, drawQR: drawQR, input: LineInput(descriptor: ends[0]),
                           output: { line in printed.withLock { $0 += line } })
        let status: Onboarding.ExitStatus = await withCheckedContinuation { done in
            Thread { done.resume(returning: plain.run()) }.start()
        }
        close(ends[0])
        return (printed.withLock { $0 }, status, service)
    }

    static let challenge = #"{"ChallengeName":"NEW_PASSWORD_REQUIRED","Session":"s1","ChallengeParameters":{"USER_ID_FOR_SRP":"ada","requiredAttributes":"[\"userAttributes.name\"]","userAttributes":"{\"email\":\"ada@example.com\\u001b]0;pwned\\u0007\\u001b[31m\\u202e\"}"}}"#
    static let tokens = #"{"AuthenticationResult":{"AccessToken":"a","IdToken":"i","RefreshToken":"r","ExpiresIn":3600,"TokenType":"Bearer"}}"#

    /// The authenticator's sections in order: what to do in the words that
    /// fit whether this output can draw the QR code, the URI (and the code),
    /// the secret; never the full-screen note about enlarging a window.
    @Test(arguments: [false, true])
    func theAuthenticatorSaysWhatFitsTheOutput(canDrawQR: Bool) async {
        let mfaSetup = #"{"ChallengeName":"MFA_SETUP","Session":"s2","ChallengeParameters":{"MFAS_CAN_SETUP":"[\"SOFTWARE_TOKEN_MFA\"]"}}"#
        let (output, status, _) = await run(["ada", "Temp#Pass123", "Str0ng#Passw0rd", "Str0ng#Passw0rd", "Ada Lovelace"], replies: [
            "InitiateAuth": [.json(Self.challenge)],
            "RespondToAuthChallenge": [.json(mfaSetup)],
            "AssociateSoftwareToken": [.json(#"{"SecretCode":"JBSWY3DPEHPK3PXP","Session":"s3"}"#)],
        ], drawQR: { _ in canDrawQR ? ["[QR]"] : nil })
        #expect(status == .cancelled, "input ends at the code")
        let scan = output.range(of: "Scan the QR code"), type = output.range(of: "Add this secret to your authenticator app")
        #expect((scan != nil) == canDrawQR && (type != nil) == !canDrawQR, "\(output)")
        let uri = output.range(of: "otpauth://totp/")!, secret = output.range(of: "Secret: JBSW Y3DP EHPK 3PXP")!
        #expect((scan ?? type)!.lowerBound < uri.lowerBound && uri.lowerBound < secret.lowerBound, "in the step's order")
        #expect(output.contains("[QR]") == canDrawQR)
        #expect(!output.contains("enlarge"))
    }

    @Test func aFirstSignInFromScriptedAnswers() async {
        let (output, status, service) = await run(["ada", "Temp#Pass123", "weak", "Str0ng#Passw0rd", "Str0ng#Passw0rd", "Ada Lovelace"], replies: [
            "InitiateAuth": [.json(Self.challenge)],
            "RespondToAuthChallenge": [.json(Self.tokens)],
        ])
        #expect(status == .done)
        #expect(output.contains("Sign in"))
        #expect(output.contains("The new password needs:\n  - At least 10 characters"), "the rules before the first try, in words")
        #expect(output.contains("  The password does not meet every rule yet\n  Still needed: At least 10 characters"))
        #expect(output.components(separatedBy: "New password: ").count == 3, "asked again at once after a weak one")
        #expect(output.contains("You're all set"))
        #expect(!output.contains("Temp#Pass123") && !output.contains("Str0ng#Passw0rd"), "no secret is printed")
        let answer = service.requests.last?.body ?? ""
        #expect(answer.contains(#""userAttributes.name":"Ada Lovelace""#))
    }

    @Test func serviceTextIsSanitised() async {
        let (output, _, _) = await run(["ada", "Temp#Pass123"], replies: [
            "InitiateAuth": [.json(Self.challenge)],
        ])
        #expect(output.contains("Email: ada@example.com"))
        let forbidden: Set<UInt32> = [0x1B, 0x07, 0x202E]
        let leaked = output.unicodeScalars.filter { forbidden.contains($0.value) }
        #expect(leaked.isEmpty, "no escape sequence, bell or bidi override from the service reaches the terminal")
    }

    @Test func aRefusalIsSaidWithItsReasonAndEndOfInputCancels() async {
        let (output, status, _) = await run(["ada", "wrong"], replies: [
            "InitiateAuth": [.error("NotAuthorizedException", "Incorrect username or password.\u{1B}[2J")],
        ])
        #expect(output.contains("Error: Incorrect username or password. Check both and try again."))
        #expect(output.hasSuffix("Temporary password: \n"), "asked again for the password, not the username")
        #expect(status == .cancelled)
    }
}
