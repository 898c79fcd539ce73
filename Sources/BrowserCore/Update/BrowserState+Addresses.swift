import ESSModel
import TerminalGrid

/// `o`: opening a web or e-mail address of the page in the user's browser (an effect).
extension BrowserState {
    /// The address `o` opens: the one under the detail cursor (an address of the page, even in
    /// free text, or the site of the record a link leads to), else the record's own (a
    /// source's URL, an actor's website), else the first address the page shows.
    var selectedAddress: String? {
        if focus == .detail, let cursor = current.detailCursor, detail.targets.indices.contains(cursor) {
            switch detail.targets[cursor] {
            case .address(let uri): return uri
            case .link(let id): if let address = Self.address(of: id, in: catalogue) { return address }
            case .axis: break
            }
        }
        if let address = current.displayedID.flatMap({ Self.address(of: $0, in: catalogue) }) { return address }
        return detail.targets.lazy.compactMap { target -> String? in
            if case .address(let uri) = target { uri } else { nil }
        }.first
    }

    mutating func openSelectedAddress() -> [Effect] {
        guard let address = selectedAddress else {
            setStatus(UIStrings.noAddress)
            return []
        }
        status = StatusMessage(UIStrings.opening(TerminalText.sanitize(address), language))
        return [.openAddress(address)]
    }

    /// A record's web or e-mail address (a source's URL, an actor's website), read by the same
    /// rule as an address field of its page (``WebAddresses/fieldAddress(_:)``): `http(s)://` or
    /// `mailto:` only, never a local file or an unknown scheme.
    static func address(of id: RecordID, in catalogue: Catalogue) -> String? {
        let raw: String?
        switch catalogue.record(id) {
        case let source as Source: raw = source.url
        case let actor as Actor: raw = actor.website
        default: raw = nil
        }
        guard let text = raw?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return WebAddresses.fieldAddress(text)
    }
}
