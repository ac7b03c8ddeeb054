import FoundationEssentials
import Testing
@testable import CognitoAuth

@Suite struct SecretBytesTests {
    @Test func holdsACopyAndWipesIt() {
        var typed = Array("New#Pw4242".utf8)
        let secret = SecretBytes(typed)
        typed[0] = 0
        #expect(secret.withUnsafeBytes { Array($0) } == Array("New#Pw4242".utf8))
        secret.wipe()
        #expect(secret.count == 10)
        #expect(secret.withUnsafeBytes { $0.allSatisfy { $0 == 0 } })
    }

    @Test func emptyIsFine() {
        let secret = SecretBytes([UInt8]())
        secret.wipe()
        #expect(SecretBytes.wipingData(UnsafeRawBufferPointer(start: nil, count: 0)).isEmpty)
    }

    @Test func wipingDataReadsLikeTheBytesAndSurvivesCopies() {
        let body = Array(#"{"NEW_PASSWORD":"New#Pw4242"}"#.utf8)
        var data = body.withUnsafeBytes { SecretBytes.wipingData($0) }
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
