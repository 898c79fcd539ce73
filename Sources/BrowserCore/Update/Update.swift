import ESSModel
import TerminalGrid

/// Applies `action` to `state` and returns what the program loop must do.
///
/// The only function that changes a ``BrowserState``. After every action it settles the derived
/// parts (the laid-out detail page, selections clamped, scroll offsets keeping the selection
/// visible), so rendering never has to.
public func update(_ state: inout BrowserState, _ action: BrowserAction) -> [Effect] {
    var effects: [Effect] = []
    switch action {
    case .keyPressed(let key):
        state.status = nil
        effects = state.handle(key)
    case .mouse(let event):
        if case .press = event.kind { state.status = nil }
        effects = state.handle(event)
    case .resized(let size):
        state.size = size
    case .commandIssued(let command):
        effects = state.perform(command)
    case .textTyped(let text):
        state.type(text)
    case .linkFollowed(let id):
        state.open(id)
    case .regionApplied(let filter):
        state.applyRegion(filter)
    case .importFilterApplied(let filter):
        state.applyImportFilter(filter)
    case .directoryAnswered(let request, let answer):
        state.receive(request, answer)
    case .importActivityChanged(let activity):
        state.importActivityChanged(activity)
    case .effectFailed(let message):
        state.announce(message, warning: true)
    case .effectReported(let message):
        state.announce(message, warning: false)
    }
    state.settle()
    return effects + state.requestDirectoryReads() + state.sessionSaves()
}

extension BrowserState {
    /// Resolves a key through the key map: a command, typed text, or a hint that it does nothing.
    mutating func handle(_ key: Key) -> [Effect] {
        let context = keyContext
        if let command = keyMap.command(for: key, in: context) { return perform(command) }
        // A terminal sends Alt-x as Esc then x, so Esc quickly followed by a key arrives as an Alt
        // chord. When the chord means nothing here, it is taken as what was typed: Esc, then x.
        if case .alt(let character) = key {
            let effects = handle(.escape)
            settle()
            return effects + handle(.character(character))
        }
        if context.acceptsText, case .character(let character) = key {
            type(String(character))
        } else if context == .list || context == .actors || context == .detail || context == .map {
            status = StatusMessage(UIStrings.unknownKey(KeyLabel.label(key, language, unicode: unicode), language))
        }
        return []
    }

    /// Carries out one command in the current context: an open overlay takes its own commands.
    mutating func perform(_ command: Command) -> [Effect] {
        // Commands of an overlay that lead to an effect, which the overlays' own updates do not return.
        if command == .copyChoice { return copyChosen() }
        if command == .writeExport { return writeExport() }
        if overlay != nil, Overlay.commands.contains(command) {
            performInOverlay(command)
            return []
        }
        switch command {
        case .quit:
            return [.quit]
        case .moveDown, .moveUp, .pageDown, .pageUp, .moveFirst, .moveLast:
            focus == .list ? moveInList(command) : moveInDetail(command)
        case .toggleFocus:
            setFocus(focus == .list ? .detail : .list)
        case .openRecord:
            openSelectedRow()
        case .followLink:
            return followCursor()
        case .goBack:
            goBack()
        case .goForward:
            goForward()
        case .toggleFold:
            toggleFoldUnderCursor()
        case .foldAll, .unfoldAll:
            foldAll(command == .foldAll)
        case .filter:
            startFilter()
        case .search:
            openSearch()
        case .pickRegion:
            openRegionPicker()
        case .clearRegion:
            clearRegion()
        case .pickDepartement:
            openFacetPicker(.departement)
        case .pickLegalFamily:
            openFacetPicker(.legalFamily)
        case .pickNafSection:
            openFacetPicker(.nafSection)
        case .clearActorFilters:
            clearImportFilter()
        case .keepFilter:
            isEditingFilter = false
        case .clearFilter:
            clearFilter()
        case .deleteChar:
            edit(.deleteBackward)
        case .clearInput:
            edit(.clear)
        case .openResult, .applyRegion, .applyFacet, .openNafSection, .closeNafSection, .closeOverlay:
            // Only an open overlay takes these.
            break
        case .section1, .section2, .section3, .section4, .section5:
            if let target = command.section { switchSection(to: target) }
        case .help:
            overlay = .help(HelpOverlay())
        case .reloadDirectory:
            return reloadDirectory()
        case .showEvidence:
            showEvidence()
        case .nextHeading, .previousHeading:
            moveToHeading(forward: command == .nextHeading)
        case .tableOfContents:
            openTableOfContents()
        case .findPath:
            openPathOverlay()
        case .showNeighbourhood:
            openNeighbourhood()
        case .jumpToHeading, .unfoldNode, .foldNode:
            // Only the open table of contents, or the neighbourhood tree, takes these.
            break
        case .section6:
            openMapSection()
        case .openMap, .mapOfRecord, .mapWest, .mapEast, .mapNorth, .mapSouth, .mapNextRegion, .mapOpenPlace, .mapNextLayer:
            performMapCommand(command)
        case .toggleMark:
            toggleMark()
        case .showMarks:
            openMarks()
        case .deleteMark, .copyChoice, .writeExport:
            // Only the marks list, the copy menu and the export prompt take these.
            break
        case .copyMenu:
            openCopyMenu()
        case .exportList:
            openExportPrompt()
        case .openAddress:
            return openSelectedAddress()
        }
        return []
    }

    mutating func switchSection(to target: Section) {
        let here = location
        isEditingFilter = false
        overlay = nil
        section = target
        focus = .list
        recordSwitch(from: here)
    }

    mutating func setFocus(_ target: Focus) {
        isEditingFilter = false
        focus = target
        if target == .detail { placeDetailCursor() }
    }
}
