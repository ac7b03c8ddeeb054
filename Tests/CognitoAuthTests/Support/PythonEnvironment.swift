import Foundation

/// The Python that runs the emulator and pycognito: `$COGNITO_TEST_PYTHON`, or
/// the virtual environment `make test` builds under .build/venv.
enum PythonEnvironment {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "no Python environment at \(path): run `make test` (it builds .build/venv)" }
    }

    static func interpreter() throws -> String {
        let path = ProcessInfo.processInfo.environment["COGNITO_TEST_PYTHON"]
            ?? Fixtures.packageRoot.appendingPathComponent(".build/venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(path: path) }
        return path
    }

    /// Runs a Python script with `input` on stdin and returns its stdout.
    static func run(script: URL, input: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try interpreter())
        process.arguments = [script.path]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "python", code: Int(process.terminationStatus))
        }
        return output
    }
}
