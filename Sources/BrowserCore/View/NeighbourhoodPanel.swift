import ESSModel
import TerminalGrid

/// The neighbourhood tree: the record, then its links unfolded level by level.
///
/// ```
/// ┌─ Voisinage de PROGRESS ───────────────────────────┐
/// │ 12 liens · Espace/→ déplier · ← replier           │
/// │                                                   │
/// │▶▾ PROGRESS                                        │
/// │ ├─▸ Porteur : Loire Active                        │
/// │ └─• Partenaires : CRESS AURA                      │
/// ```
enum NeighbourhoodPanel {
    static func render(_ tree: NeighbourhoodOverlay, catalogue: Catalogue, look: Look, into grid: inout Grid, box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 4 else { return }
        let language = look.language
        OverlayFrame.draw(box, title: UIStrings.neighbourhoodTitle(of: TerminalText.sanitize(catalogue.name(of: tree.root)), language),
                          unicode: look.unicode, into: &grid)
        let inner = box.inset(by: 1)
        let rootLinks = tree.nodes.count(where: { $0.depth == 1 })
        grid.write(" " + (rootLinks == 0 ? UIStrings.noLinks(language) : UIStrings.linkCount(rootLinks, language)),
                   at: inner.origin, width: inner.width, role: .muted)
        for line in 0..<rows.height {
            let index = tree.scroll + line
            guard tree.nodes.indices.contains(index) else { break }
            renderNode(tree.nodes[index], selected: index == tree.selection, catalogue: catalogue, look: look, into: &grid,
                       at: Point(x: rows.x, y: rows.y + line), width: rows.width)
        }
    }

    /// `▶ ├─▸ Porteur : Loire Active`: the rules of the levels above, the branch, the fold mark
    /// (▸ folded, ▾ unfolded, • no links, ↺ already higher up), the link kind as the page
    /// names it, then the record.
    private static func renderNode(_ node: NeighbourhoodNode, selected: Bool, catalogue: Catalogue, look: Look,
                                   into grid: inout Grid, at point: Point, width: Int) {
        let glyphs = look.glyphs
        let unicode = look.unicode
        let base: StyleRole = selected ? .selection : .overlay
        grid.fill(Rect(x: point.x, y: point.y, width: width, height: 1), role: base)
        var rules = node.guides.map { last in last ? "   " : (unicode ? "│  " : "|  ") }.joined()
        if node.depth > 0 { rules += node.isLast ? (unicode ? "└─" : "`-") : (unicode ? "├─" : "|-") }
        let mark = node.isCycle ? (unicode ? "↺" : "@")
            : !node.hasLinks ? glyphs.bullet
            : node.isExpanded ? glyphs.unfolded : glyphs.folded
        var spans = [Span(selected ? glyphs.cursor : " ", base), Span(rules, selected ? base : .border),
                     Span(mark + " ", selected ? base : .accent)]
        if let link = node.link {
            spans.append(Span(TerminalText.sanitize(link.relation.label(link.direction)(look.language)) + UIStrings.separator(look.language),
                              selected ? base : .muted))
        }
        spans.append(Span(TerminalText.sanitize(catalogue.name(of: node.id)), selected ? base : (node.depth == 0 ? .title : .link)))
        if node.isCycle {
            spans.append(Span(" (" + UIStrings.cycleMark(look.language) + ")", selected ? base : .muted))
        }
        grid.write(spans.fittingWidth(width), at: point, width: width)
    }
}
