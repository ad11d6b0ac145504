#ifndef TDKT_CNCURSESW_SHIM_H
#define TDKT_CNCURSESW_SHIM_H
// The wide-character API (wget_wch, cchar_t, setcchar...) is invisible without this define.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <unistd.h>
#include <curses.h>

// glibc hides wcwidth from Swift's Glibc module.
extern int wcwidth(wchar_t c);

// Swift 6 cannot read C globals (stdout, stdin) or function-like macros
// (A_BOLD, KEY_F, WACS_*): these accessors expose them as plain functions.
static inline FILE *tdkt_stdout(void) { return stdout; }
static inline FILE *tdkt_stdin(void) { return stdin; }

static inline attr_t tdkt_a_normal(void) { return A_NORMAL; }
static inline attr_t tdkt_a_bold(void) { return A_BOLD; }
static inline attr_t tdkt_a_reverse(void) { return A_REVERSE; }
static inline attr_t tdkt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tdkt_a_dim(void) { return A_DIM; }

static inline int tdkt_key_f(int n) { return KEY_F(n); }

static inline const cchar_t *tdkt_wacs_hline(void) { return WACS_HLINE; }
static inline const cchar_t *tdkt_wacs_vline(void) { return WACS_VLINE; }
static inline const cchar_t *tdkt_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *tdkt_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *tdkt_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *tdkt_wacs_lrcorner(void) { return WACS_LRCORNER; }
static inline const cchar_t *tdkt_wacs_ltee(void) { return WACS_LTEE; }
static inline const cchar_t *tdkt_wacs_rtee(void) { return WACS_RTEE; }
static inline const cchar_t *tdkt_wacs_ttee(void) { return WACS_TTEE; }
static inline const cchar_t *tdkt_wacs_btee(void) { return WACS_BTEE; }
static inline const cchar_t *tdkt_wacs_plus(void) { return WACS_PLUS; }

// Builds one cell: up to 5 wide characters (base + combining marks), attributes, colour pair.
static inline int tdkt_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, short pair) {
    return setcchar(cell, text, attrs, pair, NULL);
}

// Draws a ready-made line-drawing cell with extra attributes and a colour pair.
static inline int tdkt_put_line_cell(WINDOW *win, int y, int x, const cchar_t *glyph, attr_t attrs, short pair) {
    wchar_t wch[CCHARW_MAX + 1];
    attr_t a = 0; short p = 0;
    if (getcchar(glyph, wch, &a, &p, NULL) == ERR) return ERR;
    cchar_t cell;
    if (setcchar(&cell, wch, a | attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

// Horizontal run of WACS_HLINE with attributes (whline_set).
static inline int tdkt_hline(WINDOW *win, int y, int x, int n, attr_t attrs, short pair) {
    wchar_t wch[CCHARW_MAX + 1];
    attr_t a = 0; short p = 0;
    if (getcchar(WACS_HLINE, wch, &a, &p, NULL) == ERR) return ERR;
    cchar_t cell;
    if (setcchar(&cell, wch, a | attrs, pair, NULL) == ERR) return ERR;
    if (wmove(win, y, x) == ERR) return ERR;
    return whline_set(win, &cell, n);
}

static inline int tdkt_mvwadd_wch(WINDOW *win, int y, int x, const cchar_t *c) { return mvwadd_wch(win, y, x, c); }

// Blocking behaviour of a window: -1 blocks, 0 polls, n waits n ms.
static inline void tdkt_wtimeout(WINDOW *win, int ms) { wtimeout(win, ms); }
#endif
