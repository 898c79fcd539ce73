import BrowserCore
import Foundation

/// The browser's session file, `session.json` in the state folder: read at start, written
/// (atomically, by the program loop's worker) whenever the session changes.
struct SessionStore: Sendable {
    let file: URL

    init(folder: URL = XDGFolders.state()) {
        file = folder.appendingPathComponent("session.json")
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
            problem = "version \(session.version) is not the version \(SavedSession.currentVersion) this ess writes"
        } catch let error as DecodingError {
            problem = Self.describe(error)
        } catch {
            problem = "it cannot be read (\((error as NSError).localizedDescription))"
        }
        let stamp = Int(now.timeIntervalSince1970)
        let aside = file.deletingLastPathComponent().appendingPathComponent("session.json.corrupt-\(stamp)")
        let moved = rename(file.path, aside.path) == 0
        return .setAside(message: "\(file.path): \(problem); "
            + (moved ? "set aside as \(aside.lastPathComponent), starting afresh" : "starting afresh (the file could not be renamed)"))
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
        case .dataCorrupted(let context): return "it is not valid JSON (\(context.debugDescription))"
        case .keyNotFound(let key, _): return "the field \"\(key.stringValue)\" is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "the field \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        @unknown default: return "it is not a session file"
        }
    }
}
