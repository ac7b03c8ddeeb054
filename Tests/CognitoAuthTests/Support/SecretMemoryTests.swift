import FoundationEssentials
import Testing
@testable import CognitoAuth

@Suite struct SecretMemoryTests {
    @Test func wipesBytes() {
        var typed = Array("New#Pw4242".utf8)
        typed.withUnsafeMutableBytes { SecretMemory.wipe($0) }
        #expect(typed == Array(repeating: 0, count: 10))
        SecretMemory.wipe(UnsafeMutableRawBufferPointer(start: nil, count: 0))
        #expect(SecretMemory.wipingData(count: 0) { _ in Issue.record("nothing to write") }.isEmpty)
    }

    @Test func wipingDataReadsLikeTheBytesAndSurvivesCopies() {
        let body = Array(#"{"NEW_PASSWORD":"New#Pw4242"}"#.utf8)
        var data = SecretMemory.wipingData(count: body.count) { $0.copyBytes(from: body) }
        let copy = data
        #expect(Array(data) == body)
        data = Data()
        // The storage is freed (and zeroed) only with its last copy.
        #expect(Array(copy) == body)
    }

    @Test func wipesAnUnsharedDataInPlace() {
        var data = Data("New#Pw4242".utf8)
        data.wipe()
        #expect(data.count == 10 && data.allSatisfy { $0 == 0 })
    }

    @Test func wipingASharedDataLeavesTheOtherCopy() {
        var data = Data("New#Pw4242".utf8)
        let other = data
        data.wipe()
        #expect(String(decoding: other, as: UTF8.self) == "New#Pw4242")
    }
}
