import CNCursesW
import CTerminalGuard
import Glibc
import Onboarding

/// The terminal, through ncursesw: opened and closed with the care of
/// terminal-notes.md, drawing Frames (only the lines that changed) and
/// reading keys. Every call stays on the thread that opened it.
final class CursesScreen {
    private var theme = Theme(useColor: false)
    private var previous: Frame?
    private var isOpen = false
    private let pasteStart = Int32(KEY_MAX) + 1
    private let pasteEnd = Int32(KEY_MAX) + 2
    // Arrays, not sets: three codes each, and a Set<Int32> is the first
    // hashed Int32 of the run, whose metadata the runtime builds by scanning
    // every conformance record (0.24 M instructions before the first frame).
    private var wordLeftCodes: [Int32] = []
    private var wordRightCodes: [Int32] = []
    /// Ctrl-Z leaves for the shell, except in a kiosk.
    private var maySuspend = true

    var rows: Int { Int(cncurses_lines()) }
    var columns: Int { Int(cncurses_cols()) }

    func open(noColor: Bool) {
        terminal_guard_save()
        terminal_guard_install()
        setlocale(LC_ALL, "")
        // LINES and COLUMNS in the environment (pytest and some shells export
        // them) would pin the size and make every resize invisible: the size
        // comes from the terminal itself.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        initscr()
        raw()
        noecho()
        nonl()
        keypad(cncurses_stdscr(), true)
        set_escdelay(25)
        theme = Theme.start(noColor: noColor)
        // Bracketed paste: a paste arrives whole, not as keys.
        define_key("\u{1B}[200~", pasteStart)
        define_key("\u{1B}[201~", pasteEnd)
        // Shift-Tab as the Linux console and others send it, where the
        // terminal's description names no back-tab key (TERM=linux has none).
        define_key("\u{1B}[Z", KEY_BTAB)
        wordLeftCodes = ["\u{1B}[1;5D", "\u{1B}[1;3D", "\u{1B}b"].map(code)
        wordRightCodes = ["\u{1B}[1;5C", "\u{1B}[1;3C", "\u{1B}f"].map(code)
        writeRaw("\u{1B}[?2004h")
        // The modes set above, for taking the terminal back after a stop.
        def_prog_mode()
        isOpen = true
    }

    private func code(_ sequence: String) -> Int32 {
        let existing = key_defined(sequence)
        return existing > 0 ? existing : 0
    }

    /// Restores the terminal: cooked mode, echo, visible cursor, no bracketed paste.
    func close() {
        guard isOpen else { return }
        isOpen = false
        writeRaw("\u{1B}[?2004l")
        curs_set(1)
        endwin()
        terminal_guard_restore()
    }

    private func writeRaw(_ s: String) {
        StandardStream.output.write(s)
    }

    /// Draws `frame`, rewriting only the rows that differ from the last one.
    func draw(_ frame: Frame) {
        let screen = cncurses_stdscr()
        let full = previous == nil || previous!.rows != frame.rows || previous!.columns != frame.columns
        if full { werase(screen) }
        for row in 0..<frame.rows where full || previous!.lines[row] != frame.lines[row] {
            wmove(screen, Int32(row), 0)
            wclrtoeol(screen)
            for span in frame.lines[row] {
                wattrset(screen, Int32(bitPattern: theme.attributes(span.style)))
                // As wide characters: ncurses takes a multibyte string apart
                // byte by byte through mbrtowc, which was two fifths of
                // drawing the first frame; the scalars are already at hand.
                var wide = span.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                waddnwstr(screen, &wide, Int32(wide.count))
            }
            wattrset(screen, 0)
        }
        if let cursor = frame.cursor {
            wmove(screen, Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(screen)
        previous = frame
    }

    /// Forget what is on screen: the next draw repaints everything.
    func invalidate() { previous = nil }

    /// Clears the screen and the terminal's scrollback now (kiosk: nothing of
    /// the last person may remain).
    func wipe() {
        wclear(cncurses_stdscr())
        wrefresh(cncurses_stdscr())
        writeRaw("\u{1B}[3J")
        previous = nil
    }

    /// Kiosk: clear the screen and scrollback however the program ends, and
    /// never leave for the shell (Ctrl-Z and SIGTSTP do nothing).
    func clearOnExit() {
        terminal_guard_clear_on_restore(1)
        terminal_guard_forbid_suspend()
        maySuspend = false
    }

    /// Ctrl-Z outside a kiosk: in raw mode the terminal sends no SIGTSTP, so
    /// the process group is stopped as the terminal would have; the guard's
    /// handler gives the terminal back first.
    private func suspend() {
        endwin()
        kill(0, SIGTSTP)
    }

    /// After SIGCONT (`fg` after Ctrl-Z or `kill -STOP`) the shell may have put
    /// the terminal back in line mode with echo, and the screen shows whatever
    /// was printed meanwhile: take back the program's modes, the alternate
    /// screen and bracketed paste, and have everything painted anew.
    private func resume() -> Event {
        let screen = cncurses_stdscr()
        // Out of curses mode first, so that the refresh below enters it fully:
        // program modes (reset_prog_mode), alternate screen, keypad transmit.
        endwin()
        clearok(screen, true)
        wrefresh(screen)
        keypad(screen, true)
        writeRaw("\u{1B}[?2004h")
        invalidate()
        return .resized(rows: rows, columns: columns)
    }

    /// Waits up to `timeout` milliseconds for input; returns what arrived.
    func read(timeout: Int32) -> [Event] {
        let screen = cncurses_stdscr()
        wtimeout(screen, timeout)
        var events: [Event] = []
        if terminal_guard_take_continued() != 0 { events.append(resume()) }
        var pasting: String?
        while true {
            var character: wint_t = 0
            let result = wget_wch(screen, &character)
            if result == ERR { break }
            let value = Int32(bitPattern: character)
            if pasting != nil {
                if result == KEY_CODE_YES, value == pasteEnd {
                    events.append(.paste(pasting!))
                    pasting = nil
                } else if result == OK, let scalar = Unicode.Scalar(UInt32(character)) {
                    pasting!.unicodeScalars.append(scalar)
                }
                wtimeout(screen, 50)
                continue
            }
            if result == KEY_CODE_YES, value == pasteStart {
                pasting = ""
                wtimeout(screen, 50)
                continue
            }
            if result == OK, value == 26, maySuspend {
                suspend()
                _ = terminal_guard_take_continued()
                events.append(resume())
                break
            }
            if let event = decode(result: result, value: value) { events.append(event) }
            // Take whatever else is already waiting, without blocking.
            wtimeout(screen, 0)
        }
        if let partial = pasting, !partial.isEmpty { events.append(.paste(partial)) }
        return events
    }

    private func decode(result: Int32, value: Int32) -> Event? {
        if result == KEY_CODE_YES {
            switch value {
            case KEY_RESIZE:
                invalidate()
                return .resized(rows: rows, columns: columns)
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_BTAB: return .key(.backTab)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_ENTER: return .key(.enter)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case cncurses_key_f(1): return .key(.f1)
            case cncurses_key_f(2): return .key(.f2)
            case cncurses_key_f(3): return .key(.f3)
            default:
                if wordLeftCodes.contains(value) { return .key(.wordLeft) }
                if wordRightCodes.contains(value) { return .key(.wordRight) }
                return nil
            }
        }
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return escapeFollowUp()
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(value) + 96))))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// Esc alone, or Alt with a key (word moves), read within the Esc delay.
    private func escapeFollowUp() -> Event {
        let screen = cncurses_stdscr()
        wtimeout(screen, 0)
        var next: wint_t = 0
        guard wget_wch(screen, &next) == OK else { return .key(.escape) }
        switch next {
        case wint_t(UInt8(ascii: "b")), wint_t(UInt8(ascii: "B")): return .key(.wordLeft)
        case wint_t(UInt8(ascii: "f")), wint_t(UInt8(ascii: "F")): return .key(.wordRight)
        default: return .key(.escape)
        }
    }
}
