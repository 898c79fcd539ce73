import Foundation

/// Syncs a file's pages written so far to the disk on a thread of its own. A first import's
/// pages are written to the file while the name order sorts (``DirectoryImporter``); synced
/// there and then, the commit's own sync, which must come before the file is renamed into
/// place, waits only for the pages written after instead of a quarter of a gigabyte, with
/// nothing else left to run (docs/performance.md). Nothing waits for this thread: the
/// commit's sync is the one that makes the file durable, and a file removed meanwhile (an
/// import that failed) is only unlinked under it.
enum FileSync {
    static func start(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        let thread = Thread {
            _ = fsync(descriptor)
            close(descriptor)
        }
        thread.stackSize = 1 << 16
        thread.start()
    }
}
