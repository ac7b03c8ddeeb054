import ArgumentParser

extension CognitoOnboard {
    /// The wizard's command line parsed by `WizardCommand` alone, when no
    /// subcommand is named: the same parser and the same result as the root's
    /// (which hands such a command line to its default subcommand), without
    /// reflecting over the other subcommands' flags too: a seventh of
    /// ArgumentParser's work before the first frame (README "Start-up, measured").
    ///
    /// Nil, for the root to parse, when any argument names a subcommand (even
    /// as an option's value: the root then decides), and when the wizard's
    /// own parse fails for any reason: `--help`, `--version`, completion
    /// requests and usage errors are all the root's, so their output and exit
    /// codes stay exactly what the root says.
    static func wizardAlone(_ arguments: [String]) -> WizardCommand? {
        let names = Set(configuration.subcommands.map { $0._commandName } + ["help"])
        guard !arguments.contains(where: names.contains) else { return nil }
        return (try? WizardCommand.parseAsRoot(arguments)) as? WizardCommand
    }
}
