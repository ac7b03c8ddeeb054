import ArgumentParser

/// The wizard: the default subcommand, so `cognito-onboard --config F` runs it
/// as it always has.
struct WizardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wizard",
        abstract: "Complete the first sign-in (the default when no subcommand is given).")

    @OptionGroup var options: Options

    func run() throws {
        WizardProgram.run(options.arguments)
    }
}
