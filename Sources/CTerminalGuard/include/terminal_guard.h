// Restoring the terminal on every way out of a full-screen program.
#ifndef TERMINAL_GUARD_H
#define TERMINAL_GUARD_H

/// Saves the terminal's settings (call before the screen opens).
void terminal_guard_save(void);

/// Installs handlers that restore the saved settings and the cursor, then let
/// the signal take its default course: SIGTERM, SIGHUP, SIGINT, SIGQUIT and the
/// traps (SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV). Ignores SIGTSTP
/// and SIGPIPE. Call before initscr(), so ncurses leaves these signals to us.
void terminal_guard_install(void);

/// Restores the saved settings and writes the reset sequences now.
void terminal_guard_restore(void);

/// Also clear the screen and the scrollback when restoring (a kiosk leaves
/// nothing of the last person behind, however it ends).
void terminal_guard_clear_on_restore(int enabled);

#endif
