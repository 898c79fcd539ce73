import ESSModel

/// The region picker and the region filter, which applies to every section at once.
extension BrowserState {
    mutating func openRegionPicker() {
        isEditingFilter = false
        var picker = RegionPicker()
        picker.choices = regionChoices(matching: "")
        picker.selection = picker.choices.firstIndex { $0?.filter == region } ?? 0
        overlay = .regionPicker(picker)
    }

    mutating func setRegionQuery(_ query: String) {
        var picker = RegionPicker()
        picker.query = query
        picker.choices = regionChoices(matching: query)
        overlay = .regionPicker(picker)
    }

    /// With no query, "all regions" then every region by name. With one, the regions whose
    /// name, alias or code matches, exact matches first, then those starting with it.
    func regionChoices(matching query: String) -> [RegionChoice?] {
        let folded = TextFolding.fold(query)
        let code = query.trimmingCharacters(in: .whitespaces)
        guard !folded.isEmpty else { return [nil] + data.regionChoices.map(Optional.some) }
        let ranked = data.regionChoices.enumerated().compactMap { index, choice -> (Int, Int, RegionChoice)? in
            if choice.keys.contains(folded) || choice.keys.contains(code) { return (0, index, choice) }
            if choice.keys.contains(where: { $0.hasPrefix(folded) }) { return (1, index, choice) }
            if choice.keys.contains(where: { $0.contains(folded) }) { return (2, index, choice) }
            return nil
        }
        return ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { Optional.some($0.2) }
    }

    mutating func applyPickedRegion() {
        guard case .regionPicker(let picker) = overlay, picker.choices.indices.contains(picker.selection) else { return }
        overlay = nil
        applyRegion(picker.choices[picker.selection]?.filter)
    }

    /// Narrows every section to `filter` (nil: all regions).
    mutating func applyRegion(_ filter: RegionFilter?) {
        overlay = nil
        region = filter
        for section in Section.allCases { sections[section]?.pinned = nil }
        sections[.actors]?.importScope = nil
        // A département chosen in another region would leave the list empty.
        sections[.actors]?.importFilter[.departement] = nil
        reloadAllRows()
        if let filter {
            status = StatusMessage(UIStrings.regionApplied(catalogue.describe(filter), language))
        } else {
            setStatus(UIStrings.regionCleared)
        }
    }

    mutating func clearRegion() {
        guard region != nil else {
            setStatus(UIStrings.noRegion)
            return
        }
        applyRegion(nil)
    }
}
