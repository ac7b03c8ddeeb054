import CQREncode
import Synchronization

/// A QR code as a square of modules, encoded by libqrencode (the encoder behind
/// the `qrencode` tool): no hand-written QR.
struct QRMatrix: Equatable {
    let size: Int
    /// Row-major, `true` for a dark module.
    let modules: [Bool]

    /// The smallest QR code (error correction level L) holding `text`, or nil
    /// when it cannot be encoded or libqrencode cannot be loaded.
    init?(_ text: String) {
        guard let code = cqrencode_encode_string(text, 0, QR_ECLEVEL_L, QR_MODE_8, 1) else { return nil }
        defer { cqrencode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// The code for `text`, encoded once: the authenticator screen is laid
    /// out again at every key and tick, and its secret does not change.
    static func cached(_ text: String) -> QRMatrix? {
        if let hit = last.withLock({ $0?.text == text ? $0 : nil }) { return hit.matrix }
        let matrix = QRMatrix(text)
        last.withLock { $0 = (text, matrix) }
        return matrix
    }

    /// Forgets the cached code: it holds an authenticator's secret, which
    /// must not outlive its screen (a kiosk's next person; see ScreenLayout).
    static func forgetCached() {
        last.withLock { $0 = nil }
    }

    /// The last code encoded (one screen shows one code at a time).
    private static let last = Mutex<(text: String, matrix: QRMatrix?)?>(nil)

    func isDark(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size && y < size && modules[y * size + x]
    }

    /// The code drawn with half blocks, two module rows per terminal row, with
    /// a light quiet zone of `quiet` modules: `█` both dark, `▀` top, `▄`
    /// bottom, space neither. Drawn dark on light by the `.qr` style.
    func halfBlockLines(quiet: Int) -> [String] {
        let span = size + 2 * quiet
        var lines: [String] = []
        var y = -quiet
        while y < size + quiet {
            var line = ""
            for x in -quiet..<(size + quiet) {
                let top = isDark(x, y)
                let bottom = y + 1 < size + quiet && isDark(x, y + 1)
                switch (top, bottom) {
                case (true, true): line.append("█")
                case (true, false): line.append("▀")
                case (false, true): line.append("▄")
                case (false, false): line.append(" ")
                }
            }
            precondition(line.count == span)
            lines.append(line)
            y += 2
        }
        return lines
    }
}

/// A QR code as text lines for the line-mode front end, in explicit colours:
/// black modules on a white quiet zone of 4 (SGR 30;47), whatever the
/// terminal's own colours, so it scans on light and dark terminals alike.
/// Where colours are not allowed (NO_COLOR, a dumb terminal) the caller
/// shows the secret alone instead: an uncoloured code is right on only one
/// kind of background.
public enum QRText {
    public static func lines(for text: String) -> [String]? {
        QRMatrix.cached(text)?.halfBlockLines(quiet: 4).map { "\u{1B}[30;47m" + $0 + "\u{1B}[0m" }
    }
}
