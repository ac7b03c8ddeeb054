/// Phone numbers as Cognito stores them: E.164, `+` and 2 to 15 digits.
public enum PhoneNumber {
    /// What a person typed, made E.164 where that is unambiguous: spaces,
    /// dashes, dots and parentheses removed, a leading `00` read as `+`.
    /// Anything else is left for `validate` to refuse.
    public static func normalize(_ typed: String) -> String {
        var kept = typed.filter { !" -.()\u{00A0}\t".contains($0) }
        if kept.hasPrefix("00") { kept = "+" + kept.dropFirst(2) }
        return kept
    }

    /// The E.164 form of `typed`, or why it cannot be one.
    public static func validate(_ typed: String) -> Result<String, AttributeProblem> {
        let number = normalize(typed)
        if number.isEmpty { return .failure(.empty) }
        let digits = number.hasPrefix("+") ? number.dropFirst() : Substring(number)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.invalidPhone) }
        guard number.hasPrefix("+") else { return .failure(.phoneNeedsCountryCode) }
        guard digits.first != "0", (2...15).contains(digits.count) else { return .failure(.invalidPhone) }
        return .success(number)
    }
}
