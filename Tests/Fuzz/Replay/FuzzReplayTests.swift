import Foundation
import FuzzChecks
import Testing

/// Every input the fuzzers kept (Tests/Fuzz/Corpus/<target>) and every crash
/// they ever found (Tests/Fuzz/Crashes/<target>), through the same checks,
/// without the sanitizer build: a fixed crash stays fixed.
@Suite struct FuzzReplayTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path

    static func replay(_ target: String, _ check: FuzzCheck) {
        let folders = ["Corpus", "Crashes"].map { "\(root)/\($0)/\(target)" }
        let results = Replay.run(check, paths: folders)
        #expect(!results.isEmpty, "no saved inputs for \(target)")
        for result in results {
            #expect(result.problems.isEmpty, "\(result.file): \(result.problems)")
        }
        print("\(target): \(results.count) saved inputs replayed")
    }

    @Test func challengeDecoder() { Self.replay("ChallengeDecoder", ChallengeDecoderCheck.check) }
    @Test func poolConfig() { Self.replay("PoolConfig", PoolConfigCheck.check) }
    @Test func lineEditor() { Self.replay("LineEditor", LineEditorCheck.check) }
    @Test func stringTable() { Self.replay("StringTable", StringTableCheck.check) }
}
