import Glibc

/// How many terminal columns text takes: CJK and most emoji 2, combining
/// marks 0. Cursor positions and scrolling count these, not Characters.
public enum DisplayWidth {
    /// libc's wcwidth (glibc hides its declaration; wchar_t is 32-bit here).
    @_silgen_name("wcwidth")
    private static func wcwidth(_ c: Int32) -> Int32

    /// wcwidth follows LC_CTYPE: under the C locale every non-ASCII character
    /// is "unprintable". The program calls `setlocale(LC_ALL, "")` first; when
    /// that leaves no UTF-8 character type, C.UTF-8 is used for measuring.
    private static let prepared: Bool = {
        if __ctype_get_mb_cur_max() == 1 { setlocale(LC_CTYPE, "C.UTF-8") }
        return true
    }()

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        _ = prepared
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? 1 : 0 }
        let w = Int(wcwidth(Int32(bitPattern: scalar.value)))
        return w < 0 ? 1 : w
    }

    public static func of(_ character: Character) -> Int {
        var total = 0
        for s in character.unicodeScalars {
            // A variation selector 16 asks for emoji presentation: 2 columns.
            if s.value == 0xFE0F { total = max(total, 2); continue }
            total += of(s)
        }
        return min(total, 2)
    }

    /// Inlinable, so that each caller gets a copy made for its own kind of
    /// text: the generic one, shared across modules, asks the runtime for the
    /// sequence's associated types on every first use of a type (0.6 M
    /// instructions before the first frame).
    @inlinable
    public static func of(_ text: some Sequence<Character>) -> Int {
        var total = 0
        for c in text { total += of(c) }
        return total
    }

    /// Columns of `text`; printable ASCII (most of what is drawn) is counted
    /// a byte a column, without breaking it into characters (a third of the
    /// first frame's drawing went to measuring text character by character).
    public static func of(_ text: String) -> Int {
        asciiColumns(text.utf8) ?? of(text[...])
    }

    /// The longest prefix of `text` that fits in `columns`; printable ASCII
    /// cut by bytes, as `of(_: String)` measures it.
    public static func prefix(_ text: String, fitting columns: Int) -> String {
        guard let width = asciiColumns(text.utf8) else { return prefix(text[...], fitting: columns) }
        guard width > columns else { return text }
        return String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: max(0, columns))])
    }

    /// The width of `utf8` when it is all printable ASCII (one column a
    /// byte), else nil: anything else is measured by characters.
    static func asciiColumns(_ utf8: String.UTF8View) -> Int? {
        var count = 0
        for byte in utf8 {
            guard byte >= 0x20, byte < 0x7F else { return nil }
            count += 1
        }
        return count
    }

    /// The longest prefix of `text` that fits in `columns` (inlinable, as `of`).
    @inlinable
    public static func prefix(_ text: some Sequence<Character>, fitting columns: Int) -> String {
        var used = 0
        var out = ""
        for c in text {
            let w = of(c)
            if used + w > columns { break }
            used += w
            out.append(c)
        }
        return out
    }

    /// `text` cut to `columns`, ending in "…" when it was cut.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        return prefix(text, fitting: columns - of(ellipsis)) + ellipsis
    }

    /// `text` padded with spaces to exactly `columns` (cut first if longer).
    public static func pad(_ text: String, to columns: Int) -> String {
        let cut = of(text) > columns ? prefix(text, fitting: columns) : text
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }
}
