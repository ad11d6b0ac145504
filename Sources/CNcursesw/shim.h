#ifndef TDKT_CNCURSESW_SHIM_H
#define TDKT_CNCURSESW_SHIM_H
// The wide-character API (wget_wch, cchar_t, setcchar...) is invisible without this define.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>

// glibc hides wcwidth from Swift's Glibc module.
extern int wcwidth(wchar_t c);
#endif
