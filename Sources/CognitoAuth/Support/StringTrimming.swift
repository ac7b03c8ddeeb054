/// Trimming without Foundation's CharacterSet (which full Foundation has and
/// FoundationEssentials lacks): the same sets as `.whitespaces` and
/// `.whitespacesAndNewlines`, by the Unicode properties Swift's Character knows.
extension StringProtocol {
    /// Without leading and trailing spaces and tabs (line breaks kept).
    public func trimmingWhitespace() -> String {
        trimming { $0.isWhitespace && !$0.isNewline }
    }

    /// Without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimming(where: \.isWhitespace)
    }

    /// Without the leading and trailing characters that match.
    public func trimming(where matches: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !matches($0) }),
              let last = lastIndex(where: { !matches($0) }) else { return "" }
        return String(self[first...last])
    }
}
