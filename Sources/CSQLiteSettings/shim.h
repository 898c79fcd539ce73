#include <sqlite3.h>

// sqlite3_config() is variadic, which Swift cannot call: one wrapper per setting ess makes.
// Each must run before SQLite is initialised (the first connection opened in the process);
// afterwards it returns SQLITE_MISUSE and changes nothing.

/// Connections without a mutex of their own: each is used by one thread at a time.
static inline int ess_sqlite3_config_multithread(void) {
    return sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
}

/// Memory statistics on or off: when on, every allocation and free takes one mutex shared by
/// every connection of the process.
static inline int ess_sqlite3_config_memstatus(int on) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, on);
}
