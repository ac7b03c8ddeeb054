import CognitoAuth

/// The live checklist under the new password: one line per policy rule, plus
/// "differs from the temporary password" and "both match", each met or not.
public struct PasswordChecklist: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public let text: String
        public let isMet: Bool
    }

    public let items: [Item]

    /// Reads the passwords as characters (a line editor's buffer, or a
    /// String's): no String is made of them.
    public init<Password: Collection<Character>>(
        policy: PasswordPolicy, password: Password, confirmation: Password, temporaryPassword: Password?, strings: Strings
    ) {
        var items = policy.verdicts(for: password, temporaryPassword: temporaryPassword).map {
            Item(text: Self.text($0.rule, strings), isMet: $0.isMet)
        }
        items.append(Item(text: strings("rule.matches"), isMet: !password.isEmpty && password.elementsEqual(confirmation)))
        self.items = items
    }

    public var allMet: Bool { items.allSatisfy(\.isMet) }

    static func text(_ rule: PasswordPolicy.Rule, _ strings: Strings) -> String {
        switch rule {
        case .minimumLength(let n): return strings("rule.minimumLength", ["n": "\(n)"])
        case .lowercase: return strings("rule.lowercase")
        case .uppercase: return strings("rule.uppercase")
        case .number: return strings("rule.number")
        case .symbol: return strings("rule.symbol")
        case .maximumLength: return strings("rule.maximumLength")
        case .noSurroundingSpace: return strings("rule.noSurroundingSpace")
        case .differsFromTemporary: return strings("rule.differsFromTemporary")
        }
    }
}
