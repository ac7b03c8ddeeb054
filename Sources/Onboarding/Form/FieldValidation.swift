import CognitoAuth
import FoundationEssentials

/// What is wrong with a field, in words, and the value to send for it. The
/// rules are CognitoAuth's (policy, attribute formats); the words are Strings'.
public struct FieldValidation: Sendable {
    public let profile: PoolProfile
    public let strings: Strings
    public let validator: AttributeValidator

    public init(profile: PoolProfile, strings: Strings, validator: AttributeValidator = AttributeValidator()) {
        self.profile = profile
        self.strings = strings
        self.validator = validator
    }

    /// The message for `field`, or nil when it is fine. `fields` gives the
    /// other fields it depends on (the confirmation needs the new password).
    /// Password fields are read as their characters, never made a String.
    public func problem(for field: Field, among fields: [FieldID: Field]) -> String? {
        var text: String { field.text }
        let characters = field.editor.characters
        switch field.id {
        case .username, .recoveryUsername, .choice:
            return text.isEmpty ? strings("problem.required") : nil
        case .temporaryPassword:
            return characters.isEmpty && field.required ? strings("problem.required") : nil
        case .code, .recoveryCode:
            guard case .code(let digits) = field.kind else { return nil }
            let typed = text.filter { !$0.isWhitespace }
            if digits.contains(typed.count), typed.allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
            return digits.count == 1 ? strings("problem.code", ["n": "\(digits.lowerBound)"])
                : strings("problem.codeRange", ["min": "\(digits.lowerBound)", "max": "\(digits.upperBound)"])
        case .mfaEmail:
            if case .failure(let problem) = validator.validate(text, as: .email) { return message(problem) }
            return nil
        case .newPassword:
            let temporary = fields[.temporaryPassword].flatMap { $0.editor.isEmpty ? nil : $0.editor.characters }
            return profile.passwordPolicy.accepts(characters, temporaryPassword: temporary) ? nil : strings("problem.passwordRules")
        case .confirmPassword:
            if characters.isEmpty { return strings("problem.required") }
            return characters.elementsEqual(fields[.newPassword]?.editor.characters ?? []) ? nil : strings("problem.passwordsDiffer")
        case .attribute(let name, let part):
            if text.trimmingWhitespace().isEmpty {
                return field.required ? strings("problem.required") : nil
            }
            if part != nil {
                return text.unicodeScalars.contains(where: Sanitizer.isUnsafe) ? message(.controlCharacters) : nil
            }
            switch validator.validate(text, as: profile.format(of: name)) {
            case .failure(let problem): return message(problem)
            case .success(let value):
                if let pattern = profile.customAttributes.first(where: { $0.name == name })?.pattern,
                   (try? Regex("^(?:\(pattern))$")).map({ value.firstMatch(of: $0) == nil }) ?? true {
                    return message(.doesNotMatchPattern)
                }
                return nil
            }
        }
    }

    /// The name to sign in with: trimmed, and where the pool signs in with
    /// phone numbers, one typed as people write it ("+44 20 7946 0958") sent
    /// as E.164.
    public func signInName(_ typed: String) -> String {
        let name = typed.trimmingWhitespace()
        guard profile.signInNames.acceptsPhoneNumber, name.hasPrefix("+"),
              case .success(let number) = PhoneNumber.validate(name) else { return name }
        return number
    }

    /// The value to send for an attribute field: trimmed and normalised.
    public func value(of field: Field) -> String {
        guard case .attribute(let name, nil) = field.id,
              case .success(let value) = validator.validate(field.text, as: profile.format(of: name)) else {
            return field.text.trimmingWhitespace()
        }
        return value
    }

    public func message(_ problem: AttributeProblem) -> String {
        switch problem {
        case .empty: return strings("problem.empty")
        case .tooLong(let n): return strings("problem.tooLong", ["n": "\(n)"])
        case .tooShort(let n): return strings("problem.tooShort", ["n": "\(n)"])
        case .controlCharacters: return strings("problem.controlCharacters")
        case .invalidEmail: return strings("problem.invalidEmail")
        case .phoneNeedsCountryCode: return strings("problem.phoneNeedsCountryCode")
        case .invalidPhone: return strings("problem.invalidPhone")
        case .invalidDate: return strings("problem.invalidDate")
        case .noSuchMonth(let month): return strings("problem.noSuchMonth", ["month": "\(month)"])
        case .noSuchDay(let day, let month): return strings("problem.noSuchDay", ["day": "\(day)", "month": "\(month)"])
        case .dateInFuture: return strings("problem.dateInFuture")
        case .invalidURL: return strings("problem.invalidURL")
        case .invalidLocale: return strings("problem.invalidLocale")
        case .unknownTimeZone: return strings("problem.unknownTimeZone")
        case .invalidAddress: return strings("problem.invalidAddress")
        case .notANumber: return strings("problem.notANumber")
        case .belowMinimum(let n): return strings("problem.belowMinimum", ["n": "\(n)"])
        case .aboveMaximum(let n): return strings("problem.aboveMaximum", ["n": "\(n)"])
        case .doesNotMatchPattern: return strings("problem.doesNotMatchPattern")
        }
    }
}
