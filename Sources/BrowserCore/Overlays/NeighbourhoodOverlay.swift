import ESSModel

/// The `X` overlay: the current record's written links as a tree, each node unfolding to its own
/// links in turn, like k9s's xray view.
///
/// The tree is kept flat, in display order: unfolding a node inserts its links after it, folding
/// removes its descendants. A record already on the branch above a node is a cycle: shown, with
/// a mark, but never unfolded again, so the tree stays finite.
public struct NeighbourhoodOverlay: Hashable, Sendable {
    /// The nodes shown, the root first.
    public internal(set) var nodes: [NeighbourhoodNode]
    var cursor = ListCursor()

    public var selection: Int { cursor.selection }
    public var scroll: Int { cursor.scroll }
    public var root: RecordID { nodes[0].id }

    /// The tree of `root` with its own links unfolded.
    init(root: RecordID, in catalogue: Catalogue) {
        let node = NeighbourhoodNode(id: root, link: nil, depth: 0, branch: [], guides: [], isLast: true,
                                     hasLinks: !Self.links(of: root, in: catalogue).isEmpty)
        nodes = [node]
        unfold(at: 0, in: catalogue)
    }

    /// The written links of `id`, grouped as its page shows them (a relation, then its records).
    static func links(of id: RecordID, in catalogue: Catalogue) -> [Neighbour] {
        catalogue.neighbourGroups(of: id).flatMap { group -> [Neighbour] in
            guard case .link = group.relation else { return [] }
            var seen: Set<RecordID> = []
            return group.neighbours.filter { seen.insert($0.id).inserted }
        }
    }

    mutating func perform(_ command: Command, page: Int) -> OverlayOutcome {
        switch command {
        case .openResult:
            guard nodes.indices.contains(cursor.selection) else { return .stay }
            return .open(nodes[cursor.selection].id)
        case .unfoldNode:
            return .unfoldNeighbourhoodNode
        case .foldNode:
            fold(at: cursor.selection)
        default:
            cursor.move(command, count: nodes.count, page: page)
        }
        return .stay
    }

    /// Selects row `row` of those shown and follows it, as Enter would.
    mutating func click(row: Int) -> OverlayOutcome {
        guard cursor.select(shownRow: row, count: nodes.count) else { return .stay }
        return perform(.openResult, page: 1)
    }

    /// Inserts the links of node `index` after it; a cycle, a leaf or an unfolded node is left alone.
    mutating func unfold(at index: Int, in catalogue: Catalogue) {
        guard nodes.indices.contains(index) else { return }
        let parent = nodes[index]
        guard !parent.isExpanded, !parent.isCycle, parent.hasLinks else { return }
        let links = Self.links(of: parent.id, in: catalogue)
        let branch = parent.branch + [parent.id]
        let guides = parent.depth == 0 ? [] : parent.guides + [parent.isLast]
        let children = links.enumerated().map { offset, link in
            NeighbourhoodNode(id: link.id, link: link, depth: parent.depth + 1, branch: branch, guides: guides,
                              isLast: offset == links.count - 1,
                              hasLinks: !Self.links(of: link.id, in: catalogue).isEmpty)
        }
        nodes[index].isExpanded = true
        nodes.insert(contentsOf: children, at: index + 1)
    }

    /// Folds node `index`; on a node already folded, goes to its parent, as file trees do.
    mutating func fold(at index: Int) {
        guard nodes.indices.contains(index) else { return }
        let node = nodes[index]
        guard node.isExpanded else {
            if let parent = nodes[..<index].lastIndex(where: { $0.depth == node.depth - 1 }) { cursor.selection = parent }
            return
        }
        let end = nodes[(index + 1)...].firstIndex { $0.depth <= node.depth } ?? nodes.endIndex
        nodes.removeSubrange((index + 1)..<end)
        nodes[index].isExpanded = false
    }

    mutating func settle(height: Int) {
        cursor.settle(count: nodes.count, height: max(1, height))
    }
}

/// One record of the neighbourhood tree, with the link that led to it.
public struct NeighbourhoodNode: Hashable, Sendable {
    public let id: RecordID
    /// How the parent is linked to it, as its page reads it; nil for the root.
    public let link: Neighbour?
    public let depth: Int
    /// The records from the root down to the parent: meeting one of them again is a cycle.
    let branch: [RecordID]
    /// For each level between the root's links and the parent, whether that ancestor was the
    /// last of its siblings (no rule continues below it).
    let guides: [Bool]
    /// The last of its siblings: drawn with └ instead of ├.
    public let isLast: Bool
    /// Whether the record has links of its own to unfold.
    public let hasLinks: Bool
    public internal(set) var isExpanded = false

    /// Already on the branch above: not unfolded again.
    public var isCycle: Bool { branch.contains(id) }
}
