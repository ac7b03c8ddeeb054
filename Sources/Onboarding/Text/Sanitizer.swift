/// Makes text from outside (the service's messages and attribute values, config
/// files) safe to draw: no terminal escape sequences, control characters, C1
/// codes, bidirectional overrides or invisible formatting characters reach the
/// screen. What is removed shows as a visible replacement so nothing silently
/// changes meaning.
public enum Sanitizer {
    public static let replacement: Character = "\u{FFFD}"
    /// Shown after a string cut at `scalarLimit`.
    public static let ellipsis: Character = "\u{2026}"
    /// At most this many scalars of one string are looked at. The screen is
    /// rebuilt on every keystroke; a 300 KB attribute value from the service
    /// must cost the same bounded work as a short one, and no field on a
    /// terminal shows more than this anyway.
    public static let scalarLimit = 4096

    public static func clean(_ text: String) -> String {
        // The cap comes first, so the work below is bounded whatever the input.
        let scalars = Array(text.unicodeScalars.prefix(scalarLimit + 1))
        let cut = scalars.count > scalarLimit
        let count = min(scalars.count, scalarLimit)
        var out = String.UnicodeScalarView()
        var kept: Unicode.Scalar?  // the last scalar copied as it was
        var i = 0
        while i < count {
            let scalar = scalars[i]
            i += 1
            if scalar == "\u{1B}" {
                // Swallow a whole CSI / OSC sequence, not just its ESC.
                i = endOfEscapeSequence(scalars, from: i, limit: count)
                out.append(contentsOf: String(replacement).unicodeScalars)
                kept = nil
                continue
            }
            let keep: Bool
            if scalar.value == 0x2028 || scalar.value == 0x2029 {
                out.append(" ")  // a line or paragraph break: the text stays on its line
                kept = " "
                continue
            } else if isJoiner(scalar) {
                keep = kept.map(joins) == true && i < count && joins(scalars[i]) && !isUnsafe(scalars[i])
            } else if isVariationSelector(scalar) {
                keep = kept.map { !isVariationSelector($0) } == true
            } else {
                keep = !isUnsafe(scalar)
            }
            if keep {
                out.append(scalar)
                kept = scalar
            } else {
                out.append(contentsOf: String(replacement).unicodeScalars)
                kept = nil
            }
        }
        if cut { out.append(contentsOf: String(ellipsis).unicodeScalars) }
        return String(out)
    }

    /// Never drawn as they are, wherever they stand: C0 (but not space), DEL,
    /// C1, the bidi marks, embeddings, overrides and isolates, the line and
    /// paragraph separators, and the invisible formatting characters used to
    /// make two different strings look the same (zero-width space, word
    /// joiner and invisible operators, the byte order mark, the soft hyphen,
    /// the Mongolian vowel separator, the combining grapheme joiner, Hangul
    /// fillers, Khmer inherent vowels, musical formatting, interlinear
    /// annotation, tag characters: also those of the subdivision flags 🏴,
    /// since any hidden ASCII can be spelt in them). Zero-width joiners and variation
    /// selectors are judged by `clean` from their neighbours: emoji and
    /// several scripts need them.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        case 0x2028, 0x2029: return true
        case 0x00AD, 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x3164, 0xFEFF, 0xFFA0: return true
        case 0x2060...0x2065, 0x206A...0x206F, 0xFFF9...0xFFFB: return true
        case 0x1D173...0x1D17A, 0xE0000...0xE007F: return true
        default: return false
        }
    }

    /// Zero-width non-joiner and joiner.
    static func isJoiner(_ s: Unicode.Scalar) -> Bool { s.value == 0x200C || s.value == 0x200D }

    /// U+FE00–FE0F and U+E0100–E01EF pick a glyph variant (an emoji or a
    /// CJK ideograph). After a visible character they are part of it and
    /// cannot hide or reorder anything, so they stay; standing alone (at the
    /// start, after something removed, or several in a row) they only carry
    /// hidden data, so they go.
    static func isVariationSelector(_ s: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value)
    }

    /// What a joiner may stand between: emoji (ZWJ sequences such as 👩‍💻)
    /// and the scripts whose spelling uses ZWJ/ZWNJ (Arabic and Persian,
    /// Syriac, the Indic scripts, Sinhala, Myanmar, Khmer). Between Latin
    /// letters a joiner is invisible and only serves to spoof.
    static func joins(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x061C: return false  // the Arabic letter mark, a bidi control
        case 0x0600...0x08FF, 0x0900...0x0DFF, 0x1000...0x109F, 0x1780...0x17FF, 0xFB50...0xFDFF, 0xFE70...0xFEFE:
            return true
        case 0xFE0F, 0x1F3FB...0x1F3FF: return true
        default: return s.value > 0xFF && s.properties.isEmoji
        }
    }

    /// Where the escape sequence whose ESC came just before `index` ends.
    private static func endOfEscapeSequence(_ scalars: [Unicode.Scalar], from index: Int, limit: Int) -> Int {
        guard index < limit else { return index }
        var i = index + 1
        switch scalars[index] {
        case "[":
            while i < limit {
                i += 1
                if (0x40...0x7E).contains(scalars[i - 1].value) { break }
            }
        case "]", "P", "_", "^":
            // Until BEL or ST (ESC \).
            while i < limit {
                let c = scalars[i]
                i += 1
                if c == "\u{07}" { break }
                if c == "\u{1B}" { return min(i + 1, limit) }
            }
        default:
            break
        }
        return i
    }
}
