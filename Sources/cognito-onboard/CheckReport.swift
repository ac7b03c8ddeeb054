import CognitoAuth
import Foundation
import Onboarding

/// What `check` prints: plain text, no colour, every value from a config
/// file or the service sanitised (no control characters or escapes reach the
/// operator's terminal). The newcomer's side — password rules, field names,
/// MFA — is said in the wizard's own words (the strings files).
struct CheckReport {
    let profile: PoolProfile
    let endpoint: URL
    let flow: AuthFlowType
    let strings: Strings

    func line(_ label: String, _ value: String) {
        let padded = (label.isEmpty ? "" : label + ":").padding(toLength: 13, withPad: " ", startingAt: 0)
        print(padded + Sanitizer.clean(value))
    }

    func printConfiguration() {
        let name = profile.poolName.map { " (\($0))" } ?? ""
        line("Pool", "\(profile.userPoolId)\(name) in \(profile.region)")
        line("Endpoint", endpoint.absoluteString)
    }

    func printNewcomerView() {
        let why: String
        switch flow {
        case .userSRP: why = "the password never leaves the machine"
        case .userAuth: why = "choice-based sign-in, by SRP"
        case .userPassword: why = "the password is sent to the service over TLS"
        }
        line("Sign-in", "\(flow.rawValue) (\(why))")
        // The policy's rules, without the checklist's last line ("both passwords match").
        let rules = PasswordChecklist(policy: profile.passwordPolicy, password: "", confirmation: "",
                                      temporaryPassword: nil, strings: strings).items.dropLast().map(\.text)
        line("Password", rules.first ?? "")
        rules.dropFirst().forEach { line("", $0) }
        if let days = profile.passwordPolicy.temporaryPasswordValidityDays {
            line("", "temporary passwords expire after \(days) days")
        }
        let form = FormBuilder(profile: profile, strings: strings)
        let fields = form.attributeFields(NewPasswordChallenge(currentAttributes: [:], requiredAttributes: []))
        line("Form asks", fields.isEmpty ? "nothing beyond the password (unless the service asks)"
                                         : fields.map(\.label).joined(separator: ", "))
        let methods = profile.mfaMethods.map(form.mfaLabel).joined(separator: ", ")
        switch profile.mfaConfiguration {
        case .off: line("MFA", "none")
        case .optional: line("MFA", "optional: \(methods)")
        case .required: line("MFA", "required: \(methods)")
        }
        if profile.clientSecret != nil { line("Secret", "the app client's secret is read from its file") }
    }
}
