// ncurses restores the terminal only for SIGINT and SIGTERM, and only when
// they were at their default; SIGHUP, SIGQUIT and Swift's traps would leave it
// raw with no echo. The handler does only async-signal-safe things: tcsetattr
// with the termios saved before the screen opened, one write of the reset
// sequences, then the signal's default action, so the exit status still tells
// what happened.
#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved;
static volatile sig_atomic_t have_saved = 0;
// Bracketed paste off, attributes reset, cursor shown, alternate screen left.
static const char reset[] = "\033[?2004l\033[0m\033[?25h\033[?1049l\r\n";
// Home, clear the screen, clear the scrollback.
static const char wipe[] = "\033[H\033[2J\033[3J";
static volatile sig_atomic_t clear_on_restore = 0;

void terminal_guard_clear_on_restore(int enabled) { clear_on_restore = enabled ? 1 : 0; }

void terminal_guard_save(void) {
    if (tcgetattr(STDIN_FILENO, &saved) == 0) have_saved = 1;
}

void terminal_guard_restore(void) {
    if (have_saved) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    if (clear_on_restore) ignored = write(STDOUT_FILENO, wipe, sizeof wipe - 1);
    (void)ignored;
}

static void restore_and_reraise(int sig) {
    terminal_guard_restore();
    signal(sig, SIG_DFL);
    raise(sig);
}

void terminal_guard_install(void) {
    static const int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_and_reraise;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
    signal(SIGTSTP, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
}
