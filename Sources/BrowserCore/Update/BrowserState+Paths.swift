import ESSModel

/// `p` (the chain of links to a target) and `X` (the neighbourhood tree) on the current record.
extension BrowserState {
    // MARK: - Path

    /// Opens the path overlay from the record shown; says so when there is none.
    mutating func openPathOverlay() {
        guard let start = current.displayedID else {
            setStatus(UIStrings.noRecordForPath)
            return
        }
        isEditingFilter = false
        if let last = lastPath, last.start == start {
            overlay = .path(last)
        } else {
            overlay = .path(PathOverlay(start: start))
        }
    }

    /// A new query: the catalogue's hits at once; the imported actors' through a read (see
    /// ``directoryNeeds()``).
    mutating func setPathQuery() {
        guard case .path(var path) = overlay else { return }
        let (rows, hits, _) = path.hasQuery ? searchRows(for: path.query) : ([], [], 0)
        path.setResults(rows, selecting: hits.first?.id)
        overlay = .path(path)
    }

    /// Looks for the chain from the overlay's start to `target` with the model's path search.
    mutating func choosePathTarget(_ target: RecordID) {
        guard case .path(var path) = overlay else { return }
        let imported = isImported(target) || isImported(path.start)
        let steps = imported ? nil : catalogue.shortestPath(from: path.start, to: target)
        path.show(steps, to: target, imported: imported)
        overlay = .path(path)
        lastPath = path
    }

    /// The name a path step shows for `id`: the catalogue's, or the imported actor's as listed.
    func pathName(of id: RecordID) -> String {
        if let record = catalogue.record(id) { return record.displayName }
        if let shown = directory.page, shown.id == id, let title = shown.page?.title { return title }
        if case .path(let path) = overlay, let row = path.rows.first(where: { $0.id == id }) { return row.text }
        return id.rawValue
    }

    // MARK: - Neighbourhood

    /// Opens the neighbourhood tree of the record shown (a catalogue record: imported actors
    /// have no written links).
    mutating func openNeighbourhood() {
        guard let root = current.displayedID else {
            setStatus(UIStrings.noRecordForPath)
            return
        }
        guard catalogue.contains(root) else {
            setStatus(UIStrings.importedHasNoLinks)
            return
        }
        isEditingFilter = false
        overlay = .neighbourhood(NeighbourhoodOverlay(root: root, in: catalogue))
    }

    mutating func unfoldNeighbourhoodNode() {
        guard case .neighbourhood(var tree) = overlay else { return }
        let node = tree.nodes[tree.selection]
        if node.isCycle {
            setStatus(UIStrings.cycleNotUnfolded)
        } else if !node.hasLinks {
            setStatus(UIStrings.noLinksToUnfold)
        }
        tree.unfold(at: tree.selection, in: catalogue)
        overlay = .neighbourhood(tree)
    }
}
