// A thin shim over ncursesw: the wide-character API needs these defines before
// the header, and Swift 6 cannot read C globals or macros, so they are exposed
// as inline functions (see ../shared/TERMINAL.md).
#ifndef TABLERO_CNCURSES_SHIM_H
#define TABLERO_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *tablero_stdscr(void) { return stdscr; }
static inline int tablero_lines(void) { return LINES; }
static inline int tablero_cols(void) { return COLS; }
static inline int tablero_colors(void) { return COLORS; }
static inline int tablero_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t tablero_a_bold(void) { return A_BOLD; }
static inline attr_t tablero_a_reverse(void) { return A_REVERSE; }
static inline attr_t tablero_a_dim(void) { return A_DIM; }
static inline attr_t tablero_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tablero_a_normal(void) { return A_NORMAL; }

// tigetstr returns NULL (absent) or (char *)-1 (not a string capability);
// Swift cannot compare a pointer with -1 comfortably, so answer here.
// `cup` missing (TERM=dumb) means the screen cannot be drawn by position.
static inline int tablero_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

// `Sync` is an extended (user-defined) capability: a terminal description
// that has it says the terminal holds a frame between begin and end of a
// synchronized update. ncurses reads extended names by default.
static inline int tablero_has_sync(void) {
    char *sync = tigetstr("Sync");
    return sync != NULL && sync != (char *)-1;
}

// Puts one grapheme (a spacing character plus up to CCHARW_MAX-1 combining
// marks) at (y, x) with attributes and an extended colour pair. The pair goes
// through setcchar's opts pointer so pairs above 255 work too. A grapheme
// ncurses refuses (unprintable in this locale) is drawn as '?', never skipped,
// so the columns after it stay where the canvas put them.
static inline int tablero_put_cell(int y, int x, const wchar_t *wcs, int count, attr_t attrs, int pair) {
    wchar_t buf[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) buf[i] = wcs[i];
    buf[n] = 0;
    cchar_t cell;
    if (n == 0 || wcwidth(buf[0]) < 0 || setcchar(&cell, buf, attrs, 0, &pair) == ERR) {
        buf[0] = L'?';
        buf[1] = 0;
        setcchar(&cell, buf, attrs, 0, &pair);
    }
    return mvwadd_wch(stdscr, y, x, &cell);
}
#endif
