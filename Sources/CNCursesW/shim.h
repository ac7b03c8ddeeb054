// ncursesw for Swift. SwiftPM drops ncursesw.pc's -D_XOPEN_SOURCE flags, so the
// wide-character API is switched on here; the macros and C globals Swift cannot
// import (or, in Swift 6 mode, may not read) are wrapped in inline functions.
// Editing this header does not trigger a rebuild: touch a Swift file.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t);

static inline WINDOW *cncurses_stdscr(void) { return stdscr; }
static inline int cncurses_lines(void) { return LINES; }
static inline int cncurses_cols(void) { return COLS; }
static inline attr_t cncurses_bold(void) { return A_BOLD; }
static inline attr_t cncurses_reverse(void) { return A_REVERSE; }
static inline attr_t cncurses_underline(void) { return A_UNDERLINE; }
static inline attr_t cncurses_dim(void) { return A_DIM; }
static inline attr_t cncurses_italic(void) { return A_ITALIC; }
static inline attr_t cncurses_normal(void) { return A_NORMAL; }
static inline attr_t cncurses_color_pair(int n) { return COLOR_PAIR(n); }
static inline int cncurses_key_f(int n) { return KEY_F(n); }

#endif
