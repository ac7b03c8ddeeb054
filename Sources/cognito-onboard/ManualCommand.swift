import ArgumentParser

struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "manual")
}
