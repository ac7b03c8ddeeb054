/// BCP 47 language tags, as the `locale` attribute holds them.
public enum LocaleTag {
    /// `en_us` and `EN-us` become `en-US`; returns nil for anything that is
    /// not language[-script][-region][-variant…].
    public static func canonical(_ typed: String) -> String? {
        let parts = typed.replacing("_", with: "-").split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy(\.isASCIILetter) else { return nil }
        var out = [language.lowercased()]
        var index = 1
        if index < parts.count, parts[index].count == 4, parts[index].allSatisfy(\.isASCIILetter) {
            out.append(parts[index].prefix(1).uppercased() + parts[index].dropFirst().lowercased())
            index += 1
        }
        if index < parts.count {
            let p = parts[index]
            if (p.count == 2 && p.allSatisfy(\.isASCIILetter)) || (p.count == 3 && p.allSatisfy(\.isASCIIDigit)) {
                out.append(p.uppercased())
                index += 1
            }
        }
        while index < parts.count {
            let p = parts[index]
            let variant = ((5...8).contains(p.count) && p.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit })
                || (p.count == 4 && p.first!.isASCIIDigit && p.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit })
            guard variant else { return nil }
            out.append(p.lowercased())
            index += 1
        }
        return out.joined(separator: "-")
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
}
