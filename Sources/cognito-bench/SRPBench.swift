import CognitoAuth
import Foundation

/// `cognito-bench srp N`: the client-side SRP work of N sign-ins (pick a and A,
/// then turn a PASSWORD_VERIFIER challenge into a signature), printed as JSON
/// seconds per sign-in. Driven by Resources/bench/srp_bench.py, which times
/// pycognito on the same work in the same run.
enum SRPBench {
    static func run(count: Int) throws {
        let salt = Hex.encode(Digest.randomBytes(16))
        let serverPublic = "1" + Hex.encode(Digest.randomBytes(383))
        let block = Base64.encode(Digest.randomBytes(96))
        let timestamp = CognitoTimestamp.string(for: Date())
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for _ in 0..<count {
            let started = ContinuousClock.now
            let client = SRPClient(userPoolId: "eu-west-1_BenchPool")
            _ = client.publicValueHex
            _ = try client.passwordClaimSignature(
                userIdForSRP: "3f1c2b6e-9a1d-4c5e-8f00-1234567890ab", password: "Temp#Pass123", saltHex: salt,
                serverPublicHex: serverPublic, secretBlockBase64: block, timestamp: timestamp)
            samples.append(Seconds.of(ContinuousClock.now - started))
        }
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: ["samples": samples]))
    }
}

enum Seconds {
    static func of(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
