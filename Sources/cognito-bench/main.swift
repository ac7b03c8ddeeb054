import Foundation

/// cognito-bench: the drivers of the benchmarks in Resources/bench.
///   cognito-bench srp N                                      (srp_bench.py)
///   cognito-bench flow ENDPOINT POOL_ID CLIENT_ID USERNAME   (network_bench.py; secrets on stdin)
let arguments = Array(CommandLine.arguments.dropFirst())
func usage() -> Never {
    FileHandle.standardError.write(Data("usage: cognito-bench srp N | cognito-bench flow ENDPOINT POOL_ID CLIENT_ID USERNAME\n".utf8))
    exit(2)
}
do {
    switch arguments.first {
    case "srp":
        guard arguments.count == 2, let count = Int(arguments[1]), count > 0 else { usage() }
        try SRPBench.run(count: count)
    case "flow":
        guard arguments.count == 5, let endpoint = URL(string: arguments[1]) else { usage() }
        try await FlowBench.run(endpoint: endpoint, userPoolId: arguments[2], clientId: arguments[3], username: arguments[4])
    default:
        usage()
    }
} catch {
    FileHandle.standardError.write(Data("cognito-bench: \(error)\n".utf8))
    exit(1)
}
