import CNCursesW

/// How each Frame style looks: colours where the terminal has them and the
/// person has not asked for none (NO_COLOR), attributes alone otherwise, so
/// the screens read the same in monochrome.
struct Theme {
    let useColor: Bool

    /// Sets up the colour pairs; call after initscr().
    static func start(noColor: Bool) -> Theme {
        guard !noColor, has_colors() else { return Theme(useColor: false) }
        start_color()
        use_default_colors()
        init_pair(1, Int16(COLOR_RED), -1)
        init_pair(2, Int16(COLOR_GREEN), -1)
        init_pair(3, Int16(COLOR_CYAN), -1)
        init_pair(4, Int16(COLOR_BLACK), Int16(COLOR_WHITE))
        return Theme(useColor: true)
    }

    func attributes(_ style: Frame.Style) -> attr_t {
        switch style {
        case .normal: return cncurses_normal()
        case .title: return cncurses_bold()
        case .dim: return useColor ? cncurses_dim() : cncurses_normal()
        case .accent: return useColor ? cncurses_color_pair(3) : cncurses_bold()
        case .focused: return cncurses_reverse()
        case .input: return cncurses_underline()
        case .error: return useColor ? cncurses_color_pair(1) | cncurses_bold() : cncurses_bold()
        // Italic survives NO_COLOR and any background; the brackets the
        // layout adds survive terminals without italics.
        case .placeholder: return useColor ? cncurses_italic() | cncurses_dim() : cncurses_italic()
        case .ok: return useColor ? cncurses_color_pair(2) : cncurses_normal()
        case .selected: return cncurses_reverse()
        // Without colours, reverse video: dark on light on the usual dark
        // terminal (an inverted code on a light one, which most apps still read).
        case .qr: return useColor ? cncurses_color_pair(4) : cncurses_reverse()
        }
    }
}
