// Restoring the terminal on every way out of a program that changes its modes:
// the full screen (curses) and the plain prompts' hidden password entry.
#ifndef TERMINAL_GUARD_H
#define TERMINAL_GUARD_H

#include <stddef.h>

/// Saves the terminal's settings (call before the screen opens).
void terminal_guard_save(void);

/// Full screen. Installs handlers that restore the saved settings, leave
/// keypad-transmit, bracketed paste and mouse modes and the alternate screen,
/// show the cursor, then let the signal take its default course: SIGTERM,
/// SIGHUP, SIGINT, SIGQUIT and the traps (SIGILL, SIGTRAP, SIGABRT, SIGBUS,
/// SIGFPE, SIGSEGV). SIGTSTP restores the terminal the same way and stops;
/// SIGCONT (after SIGTSTP or SIGSTOP) raises the flag read by
/// `terminal_guard_take_continued`. Ignores SIGPIPE. Call before initscr(), so
/// ncurses leaves these signals to us.
void terminal_guard_install(void);

/// Kiosk: SIGTSTP is ignored, nobody may leave the wizard for the shell.
void terminal_guard_forbid_suspend(void);

/// 1 once after the program was continued (SIGCONT), else 0: the terminal
/// may have been reset meanwhile and needs taking back and repainting.
/// Async-signal-safe flag, read outside the handler.
int terminal_guard_take_continued(void);

/// Restores the saved settings and writes the reset sequences now.
void terminal_guard_restore(void);

/// Also clear the screen and the scrollback when restoring (a kiosk leaves
/// nothing of the last person behind, however it ends).
void terminal_guard_clear_on_restore(int enabled);

/// Plain prompts: saves the terminal's settings now and installs handlers
/// that give them back (echo on) on SIGINT, SIGTERM, SIGHUP and SIGQUIT before
/// the default action, and on SIGTSTP before stopping. No escape sequences are
/// written. Some shells (dash) do not restore the modes of a killed job.
void terminal_guard_plain_install(void);

/// Plain prompts: echo off (1) while a secret is typed, back on (0) after.
/// A SIGCONT while it is off turns it off again (the shell may have reset
/// the terminal while the program was stopped).
void terminal_guard_plain_quiet(int enabled);

/// An operator's line held while the screen owns the terminal, kept where a
/// signal that ends the program can still write it (to standard error,
/// after the terminal is restored). 0 when it did not fit (32 KB in all).
int terminal_guard_hold(const char *bytes, size_t count);

/// Forgets the held lines (the program wrote them the ordinary way).
void terminal_guard_release_held(void);

#endif
