import ESSModel
import TerminalGrid

/// Something that happened, which ``update(_:_:)`` turns into a new state.
///
/// Named for what happened, not for what to do: the terminal reports keys, clicks and sizes;
/// keys resolve, through the key map, into the commands and text they stand for, which are
/// actions too, so a test can send a command without knowing its key.
public enum BrowserAction: Hashable, Sendable {
    case keyPressed(Key)
    case mouse(MouseEvent)
    case resized(Size)
    /// A command, as a key resolved through the key map.
    case commandIssued(Command)
    /// Printable text typed into the filter, the search or the region picker.
    case textTyped(String)
    /// A link was followed (by keyboard or mouse): open this record in its section.
    case linkFollowed(RecordID)
    /// A region was chosen in the picker; nil for all regions.
    case regionApplied(RegionFilter?)
    /// Département, legal family and NAF section chosen for the imported actors of Actors.
    case importFilterApplied(ImportedActorFilter)
    /// The directory answered a request (or failed to): stale answers are ignored.
    case directoryAnswered(DirectoryRequest, DirectoryAnswer)
    /// The program loop looked for an import writing the directory.
    case importActivityChanged(ImportActivity)
    /// An effect could not be carried out (the session not saved, a file not written): the
    /// message, naming the file and what to do, goes to the status line.
    case effectFailed(String)
    /// An effect was carried out and has something to say (where a file was written).
    case effectReported(String)
}

/// What the program loop must do after an update: data a test can compare.
public enum Effect: Hashable, Sendable {
    /// Leave the browser: `q`, Ctrl-C.
    case quit
    /// Ask the directory, off the input path; the answer comes back as
    /// ``BrowserAction/directoryAnswered(_:_:)``. A newer request of the same lane cancels this one.
    case read(DirectoryRequest)
    /// Look, a moment from now, for an import writing the directory, and report it as
    /// ``BrowserAction/importActivityChanged(_:)``.
    case watchImports
    /// Forget what was remembered of the directory (before the reads that follow): an import changed it.
    case reloadDirectory
    /// Put `text` on the clipboard through the terminal (OSC 52).
    case copyToClipboard(String)
    /// Write a file (an export) and say where, or why not: `rows` is how many records it holds.
    case writeFile(path: String, contents: String, rows: Int)
    /// Open a web or e-mail address with `$BROWSER`, else `xdg-open`.
    case openAddress(String)
    /// Write the session (place, trail, marks) to the state folder, atomically; it changed.
    case saveSession(SavedSession)
}
