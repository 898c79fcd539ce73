extension Catalogue {
    /// Where Enter on a timeline event leads: the event's own subject, a linked programme or
    /// actor its title names (« Création de Loire Active » → Loire Active), else its first
    /// linked programme, else its first actor.
    public func destination(ofEvent id: RecordID) -> RecordID? {
        let linked = neighbours(of: id).filter { if case .link = $0.relation { true } else { false } }.map(\.id)
        let candidates = linked.filter { [.programme, .actor].contains(type(of: $0)) }
        if let title = (record(id) as? Event).map({ TextFolding.fold($0.title) }),
           let subject = candidates.first(where: { names(of: $0).contains { Self.title(title, names: $0) } }) {
            return subject
        }
        return candidates.first { type(of: $0) == .programme } ?? candidates.first { type(of: $0) == .actor }
    }

    /// A record's name and acronym, folded, as an event's title may name it.
    private func names(of id: RecordID) -> [String] {
        let acronym: String? = switch record(id) {
        case let programme as Programme: programme.acronym
        case let actor as Actor: actor.acronym
        default: nil
        }
        return ([name(of: id)] + (acronym.map { [$0] } ?? [])).map(TextFolding.fold).filter { !$0.isEmpty }
    }

    /// Whether folded `title` holds `name` as whole words. Folded text is letters and digits in
    /// words separated by single spaces, so its words are split at spaces, byte by byte (a split
    /// on `Character.isLetter` gave the same words at many times the cost, once per event and
    /// name at every start).
    private static func title(_ title: String, names name: String) -> Bool {
        let words = title.utf8.split(separator: UInt8(ascii: " "))
        let nameWords = name.utf8.split(separator: UInt8(ascii: " "))
        guard !nameWords.isEmpty, nameWords.count <= words.count else { return false }
        return (0...(words.count - nameWords.count)).contains { start in
            zip(words[start..<(start + nameWords.count)], nameWords).allSatisfy { $0.elementsEqual($1) }
        }
    }
}
