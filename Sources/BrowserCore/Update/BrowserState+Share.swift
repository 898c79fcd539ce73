import ESSModel
import TerminalGrid

/// Copying what identifies the record shown (`y`) and exporting the current list as CSV (`E`).
extension BrowserState {
    mutating func openCopyMenu() {
        guard let id = current.displayedID else {
            setStatus(UIStrings.noRecord)
            return
        }
        isEditingFilter = false
        let name = current.rows.index(of: id).map { current.rows[$0].text } ?? catalogue.name(of: id)
        overlay = .copy(CopyMenu(id: id, name: catalogue.contains(id) ? catalogue.name(of: id) : name,
                                 catalogue: catalogue, language: language))
    }

    /// Enter in the copy menu: the chosen text goes to the clipboard through the terminal.
    mutating func copyChosen() -> [Effect] {
        guard case .copy(let menu) = overlay, let choice = menu.chosen else { return [] }
        overlay = nil
        status = StatusMessage(UIStrings.copied(TerminalText.sanitize(choice.text), language))
        return [.copyToClipboard(choice.text)]
    }

    mutating func openExportPrompt() {
        isEditingFilter = false
        let records = exportedRecords()
        let imported = current.rows.count - current.rows.curated.count > 0
        overlay = .export(ExportPrompt(path: defaultExportPath, rowCount: records.count, leavesImportedOut: imported))
    }

    /// Enter in the export prompt: the list's records, with the CLI's CSV columns, for the loop to write.
    mutating func writeExport() -> [Effect] {
        guard case .export(let prompt) = overlay else { return [] }
        let path = prompt.path.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else {
            setStatus(UIStrings.exportNoPath, warning: true)
            return []
        }
        overlay = nil
        let records = exportedRecords()
        let csv = CSVOutput.encode(headers: RecordCSV.headers,
                                   rows: records.map { RecordCSV.row($0, in: catalogue, language: language) })
        return [.writeFile(path: path, contents: csv, rows: records.count)]
    }

    /// `./ess-programmes-2026-11-29.csv`: the section in English, and today when the loop gave it.
    var defaultExportPath: String {
        let name = section.title(.en).lowercased()
        return "./ess-\(name)" + (today.map { "-" + $0 } ?? "") + ".csv"
    }

    /// The catalogue records the list shows, in its order, with its filters; headings and
    /// imported actors left out.
    private func exportedRecords() -> [any CatalogueRecord] {
        current.rows.curated.compactMap { row in row.id.flatMap { catalogue.record($0) } }
    }

    /// Today's date (`2026-11-29`), for the default export name; the clock is the loop's to read.
    public mutating func setToday(_ date: String) {
        today = date
    }
}
