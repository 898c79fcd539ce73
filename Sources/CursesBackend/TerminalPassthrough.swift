import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Escape sequences that curses knows nothing of, written straight to the terminal.
public enum TerminalSequences {
    /// OSC 52: asks the terminal to put `text` on the system clipboard. The text travels in
    /// base64, so nothing in it can end the sequence early or start another. Works over ssh;
    /// tmux passes it on with `set-clipboard on` (see docs/browser.md).
    public static func clipboard(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}

extension CursesTerminal {
    /// Writes `sequences` after the frame curses painted: curses' buffered output goes first,
    /// so a sequence never lands in the middle of one of its own.
    public func writePassthrough(_ sequences: [String]) {
        guard !isStopped, !sequences.isEmpty else { return }
        // NULL flushes every output stream, curses' stdout among them.
        fflush(nil)
        for sequence in sequences {
            let bytes = Array(sequence.utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
