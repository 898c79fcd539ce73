import ESSModel
import Foundation
import TerminalGrid

/// Writes to standard output and error. Text from the catalogue is sanitised before it is printed,
/// so a control character in the data can never reach the terminal raw; JSON and CSV are exact.
enum Console {
    /// Whether standard output is a terminal that wants colour (NO_COLOR honoured).
    static let colour: Bool = {
        if ProcessEnvironment.nonEmpty("NO_COLOR") != nil { return false }
        if ProcessEnvironment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }()

    /// The width to wrap text output to: the terminal's, or 80 when piped.
    static let width: Int = {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 {
            return Int(size.ws_col)
        }
        return 80
    }()

    /// The width text tables fit (``TextTable``): `COLUMNS` when it holds a number, else the
    /// terminal's when standard output is one, else none: piped output is never cut, since a
    /// script reads whole values. `COLUMNS` wins even in a pipe, so `COLUMNS=80 ess list … | less`
    /// gets the table the terminal would.
    static let tableWidth: Int? = {
        if let columns = ProcessEnvironment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
           columns > 0 {
            return columns
        }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return nil
    }()

    /// Prints a line of text meant for a person. Data in it must already be sanitised
    /// (``safe(_:)``); the only escapes left are the styles this program added.
    static func print(_ text: String) {
        write(text + "\n", to: STDOUT_FILENO)
    }

    /// Prints lines of text meant for a person in one write (a page is some hundred lines:
    /// one system call and one buffer instead of one each).
    static func print(lines: [String]) {
        guard !lines.isEmpty else { return }
        var text = ""
        text.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        for line in lines {
            text += line
            text += "\n"
        }
        write(text, to: STDOUT_FILENO)
    }

    /// Catalogue text made safe to print: control, bidi and invisible characters made visible.
    static func safe(_ text: String) -> String { TerminalText.sanitize(text) }

    /// Prints machine output as it is (JSON and CSV escape by their own rules).
    static func printRaw(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        let safe = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.sanitize(String($0)) }
            .joined(separator: "\n")
        write(safe + "\n", to: STDERR_FILENO)
    }

    /// Writes the text's bytes in place, all of them (`write` may take part of a large page):
    /// `Data(text.utf8)` copied them one by one first, a tenth of printing a page.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Wraps `text` in an ANSI style when colour is on.
    static func styled(_ text: String, _ style: TextStyle) -> String {
        guard colour else { return text }
        return "\u{1B}[\(style.rawValue)m" + text + "\u{1B}[0m"
    }
}

/// The few styles the CLI uses, as SGR codes.
enum TextStyle: String {
    case bold = "1"
    case dim = "2"
    case heading = "1;36"
    case link = "4"
    case accent = "33"
}
