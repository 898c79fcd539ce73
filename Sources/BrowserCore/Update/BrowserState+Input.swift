import ESSModel

/// Typing: the list filter, the search query and the region picker's query.
extension BrowserState {
    /// Adds typed text to whatever field has the keys.
    mutating func type(_ text: String) {
        let printable = text.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } }
        guard !printable.isEmpty else { return }
        switch overlay {
        case .search(let search): setSearchQuery(search.query + printable)
        case .regionPicker(let picker): setRegionQuery(picker.query + printable)
        case .facetPicker(let picker): setFacetQuery(picker.query + printable)
        case .help, .evidence: break
        case nil:
            guard isEditingFilter else { return }
            setFilter(current.filter + printable)
        }
    }

    mutating func deleteLastCharacter() {
        switch overlay {
        case .search(let search): setSearchQuery(String(search.query.dropLast()))
        case .regionPicker(let picker): setRegionQuery(String(picker.query.dropLast()))
        case .facetPicker(let picker): setFacetQuery(String(picker.query.dropLast()))
        case .help, .evidence: break
        case nil: if isEditingFilter { setFilter(String(current.filter.dropLast())) }
        }
    }

    mutating func clearInput() {
        switch overlay {
        case .search: setSearchQuery("")
        case .regionPicker: setRegionQuery("")
        case .facetPicker: setFacetQuery("")
        case .help, .evidence: break
        case nil: if isEditingFilter { setFilter("") }
        }
    }

    // MARK: - List filter

    mutating func startFilter() {
        focus = .list
        isEditingFilter = true
    }

    mutating func clearFilter() {
        isEditingFilter = false
        setFilter("")
    }

    /// Narrows the list as the user types; a link's pinned record goes, since the user is now
    /// choosing what to see.
    mutating func setFilter(_ text: String) {
        guard text != current.filter || current.pinned != nil else { return }
        current.filter = text
        current.pinned = nil
        reloadRows(section)
    }
}
