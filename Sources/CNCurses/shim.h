#ifndef ESS_CNCURSES_SHIM_H
#define ESS_CNCURSES_SHIM_H
// The wide-character API of ncursesw (get_wch, add_wch, setcchar, cchar_t) is only declared
// when _XOPEN_SOURCE_EXTENDED is defined before the header.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift cannot import function-like macros (COLOR_PAIR, A_BOLD, BUTTON1_PRESSED) and, in
// Swift 6 language mode, cannot touch mutable C globals (stdscr, stdin, COLS) without
// concurrency errors. These wrappers give the backend plain functions instead.

// glibc declares wcwidth only under _XOPEN_SOURCE, which the Swift Glibc module may have been
// built without; the prototype is standard (POSIX), so declaring it again is harmless.
extern int wcwidth(wchar_t c);

/// Columns the C library (and so curses) gives a wide character; -1 when unprintable.
static inline int ess_wcwidth(wchar_t c) { return wcwidth(c); }

static inline WINDOW *ess_stdscr(void) { return stdscr; }

/// newterm on the process's own stdin/stdout; NULL when the terminal type is unknown.
static inline SCREEN *ess_newterm(const char *type) { return newterm(type, stdout, stdin); }

static inline int ess_lines(void) { return LINES; }
static inline int ess_cols(void) { return COLS; }
static inline int ess_colors(void) { return COLORS; }
static inline int ess_color_pairs(void) { return COLOR_PAIRS; }

/// True when the current LC_CTYPE encodes text as UTF-8.
static inline int ess_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

static inline attr_t ess_a_normal(void) { return A_NORMAL; }
static inline attr_t ess_a_bold(void) { return A_BOLD; }
static inline attr_t ess_a_reverse(void) { return A_REVERSE; }
static inline attr_t ess_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ess_a_dim(void) { return A_DIM; }

static inline mmask_t ess_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED
         | BUTTON2_PRESSED | BUTTON2_RELEASED | BUTTON2_CLICKED
         | BUTTON3_PRESSED | BUTTON3_RELEASED | BUTTON3_CLICKED
         | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t ess_button_pressed(int button) {
    switch (button) {
    case 1: return BUTTON1_PRESSED | BUTTON1_CLICKED;
    case 2: return BUTTON2_PRESSED | BUTTON2_CLICKED;
    case 3: return BUTTON3_PRESSED | BUTTON3_CLICKED;
    case 4: return BUTTON4_PRESSED;
    case 5: return BUTTON5_PRESSED;
    default: return 0;
    }
}
static inline mmask_t ess_button_released(int button) {
    switch (button) {
    case 1: return BUTTON1_RELEASED;
    case 2: return BUTTON2_RELEASED;
    case 3: return BUTTON3_RELEASED;
    default: return 0;
    }
}
/// True when a click (press and release together) was reported, which needs a release too.
static inline int ess_is_click(mmask_t state, int button) {
    switch (button) {
    case 1: return (state & BUTTON1_CLICKED) != 0;
    case 2: return (state & BUTTON2_CLICKED) != 0;
    case 3: return (state & BUTTON3_CLICKED) != 0;
    default: return 0;
    }
}

static inline int ess_key_f0(void) { return KEY_F0; }

/// The key code ncurses assigned to a terminfo capability such as "kLFT3" (Alt-Left), or 0.
static inline int ess_key_code_for_capability(const char *name) {
    char *sequence = tigetstr(name);
    if (sequence == NULL || sequence == (char *)-1) return 0;
    int code = key_defined(sequence);
    return code > 0 ? code : 0;
}
#endif
