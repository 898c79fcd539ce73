import ESSModel

/// The region picker and the region filter, which applies to every section at once.
extension BrowserState {
    mutating func openRegionPicker() {
        isEditingFilter = false
        overlay = .regionPicker(RegionPicker(data.regionChoices, current: region))
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
