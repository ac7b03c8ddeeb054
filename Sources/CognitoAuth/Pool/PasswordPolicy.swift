/// A user pool's password policy and Cognito's rules for it, checked locally so
/// that the person sees every unmet rule while typing instead of one refusal
/// after a round trip.
public struct PasswordPolicy: Equatable, Sendable {
    public var minimumLength: Int
    public var requireUppercase: Bool
    public var requireLowercase: Bool
    public var requireNumbers: Bool
    public var requireSymbols: Bool
    /// How many previous passwords may not be reused (only the service knows them).
    public var passwordHistorySize: Int
    /// How long the administrator's temporary password stays valid, in days.
    public var temporaryPasswordValidityDays: Int?

    public init(
        minimumLength: Int = 8, requireUppercase: Bool = true, requireLowercase: Bool = true,
        requireNumbers: Bool = true, requireSymbols: Bool = true, passwordHistorySize: Int = 0,
        temporaryPasswordValidityDays: Int? = nil
    ) {
        self.minimumLength = minimumLength
        self.requireUppercase = requireUppercase
        self.requireLowercase = requireLowercase
        self.requireNumbers = requireNumbers
        self.requireSymbols = requireSymbols
        self.passwordHistorySize = passwordHistorySize
        self.temporaryPasswordValidityDays = temporaryPasswordValidityDays
    }

    /// Cognito's default: at least 8 characters, and all four kinds.
    public static let cognitoDefault = PasswordPolicy()

    /// The most characters Cognito accepts in a password.
    public static let maximumLength = 256
    /// The allowed range of MinimumLength in a pool's policy.
    public static let minimumLengthRange = 6...99

    /// Cognito's symbol set (the space counts, but not at either end).
    public static let symbols: Set<Character> = Set("^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ")

    /// One line of the live checklist.
    public enum Rule: Equatable, Hashable, Sendable {
        case minimumLength(Int)
        case uppercase
        case lowercase
        case number
        case symbol
        /// At most 256 characters.
        case maximumLength
        /// No space (or other white space) at the start or the end.
        case noSurroundingSpace
        /// Not the temporary password: Cognito accepts it, a good client does not.
        case differsFromTemporary
    }

    public struct Verdict: Equatable, Sendable {
        public let rule: Rule
        public let isMet: Bool
    }

    /// The rules this policy asks for, in checklist order. `differsFromTemporary`
    /// is included when a temporary password is known.
    public func rules(hasTemporaryPassword: Bool = false) -> [Rule] {
        var rules: [Rule] = [.minimumLength(minimumLength)]
        if requireLowercase { rules.append(.lowercase) }
        if requireUppercase { rules.append(.uppercase) }
        if requireNumbers { rules.append(.number) }
        if requireSymbols { rules.append(.symbol) }
        if hasTemporaryPassword { rules.append(.differsFromTemporary) }
        return rules
    }

    /// A verdict for every rule of the checklist, plus the rules that only show
    /// when broken (too long, surrounding space). Generic over the characters
    /// so a line editor's buffer is checked as it is, without making a String
    /// of a password on every frame.
    public func verdicts<Password: Collection<Character>>(
        for password: Password, temporaryPassword: Password? = nil
    ) -> [Verdict] {
        var verdicts = rules(hasTemporaryPassword: temporaryPassword != nil).map {
            Verdict(rule: $0, isMet: Self.check($0, password, temporaryPassword: temporaryPassword))
        }
        for hidden in [Rule.maximumLength, .noSurroundingSpace] where !Self.check(hidden, password, temporaryPassword: nil) {
            verdicts.append(Verdict(rule: hidden, isMet: false))
        }
        return verdicts
    }

    /// True when every rule is met.
    public func accepts<Password: Collection<Character>>(_ password: Password, temporaryPassword: Password? = nil) -> Bool {
        verdicts(for: password, temporaryPassword: temporaryPassword).allSatisfy(\.isMet)
    }

    static func check<Password: Collection<Character>>(_ rule: Rule, _ password: Password, temporaryPassword: Password?) -> Bool {
        let scalars = password.lazy.flatMap(\.unicodeScalars)
        switch rule {
        case .minimumLength(let n): return scalars.count >= n
        case .maximumLength: return scalars.count <= maximumLength
        // Basic Latin letters only, as Cognito counts them.
        case .uppercase: return scalars.contains { ("A"..."Z").contains($0) }
        case .lowercase: return scalars.contains { ("a"..."z").contains($0) }
        case .number: return scalars.contains { ("0"..."9").contains($0) }
        case .symbol: return password.contains { symbols.contains($0) }
        case .noSurroundingSpace:
            guard let first = password.first, let last = password.reversed().first else { return true }
            return !first.isWhitespace && !last.isWhitespace
        case .differsFromTemporary:
            guard let temporaryPassword else { return true }
            return !password.isEmpty && !password.elementsEqual(temporaryPassword)
        }
    }
}
