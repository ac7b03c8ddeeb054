// ncurses restores the terminal only for SIGINT and SIGTERM, and only when
// they were at their default; SIGHUP, SIGQUIT and Swift's traps would leave it
// raw with no echo. The handlers do only async-signal-safe things: tcsetattr
// with the termios saved at the start, one write of the reset sequences, then
// the signal's default action, so the exit status still tells what happened.
// Suspending (SIGTSTP) restores the terminal the same way and stops; on SIGCONT
// a flag asks the program, outside the handler, to take the terminal back.
#include "terminal_guard.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved;
static volatile sig_atomic_t have_saved = 0;
// Full screen: bracketed paste and mouse reporting off, keypad-transmit mode
// left (normal cursor keys, numeric keypad), attributes reset, cursor shown,
// alternate screen left.
static const char reset[] =
    "\033[?2004l\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1l\033>\033[0m\033[?25h\033[?1049l\r\n";
// Home, clear the screen, clear the scrollback.
static const char wipe[] = "\033[H\033[2J\033[3J";
static volatile sig_atomic_t clear_on_restore = 0;
static volatile sig_atomic_t continued = 0;
// Plain mode: no screen to reset, only echo to give back.
static volatile sig_atomic_t plain = 0;
static volatile sig_atomic_t quiet = 0;

void terminal_guard_clear_on_restore(int enabled) { clear_on_restore = enabled ? 1 : 0; }

void terminal_guard_save(void) {
    if (tcgetattr(STDIN_FILENO, &saved) == 0) have_saved = 1;
}

static void apply_quiet(void) {
    struct termios silent = saved;
    silent.c_lflag &= ~(tcflag_t)ECHO;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
}

void terminal_guard_restore(void) {
    if (have_saved) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    ssize_t ignored = 0;
    if (plain) {
        // The newline the person never got to type, so the shell's prompt
        // starts on a line of its own.
        if (quiet) ignored = write(STDOUT_FILENO, "\n", 1);
    } else {
        ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
        if (clear_on_restore) ignored = write(STDOUT_FILENO, wipe, sizeof wipe - 1);
    }
    (void)ignored;
}

// The operator's lines held while the screen owns the terminal (OperatorLog
// in Swift keeps them too, and writes them when the screen closes). A signal
// that ends the program first writes them from here, after the terminal is
// restored, so a kiosk stopped by systemd still leaves them in its journal.
// One writer (OperatorLog, under its lock); the length is published after
// the bytes, so the handler never writes bytes not yet copied.
static char held[32768];
static volatile sig_atomic_t held_length = 0;

int terminal_guard_hold(const char *bytes, size_t count) {
    size_t at = (size_t)__atomic_load_n(&held_length, __ATOMIC_ACQUIRE);
    if (count > sizeof held - at) return 0;
    memcpy(held + at, bytes, count);
    __atomic_store_n(&held_length, (sig_atomic_t)(at + count), __ATOMIC_RELEASE);
    return 1;
}

void terminal_guard_release_held(void) { __atomic_store_n(&held_length, 0, __ATOMIC_RELEASE); }

static void write_held(void) {
    size_t length = (size_t)__atomic_load_n(&held_length, __ATOMIC_ACQUIRE);
    size_t done = 0;
    while (done < length) {
        ssize_t n = write(STDERR_FILENO, held + done, length - done);
        if (n > 0) done += (size_t)n;
        else if (n < 0 && errno == EINTR) continue;
        else break;
    }
}

static void restore_and_reraise(int sig) {
    terminal_guard_restore();
    write_held();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_continue(int sig) {
    (void)sig;
    int saved_errno = errno;
    continued = 1;
    if (plain && quiet && have_saved) apply_quiet();
    errno = saved_errno;
}

static void install_handler(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    // A read waiting for a key goes on waiting after a stop and continue.
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

// Give the terminal back, stop as SIGTSTP would have, and pick up again here
// after `fg`.
static void suspend(int sig) {
    int saved_errno = errno;
    terminal_guard_restore();
    signal(SIGTSTP, SIG_DFL);
    sigset_t tstp;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, NULL);
    raise(SIGTSTP);
    // Running again.
    install_handler(SIGTSTP, suspend);
    on_continue(sig);
    errno = saved_errno;
}

static void install_exits(const int *signals, unsigned count) {
    for (unsigned i = 0; i < count; i++) install_handler(signals[i], restore_and_reraise);
    install_handler(SIGCONT, on_continue);
    install_handler(SIGTSTP, suspend);
    signal(SIGPIPE, SIG_IGN);
}

void terminal_guard_install(void) {
    static const int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV};
    plain = 0;
    install_exits(signals, sizeof signals / sizeof signals[0]);
}

void terminal_guard_forbid_suspend(void) { signal(SIGTSTP, SIG_IGN); }

int terminal_guard_take_continued(void) {
    if (!continued) return 0;
    continued = 0;
    return 1;
}

void terminal_guard_plain_install(void) {
    static const int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
    terminal_guard_save();
    plain = 1;
    install_exits(signals, sizeof signals / sizeof signals[0]);
}

void terminal_guard_plain_quiet(int enabled) {
    if (!have_saved) return;
    if (enabled) {
        quiet = 1;
        apply_quiet();
    } else {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        quiet = 0;
    }
}
