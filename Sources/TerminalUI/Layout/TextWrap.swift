import Onboarding
/// Word wrapping by terminal columns (a word longer than the line is cut).
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                let candidate = line.isEmpty ? word : line + " " + word
                if DisplayWidth.of(candidate) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { out.append(line) }
                while DisplayWidth.of(word) > width {
                    let head = DisplayWidth.prefix(word, fitting: width)
                    out.append(head)
                    word = String(word.dropFirst(head.count))
                }
                line = word
            }
            out.append(line)
        }
        return out
    }
}
