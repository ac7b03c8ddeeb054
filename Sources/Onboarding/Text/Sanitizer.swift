/// Makes text from outside (the service's messages and attribute values, config
/// files) safe to draw: no terminal escape sequences, control characters, C1
/// codes or bidirectional overrides reach the screen. What is removed shows as
/// a visible replacement so nothing silently changes meaning.
public enum Sanitizer {
    public static let replacement: Character = "\u{FFFD}"

    public static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                // Swallow a whole CSI / OSC sequence, not just its ESC.
                out.append(contentsOf: String(replacement).unicodeScalars)
                skipEscapeSequence(&iterator)
            } else if isUnsafe(scalar) {
                out.append(contentsOf: String(replacement).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// C0 (but not space), DEL, C1, the bidi embeddings, overrides and
    /// isolates, and the line/paragraph separators.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        case 0x2028, 0x2029: return true
        default: return false
        }
    }

    private static func skipEscapeSequence(_ it: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = it.next() else { return }
        switch introducer {
        case "[":
            while let c = it.next(), !(0x40...0x7E).contains(c.value) {}
        case "]", "P", "_", "^":
            // Until BEL or ST (ESC \).
            while let c = it.next() {
                if c == "\u{07}" { return }
                if c == "\u{1B}" { _ = it.next(); return }
            }
        default:
            return
        }
    }
}
