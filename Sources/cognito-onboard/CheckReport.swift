import CognitoAuth
import FoundationEssentials
import Onboarding

/// What `check` prints: plain text, no colour, every value from a config
/// file or the service sanitised (no control characters or escapes reach the
/// operator's terminal). The newcomer's side — password rules, field names,
/// MFA — is said in the wizard's own words; all of it from the strings files.
struct CheckReport {
    let profile: PoolProfile
    let endpoint: URL
    let flow: AuthFlowType
    let strings: Strings

    func line(_ label: String, _ value: String) {
        let text = (label.isEmpty ? "" : label + ":").prefix(13)
        let padded = text + String(repeating: " ", count: 13 - text.count)
        print(padded + Sanitizer.clean(value))
    }

    func printConfiguration() {
        line(strings("check.pool"), strings("check.pool.value", [
            "id": profile.userPoolId, "name": profile.poolName.map { " (\($0))" } ?? "", "region": profile.region,
        ]))
        line(strings("check.endpoint"), endpoint.absoluteString)
    }

    func printClientExists() {
        line(strings("check.client"), strings("check.client.exists", ["id": profile.clientId]))
    }

    func printNewcomerView() {
        switch flow {
        case .userSRP: line(strings("check.signIn"), strings("check.flow.srp"))
        case .userAuth: line(strings("check.signIn"), strings("check.flow.userAuth"))
        case .userPassword: line(strings("check.signIn"), strings("check.flow.password"))
        }
        // The policy's rules, without the checklist's last line ("both passwords match").
        let rules = PasswordChecklist(policy: profile.passwordPolicy, password: "", confirmation: "",
                                      temporaryPassword: nil, strings: strings).items.dropLast().map(\.text)
        line(strings("check.password"), rules.first ?? "")
        rules.dropFirst().forEach { line("", $0) }
        if let days = profile.passwordPolicy.temporaryPasswordValidityDays {
            line("", strings("check.temporaryValidity", ["days": "\(days)"]))
        }
        let form = FormBuilder(profile: profile, strings: strings)
        let fields = form.attributeFields(NewPasswordChallenge(currentAttributes: [:], requiredAttributes: []))
        line(strings("check.form"), fields.isEmpty ? strings("check.form.nothing") : fields.map(\.label).joined(separator: ", "))
        let methods = profile.mfaMethods.map(form.mfaLabel).joined(separator: ", ")
        switch profile.mfaConfiguration {
        case .off: line(strings("check.mfa"), strings("check.mfa.off"))
        case .optional: line(strings("check.mfa"), strings("check.mfa.optional", ["methods": methods]))
        case .required: line(strings("check.mfa"), strings("check.mfa.required", ["methods": methods]))
        }
        if profile.clientSecret != nil { line(strings("check.secret"), strings("check.secret.fromFile")) }
        line(strings("check.result"), strings("check.ok"))
    }

    /// Why the check failed, for standard error.
    func failure(_ finding: AppClientProbe.Finding) -> String {
        let id = profile.clientId, endpoint = endpoint.absoluteString
        switch finding {
        case .clientExists: return ""
        case .unreachable(.secureConnectionFailed(let why)):
            // The transport's words (OpenSSL's or curl's), and what they usually mean.
            return strings("check.tlsFailed", ["endpoint": endpoint, "why": why])
        case .unreachable(.certificate(_, let problem)):
            return strings("check.tlsFailed", ["endpoint": endpoint, "why": problem.description])
        case .unreachable(let problem): return strings("check.unreachable", ["endpoint": endpoint, "why": problem.description])
        case .clientRefused(let problem):
            return strings("check.clientRefused", ["id": id, "pool": profile.userPoolId, "why": problem.description])
        case .unexpected(let what): return strings("check.unexpected", ["id": id, "why": what])
        }
    }
}
