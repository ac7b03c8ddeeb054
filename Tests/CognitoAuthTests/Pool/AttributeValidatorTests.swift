import Foundation
import Testing
@testable import CognitoAuth

@Suite struct AttributeValidatorTests {
    let validator = AttributeValidator(today: { Date(timeIntervalSince1970: 1_767_225_600) }) // 2026-01-01

    func ok(_ value: String, _ format: AttributeFormat) -> String? {
        if case .success(let v) = validator.validate(value, as: format) { return v }
        return nil
    }

    func problem(_ value: String, _ format: AttributeFormat) -> AttributeProblem? {
        if case .failure(let p) = validator.validate(value, as: format) { return p }
        return nil
    }

    @Test func everyStandardAttributeHasAFormat() {
        for name in ["address", "birthdate", "email", "family_name", "gender", "given_name", "locale", "middle_name", "name",
                     "nickname", "phone_number", "picture", "preferred_username", "profile", "updated_at", "website", "zoneinfo"] {
            #expect(AttributeFormat.standard[name] != nil, "\(name)")
        }
        #expect(AttributeFormat.of("custom:x") == .customString(minLength: nil, maxLength: nil))
    }

    @Test func commonRules() {
        #expect(problem("   ", .text) == .empty)
        #expect(ok("  Ada  ", .text) == "Ada")
        #expect(problem("Ada\u{1B}[31m", .text) == .controlCharacters)
        #expect(problem("A\u{9B}2J", .text) == .controlCharacters)
        #expect(problem(String(repeating: "x", count: 2049), .text) == .tooLong(maximum: 2048))
        #expect(ok(String(repeating: "語", count: 2048), .text) != nil)
        #expect(ok("山田 太郎", .text) == "山田 太郎")
    }

    @Test func email() {
        #expect(ok("ada@example.com", .email) == "ada@example.com")
        #expect(ok("a.b+c@sub.example.co.uk", .email) != nil)
        for bad in ["ada", "ada@", "@example.com", "ada@example", "a b@example.com", "ada@@example.com", "ada@-x.com", "ada@x..com"] {
            #expect(problem(bad, .email) == .invalidEmail, "\(bad)")
        }
    }

    @Test func phone() {
        #expect(ok("+44 20 7946 0958", .phone) == "+442079460958")
        #expect(ok("+1 (555) 010-0199", .phone) == "+15550100199")
        #expect(ok("0044 20 7946 0958", .phone) == "+442079460958")
        #expect(ok("+33.1.23.45.67.89", .phone) == "+33123456789")
        #expect(problem("020 7946 0958", .phone) == .phoneNeedsCountryCode)
        #expect(problem("+0 123", .phone) == .invalidPhone)
        #expect(problem("+1234567890123456", .phone) == .invalidPhone)
        #expect(problem("+44 abc", .phone) == .invalidPhone)
        #expect(problem("+", .phone) == .invalidPhone)
    }

    @Test func birthdate() {
        #expect(ok("1815-12-10", .date) == "1815-12-10")
        #expect(ok("2024-02-29", .date) != nil)
        #expect(ok("0000-02-29", .date) != nil, "year withheld")
        #expect(problem("2023-02-29", .date) == .invalidDate)
        #expect(problem("1900-02-29", .date) == .invalidDate)
        #expect(problem("1815-13-01", .date) == .invalidDate)
        #expect(problem("1815-4-1", .date) == .invalidDate)
        #expect(problem("10/12/1815", .date) == .invalidDate)
        #expect(problem("2026-01-02", .date) == .dateInFuture)
        #expect(ok("2026-01-01", .date) != nil)
    }

    @Test func urls() {
        #expect(ok("https://example.com/me.png", .url) != nil)
        #expect(ok("http://example.com", .url) != nil)
        for bad in ["example.com", "ftp://example.com/x", "javascript:alert(1)", "https://", "https://exa mple.com"] {
            #expect(problem(bad, .url) == .invalidURL, "\(bad)")
        }
    }

    @Test func locale() {
        #expect(ok("en-US", .locale) == "en-US")
        #expect(ok("en_us", .locale) == "en-US")
        #expect(ok("zh-hant-tw", .locale) == "zh-Hant-TW")
        #expect(ok("es-419", .locale) == "es-419")
        #expect(ok("de", .locale) == "de")
        for bad in ["english", "e", "en-USA-", "12", "en--US"] {
            #expect(problem(bad, .locale) == .invalidLocale, "\(bad)")
        }
    }

    @Test func zoneinfo() {
        #expect(ok("Europe/Paris", .zoneinfo) == "Europe/Paris")
        #expect(ok("America/Argentina/Buenos_Aires", .zoneinfo) != nil)
        #expect(ok("UTC", .zoneinfo) != nil)
        for bad in ["Europe/Atlantis", "../../etc/passwd", "Europe/../UTC", "Paris", "/etc/localtime"] {
            #expect(problem(bad, .zoneinfo) == .unknownTimeZone, "\(bad)")
        }
        let names = TimeZoneDatabase.system.allNames()
        #expect(names.contains("Asia/Tokyo"))
        #expect(!names.contains { $0.hasPrefix("posix/") || $0.hasPrefix("right/") })
    }

    @Test func address() {
        let json = AddressAttribute.encode(["street_address": "1 Main St", "locality": "Springfield", "country": "US", "region": ""])
        #expect(json == #"{"street_address":"1 Main St","locality":"Springfield","country":"US"}"#)
        #expect(ok(json, .address) == json)
        #expect(AddressAttribute.decode(json)?["locality"] == "Springfield")
        #expect(AddressAttribute.encode(["formatted": "Quote \" and \\ slash/"]) == #"{"formatted":"Quote \" and \\ slash/"}"#)
        for bad in ["1 Main St", "{}", #"{"planet":"Mars"}"#, #"{"locality":3}"#, "[]"] {
            #expect(problem(bad, .address) == .invalidAddress, "\(bad)")
        }
    }

    @Test func numbersAndCustomConstraints() {
        #expect(ok("1700000000", .epochSeconds) != nil)
        #expect(problem("-1", .epochSeconds) == .notANumber)
        let level = AttributeFormat.customNumber(minValue: 1, maxValue: 10)
        #expect(ok("7", level) == "7")
        #expect(ok("007", level) == "7")
        #expect(problem("0", level) == .belowMinimum(1))
        #expect(problem("11", level) == .aboveMaximum(10))
        #expect(problem("seven", level) == .notANumber)
        let team = AttributeFormat.customString(minLength: 2, maxLength: 5)
        #expect(ok("ops", team) == "ops")
        #expect(problem("o", team) == .tooShort(minimum: 2))
        #expect(problem("operations", team) == .tooLong(maximum: 5))
    }
}

/// The address attribute's value: the formatted postal address (OIDC `formatted`).
@Suite struct AddressAttributeTests {
    @Test func thePartsBecomeTheLinesOfAPostalAddress() {
        let parts = ["street_address": "1 Main St", "locality": "Springfield", "region": "IL", "postal_code": "62701", "country": "US"]
        #expect(AddressAttribute.formatted(parts) == "1 Main St\nSpringfield IL 62701\nUS")
        #expect(AddressAttribute.formatted(["locality": " Paris ", "country": "France", "region": ""]) == "Paris\nFrance")
        #expect(AddressAttribute.value(["street_address": "1 Main St"], format: .json) == #"{"street_address":"1 Main St"}"#)
    }
}
