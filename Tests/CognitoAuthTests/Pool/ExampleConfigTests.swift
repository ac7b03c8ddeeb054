import Foundation
import Testing
@testable import CognitoAuth

/// Every config in Resources/examples loads as it is.
@Suite struct ExampleConfigTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Resources/examples")

    static var examples: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func thereAreTheCommonShapes() {
        #expect(Self.examples == ["custom-attributes.json", "email-username-authenticator.json", "phone-username-sms.json"])
    }

    @Test(arguments: examples) func loads(_ name: String) throws {
        let p = try PoolProfileLoader.config(at: Self.folder.appendingPathComponent(name).path)
        #expect(!p.userPoolId.isEmpty && !p.clientId.isEmpty)
    }

    @Test func theShapesAreWhatTheirNamesSay() throws {
        func load(_ name: String) throws -> PoolProfile { try PoolProfileLoader.config(at: Self.folder.appendingPathComponent(name).path) }
        let email = try load("email-username-authenticator.json")
        #expect(email.usernameAttributes == ["email"] && email.mfaConfiguration == .required && email.mfaMethods == [.totp])
        let phone = try load("phone-username-sms.json")
        #expect(phone.usernameAttributes == ["phone_number"] && phone.mfaMethods == [.sms])
        let custom = try load("custom-attributes.json")
        #expect(custom.customAttributes.filter(\.ask).count == 3)
    }
}
