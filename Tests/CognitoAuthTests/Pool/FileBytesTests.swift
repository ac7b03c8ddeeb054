import Foundation
import Testing
@testable import CognitoAuth

@Suite struct FileBytesTests {
    func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("file-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    @Test func readsAWholeFile() throws {
        let path = try folder() + "/a.json"
        let text = String(repeating: "0123456789", count: 20_000)  // longer than one read
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try FileBytes.read(path) == Data(text.utf8))
    }

    @Test func saysWhyInTheSystemsWords() throws {
        let dir = try folder()
        #expect(throws: FileBytes.Failure(reason: "No such file or directory")) { try FileBytes.read(dir + "/missing.json") }
        #expect(throws: FileBytes.Failure(reason: "Is a directory")) { try FileBytes.read(dir) }
        #expect(throws: FileBytes.Failure(reason: "Not a directory")) { try FileBytes.read("/etc/hostname/x") }
    }

    @Test func refusesWhatIsFarTooLargeForAConfig() throws {
        #expect(throws: FileBytes.Failure(reason: "larger than 16 MiB, so not a configuration file")) { try FileBytes.read("/dev/zero") }
    }
}
