import ESSModel
import TerminalGrid

/// Marking records (`b`), the marks list (`'`), and the session the program loop saves.
extension BrowserState {
    /// Whether `id` is marked.
    public func isMarked(_ id: RecordID) -> Bool {
        marks.contains { $0.id == id.rawValue }
    }

    mutating func toggleMark() {
        guard let id = current.displayedID else {
            setStatus(UIStrings.noRecord)
            return
        }
        if let index = marks.firstIndex(where: { $0.id == id.rawValue }) {
            let removed = marks.remove(at: index)
            status = StatusMessage(UIStrings.unmarked(TerminalText.sanitize(removed.name), language))
        } else {
            let mark = Mark(id: id.rawValue, name: displayedName(id))
            marks.append(mark)
            status = StatusMessage(UIStrings.marked(TerminalText.sanitize(mark.name), language))
        }
    }

    mutating func openMarks() {
        isEditingFilter = false
        overlay = .marks(MarksOverlay(marks))
    }

    mutating func removeMark(_ mark: Mark) {
        marks.removeAll { $0.id == mark.id }
        status = StatusMessage(UIStrings.unmarked(TerminalText.sanitize(mark.name), language))
    }

    /// The name of a record as a list shows it: the catalogue's, or an imported actor's row.
    private func displayedName(_ id: RecordID) -> String {
        if catalogue.contains(id) { return catalogue.name(of: id) }
        if let index = current.rows.index(of: id) { return current.rows[index].text }
        return detail.inputs.record == id && !detail.title.isEmpty && detail.title != "…" ? detail.title : id.rawValue
    }
}
