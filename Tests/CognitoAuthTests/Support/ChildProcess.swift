import Foundation

/// A Python helper in a child process (the emulator, the TLS peer) that prints
/// one JSON line when ready and exits when its standard input closes — so a
/// test process that dies cannot leave it behind.
final class ChildProcess: @unchecked Sendable {
    private let process = Process()
    private let stdin = Pipe()
    /// The JSON object of the ready line.
    let ready: [String: Any]

    init(arguments: [String], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: try PythonEnvironment.interpreter())
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        var line = Data()
        while let byte = try stdout.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            throw NSError(domain: "\(arguments.joined(separator: " ")) did not start", code: 1)
        }
        ready = object
    }

    deinit {
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
