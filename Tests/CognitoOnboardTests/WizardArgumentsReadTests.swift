import ArgumentParser
import CognitoAuthTesting
import CognitoAuth
import Testing
@testable import cognito_onboard

/// `WizardArguments.read` stands in for ArgumentParser on the wizard's usual
/// command line; these check that it never reads one differently.
@Suite struct WizardArgumentsReadTests {
    /// What ArgumentParser's root makes of `arguments`, as the wizard's
    /// values; nil when it refuses them or runs something else.
    static func root(_ arguments: [String]) -> WizardArguments? {
        (try? CognitoOnboard.parseAsRoot(arguments) as? WizardCommand)?.options.arguments
    }

    @Test func theTableNamesExactlyTheFlagsOptionsDeclares() {
        let help = CognitoOnboard.helpMessage(for: WizardCommand.self)
        var declared = Set<String>()
        for word in help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "<" }) where word.hasPrefix("--") {
            declared.insert(String(word.dropFirst(2)))
        }
        declared.subtract(["help", "version"])
        #expect(declared == Set(WizardArguments.table.map(\.name)))
    }

    @Test func theSubcommandNamesAreTheRootsAndHelp() {
        let names = CognitoOnboard.configuration.subcommands.map { $0._commandName } + ["help"]
        #expect(Set(names) == Set(WizardArguments.subcommandNames))
    }

    @Test func noArgumentsAreTheDefaults() {
        #expect(WizardArguments.read([]) == WizardArguments.defaults)
        #expect(Self.root([]) == WizardArguments.defaults)
    }

    @Test(arguments: [
        ["--config", "acme.json", "--username", "ada"],
        ["--config=acme.json", "--plain", "--lang", "de"],
        ["--kiosk", "--config", "/etc/cognito-onboard/config.json", "--idle-timeout", "45", "--exec-on-success", "/usr/bin/provision"],
        ["--user-pool-id", "eu-west-1_AbC123", "--client-id", "abc", "--region", "eu-west-1", "--auth-flow", "USER_PASSWORD_AUTH"],
        ["--amplify-outputs", "amplify_outputs.json", "--endpoint-url=http://127.0.0.1:9229/", "--request-timeout=30", "--tokens-out", "t.json"],
        ["--client-secret-file", "secret", "--config", "a b.json", "--username", "ада@例え.jp"],
    ])
    func theUsualCommandLinesAreReadAsArgumentParserReadsThem(_ arguments: [String]) throws {
        let read = try #require(WizardArguments.read(arguments))
        #expect(read == Self.root(arguments))
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["--version"], ["help"], ["check", "--config", "x"], ["wizard"], ["--config", "init"],
        ["--generate-completion-script", "bash"], ["--config"], ["--config", "a", "--config", "b"], ["--plain=yes"],
        ["--idle-timeout", "soon"], ["--idle-timeout", "-5"], ["--auth-flow", "MAGIC"], ["--username", "-x"], ["--config="],
        ["-config", "x"], ["--", "--config"], ["--nonsense"], ["acme.json"], ["--usernam", "ada"],
    ])
    func everythingElseIsLeftToArgumentParser(_ arguments: [String]) {
        #expect(WizardArguments.read(arguments) == nil)
    }

    /// Thousands of command lines from the flags' names, near misses and
    /// awkward values: whenever `read` accepts one, ArgumentParser must
    /// accept it too and read the same values.
    @Test func generatedCommandLinesAgreeWithArgumentParser() {
        var random = SplitMix64(seed: 0x5EED)
        let names = WizardArguments.table.map(\.name) + ["help", "version", "nonsense", "usernam", "plain", "kiosk"]
        let values = ["acme.json", "", "-", "-x", "--plain", "45", "0", "+7", "99999999999999999999", "USER_SRP_AUTH", "USER_AUTH",
                      "user_srp_auth", "a=b", "init", "check", "wizard", "help", "é", "日本", " spaced ", "eu-west-1_AbC123", "http://127.0.0.1:1/"]
        var accepted = 0
        for _ in 0..<700 {
            var arguments: [String] = []
            for _ in 0..<Int.random(in: 0..<5, using: &random) {
                let name = "--" + names[Int.random(in: 0..<names.count, using: &random)]
                switch Int.random(in: 0..<4, using: &random) {
                case 0: arguments.append(name)
                case 1: arguments.append(name + "=" + values[Int.random(in: 0..<values.count, using: &random)])
                default: arguments += [name, values[Int.random(in: 0..<values.count, using: &random)]]
                }
            }
            guard let read = WizardArguments.read(arguments) else { continue }
            accepted += 1
            #expect(read == Self.root(arguments), "\(arguments)")
        }
        // Enough of them must be accepted for the comparison to mean something.
        #expect(accepted > 150, "only \(accepted) accepted")
    }
}
