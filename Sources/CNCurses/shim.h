#ifndef ESS_CNCURSES_SHIM_H
#define ESS_CNCURSES_SHIM_H
// The wide-character API of ncursesw (get_wch, add_wch, mvaddnwstr, cchar_t) is only declared
// when _XOPEN_SOURCE_EXTENDED is defined before the header.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
