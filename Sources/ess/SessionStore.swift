import BrowserCore
import Foundation

/// The browser's session file, `session.json` in the state folder: read at start, written
/// (atomically, by the program loop's worker) whenever the session changes.
struct SessionStore: Sendable {
    let file: URL

    init(file: URL = XDGFolders.stateFile("session.json")) {
        self.file = file
    }

    /// What reading found: a session, nothing yet, or a file set aside with what to tell the user.
    enum Loaded {
        case none
        case session(SavedSession)
        case setAside(message: String)
    }

    /// Reads the session. A file that cannot be read or decoded is renamed
    /// (`session.json.corrupt-<time>`) so that it is kept for a look but never read again.
    func load(now: Date = Date()) -> Loaded {
        guard FileManager.default.fileExists(atPath: file.path) else { return .none }
        let problem: String
        do {
            let data = try Data(contentsOf: file)
            let session = try JSONDecoder().decode(SavedSession.self, from: data)
            if session.version == SavedSession.currentVersion { return .session(session) }
            problem = "is version \(session.version), not \(SavedSession.currentVersion)"
        } catch let error as DecodingError {
            problem = Self.describe(error)
        } catch {
            problem = "cannot be read"
        }
        let stamp = Int(now.timeIntervalSince1970)
        let aside = file.deletingLastPathComponent().appendingPathComponent("session.json.corrupt-\(stamp)")
        let moved = rename(file.path, aside.path) == 0
        // Short enough for the status line: the name of the file set aside is what matters.
        return .setAside(message: "\(file.lastPathComponent) \(problem): "
            + (moved ? "set aside as \(aside.lastPathComponent), starting afresh" : "starting afresh (it could not be renamed)"))
    }

    /// Writes `session`; the error, if any, is for the status line.
    func save(_ session: SavedSession) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try AtomicFile.write(try encoder.encode(session), to: file)
            return nil
        } catch {
            return "\(error)"
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted: return "is not valid JSON"
        case .keyNotFound(let key, _): return "lacks \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "has a bad \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\""
        @unknown default: return "is not a session file"
        }
    }
}
