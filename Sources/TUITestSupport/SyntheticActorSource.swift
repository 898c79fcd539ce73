import BrowserCore
import ESSModel
import Foundation

/// A directory of imported actors made up on demand, for tests: `total` actors named
/// "Acteur 0000001" … in name order, none of them held in memory, and a count of how many rows
/// the browser asked for, which proves it reads a window and not the whole list.
///
/// Actor `n` (from 0) lies in scope `s` of `scopes` when `n % scopes.count == index of s`:
/// every territory listed gets an even share; other territories have no narrower scope than
/// the whole directory (nil count), like France.
public final class SyntheticActorSource: ImportedActorSource, @unchecked Sendable {
    public let total: Int
    public let scopes: [RecordID]
    /// Guarded by `lock`.
    private var log = Requests()
    private let lock = NSLock()

    /// What the browser asked for so far.
    public struct Requests: Sendable {
        /// Rows returned by `rows`, in all.
        public var rows = 0
        /// Calls of `rows`.
        public var reads = 0
        public var pages: [RecordID] = []
    }

    public init(total: Int, scopes: [RecordID] = []) {
        self.total = total
        self.scopes = scopes
    }

    public var requested: Requests { lock.withLock { log } }

    /// The actors of a scope: their numbers are `phase`, `phase + step`, …
    private func numbers(_ scope: RecordID?) -> (phase: Int, step: Int, count: Int)? {
        guard let scope else { return (0, 1, total) }
        guard let index = scopes.firstIndex(of: scope) else { return nil }
        let step = scopes.count
        return (index, step, total > index ? (total - index + step - 1) / step : 0)
    }

    public func count(in scope: RecordID?) -> Int? { numbers(scope)?.count }

    public func rows(in scope: RecordID?, offset: Int, limit: Int) -> [ImportedActorRow] {
        guard let (phase, step, count) = numbers(scope), offset < count else { return [] }
        let rows = (offset..<min(count, offset + limit)).map { row(phase + $0 * step) }
        lock.withLock {
            log.rows += rows.count
            log.reads += 1
        }
        return rows
    }

    /// Names containing the query's digits, or all when it has none: the first `limit`.
    public func search(_ text: String, in scope: RecordID?, limit: Int) -> [ImportedActorRow] {
        guard let (phase, step, count) = numbers(scope) else { return [] }
        let digits = text.filter(\.isNumber)
        guard text.contains(where: \.isLetter) || !digits.isEmpty else { return [] }
        var found: [ImportedActorRow] = []
        var index = 0
        while found.count < limit, index < min(count, 100_000) {
            let actor = row(phase + index * step)
            if digits.isEmpty || actor.name.contains(digits) { found.append(actor) }
            index += 1
        }
        return found
    }

    public func page(_ id: RecordID, language: Language) -> RecordPage? {
        guard id.rawValue.hasPrefix("siren:"), let number = Int(id.rawValue.dropFirst(6)), number < total else { return nil }
        lock.withLock { log.pages.append(id) }
        let actor = row(number)
        return RecordPage(id: id, type: .actor, title: actor.name,
                          subtitle: language == .fr ? "Acteur importé · \(actor.place ?? "")" : "Imported actor · \(actor.place ?? "")",
                          blocks: [.field(label: "SIREN", value: String(id.rawValue.dropFirst(6)))])
    }

    /// Actor number `n`.
    func row(_ number: Int) -> ImportedActorRow {
        let digits = String(number)
        let padded = String(repeating: "0", count: max(0, 9 - digits.count)) + digits
        let place = scopes.isEmpty ? nil : "Territoire \(number % scopes.count + 1)"
        return ImportedActorRow(id: RecordID("siren:" + padded), name: "Acteur \(padded)", place: place)
    }
}
