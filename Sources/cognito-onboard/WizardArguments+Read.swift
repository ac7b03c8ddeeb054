import CognitoAuth

extension WizardArguments {
    /// The wizard's usual command line read directly, without ArgumentParser:
    /// its reflection over the flags cost half of everything that ran before
    /// the first frame (README "Start-up, measured"), paid at every start.
    ///
    /// Only the plain forms are read: `--name value`, `--name=value`, each
    /// flag at most once, values neither empty nor starting with `-`, no
    /// argument that names a subcommand (even as a value). Anything else —
    /// `--help`, `--version`, a completion request, a subcommand, a repeated
    /// or unknown flag, a value the flag refuses — is nil, and ArgumentParser
    /// reads the whole command line as before, so its messages, help and exit
    /// codes are unchanged. `ArgumentsReadTests` checks, over thousands of
    /// generated command lines, that whatever this reads ArgumentParser
    /// reads the same way, and that the table below names exactly the flags
    /// `Options` declares.
    static func read(_ arguments: [String]) -> WizardArguments? {
        var result = WizardArguments()
        var seen: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            guard argument.hasPrefix("--"), !subcommandNames.contains(argument) else { return nil }
            let name: String
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[argument.index(argument.startIndex, offsetBy: 2)..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                name = String(argument.dropFirst(2))
            }
            guard let flag = table.first(where: { $0.name == name })?.flag, !seen.contains(name) else { return nil }
            seen.append(name)
            switch flag {
            case .toggle(let set):
                guard value == nil else { return nil }
                set(&result)
            case .value(let set):
                if value == nil {
                    index += 1
                    guard index < arguments.endIndex else { return nil }
                    value = arguments[index]
                }
                guard let value, !value.isEmpty, !value.hasPrefix("-"), !subcommandNames.contains(value),
                      set(&result, value) else { return nil }
            }
            index += 1
        }
        return result
    }

    /// What a flag does to the arguments: set a switch, or take a value
    /// (false when the value is not one the flag takes).
    enum Flag: Sendable {
        case toggle(@Sendable (inout WizardArguments) -> Void)
        case value(@Sendable (inout WizardArguments, String) -> Bool)
    }

    /// The words ArgumentParser's root reads as a subcommand wherever they
    /// stand (`CognitoOnboard.configuration`'s, and `help`).
    static let subcommandNames = ["wizard", "init", "check", "help"]

    /// Every flag of `PoolOptions` and `Options`, by its long name.
    static let table: [(name: String, flag: Flag)] = [
        ("config", .value { $0.pool.config = $1; return true }),
        ("amplify-outputs", .value { $0.pool.amplifyOutputs = $1; return true }),
        ("region", .value { $0.pool.region = $1; return true }),
        ("user-pool-id", .value { $0.pool.userPoolId = $1; return true }),
        ("client-id", .value { $0.pool.clientId = $1; return true }),
        ("client-secret-file", .value { $0.pool.clientSecretFile = $1; return true }),
        ("endpoint-url", .value { $0.pool.endpointURL = $1; return true }),
        ("auth-flow", .value { $0.pool.authFlow = AuthFlowType(rawValue: $1); return $0.pool.authFlow != nil }),
        ("username", .value { $0.username = $1; return true }),
        ("tokens-out", .value { $0.tokensOut = $1; return true }),
        ("lang", .value { $0.lang = $1; return true }),
        ("plain", .toggle { $0.plain = true }),
        ("kiosk", .toggle { $0.kiosk = true }),
        ("idle-timeout", .value { set(&$0.idleTimeout, from: $1) }),
        ("request-timeout", .value { set(&$0.requestTimeout, from: $1) }),
        ("exec-on-success", .value { $0.execOnSuccess = $1; return true }),
    ]

    /// A whole number as ArgumentParser reads one (`Int.init(_:)`).
    private static func set(_ number: inout Int, from text: String) -> Bool {
        guard let value = Int(text) else { return false }
        number = value
        return true
    }
}
