import BrowserCore
import ESSModel
import TerminalGrid

/// Browser actions as lines of text, so a shrunk failing sequence can be printed, saved under
/// `StateMachineRegressions/` and replayed.
///
/// One action per line: `key <Down>`, `text loire`, `resize 80x24`, `mouse press 1 4 2`,
/// `mouse release 1 4 2`, `mouse wheel-up 4 2`, `mouse wheel-down 4 2`, `command go-back`,
/// `link progress`, `region rhone-alpes` (a region's requested id), `region none`,
/// `imported departement=69|legal-family=Associations` (facet codes, labels from the source) or
/// `imported none`.
/// Blank lines and lines starting with `#` are comments.
enum ActionScript {
    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var text: String
        var description: String { "line \(line): cannot read action \"\(text)\"" }
    }

    static func line(for action: BrowserAction) -> String {
        switch action {
        case .keyPressed(let key): return "key " + Key.script([key])
        case .textTyped(let text): return "text " + text
        case .resized(let size): return "resize \(size.width)x\(size.height)"
        case .mouse(let event):
            switch event.kind {
            case .press(let button): return "mouse press \(button) \(event.x) \(event.y)"
            case .release(let button): return "mouse release \(button) \(event.x) \(event.y)"
            case .wheelUp: return "mouse wheel-up \(event.x) \(event.y)"
            case .wheelDown: return "mouse wheel-down \(event.x) \(event.y)"
            }
        case .commandIssued(let command): return "command " + command.rawValue
        case .linkFollowed(let id): return "link " + id.rawValue
        case .regionApplied(let filter): return "region " + (filter?.requested.rawValue ?? "none")
        case .importFilterApplied(let filter):
            let pairs = ImportedFacet.allCases.compactMap { facet in filter.code(facet).map { facet.rawValue + "=" + $0 } }
            return "imported " + (pairs.isEmpty ? "none" : pairs.joined(separator: "|"))
        case .importActivityChanged(let activity):
            return "imports " + "\(activity)"
        case .effectFailed(let message):
            return "# effect failed: " + message
        case .effectReported(let message):
            return "# effect reported: " + message
        case .directoryAnswered(let request, _):
            // Replays answer every read at once: the answer follows from the request.
            return "# answer to read \(request.id)"
        }
    }

    static func text(for actions: [BrowserAction]) -> String {
        actions.map(line(for:)).joined(separator: "\n")
    }

    /// Reads a script back; `regions` resolves `region ID` lines to the browser's choices, `facets`
    /// the labels of `imported` lines' codes (a code it does not hold is its own label).
    static func parse(_ text: String, regions: [RegionChoice], facets: [ImportedFacet: [ImportedFacetChoice]] = [:]) throws
        -> [BrowserAction] {
        var actions: [BrowserAction] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            guard let action = action(line, regions: regions, facets: facets) else { throw ParseError(line: index + 1, text: line) }
            actions.append(action)
        }
        return actions
    }

    private static func action(_ line: String, regions: [RegionChoice], facets: [ImportedFacet: [ImportedFacetChoice]])
        -> BrowserAction? {
        let verb = line.prefix { $0 != " " }
        let rest = String(line.dropFirst(verb.count + 1))
        let numbers = rest.split(separator: " ").compactMap { Int($0) }
        switch verb {
        case "key":
            guard let keys = try? Key.parseScript(rest), keys.count == 1 else { return nil }
            return .keyPressed(keys[0])
        case "text":
            return .textTyped(rest)
        case "resize":
            let parts = rest.split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            return .resized(Size(width: parts[0], height: parts[1]))
        case "mouse":
            let kind = rest.prefix { $0 != " " }
            switch (kind, numbers.count) {
            case ("press", 3): return .mouse(MouseEvent(kind: .press(button: numbers[0]), x: numbers[1], y: numbers[2]))
            case ("release", 3): return .mouse(MouseEvent(kind: .release(button: numbers[0]), x: numbers[1], y: numbers[2]))
            case ("wheel-up", 2): return .mouse(MouseEvent(kind: .wheelUp, x: numbers[0], y: numbers[1]))
            case ("wheel-down", 2): return .mouse(MouseEvent(kind: .wheelDown, x: numbers[0], y: numbers[1]))
            default: return nil
            }
        case "command":
            return Command(rawValue: rest).map(BrowserAction.commandIssued)
        case "link":
            return .linkFollowed(RecordID(rest))
        case "region":
            if rest == "none" { return .regionApplied(nil) }
            return regions.first { $0.filter.requested.rawValue == rest }.map { .regionApplied($0.filter) }
        case "imports":
            return [ImportActivity.idle, .running, .finished].first { "\($0)" == rest }.map(BrowserAction.importActivityChanged)
        case "imported":
            var filter = ImportedActorFilter()
            guard rest != "none" else { return .importFilterApplied(filter) }
            for pair in rest.split(separator: "|") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let facet = ImportedFacet(rawValue: parts[0]) else { return nil }
                filter[facet] = facets[facet]?.first { $0.code == parts[1] } ?? ImportedFacetChoice(code: parts[1], label: parts[1])
            }
            return .importFilterApplied(filter)
        default:
            return nil
        }
    }
}
