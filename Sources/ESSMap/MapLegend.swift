import TerminalGrid

/// The legend beside a map: its title, then a sample of each class's glyph with its bounds
/// (darkest first), then places with nothing. Always drawn whole where the map is drawn.
public enum MapLegend {
    /// Two lines of title, four classes, the line for nothing and a blank line.
    public static let height = 8

    /// The legend's lines as text with the role of their sample, for the CLI and the browser alike.
    public static func lines(_ shading: MapShading, glyphs: MapGlyphs, none: String) -> [(sample: Character?, role: StyleRole, text: String)] {
        var lines: [(Character?, StyleRole, String)] = []
        let classes = shading.classes
        let dash = glyphs == .ascii ? "-" : "–"
        for k in stride(from: classes.bounds.count, through: 1, by: -1) {
            let range = classes.bounds[k - 1]
            let shade = classes.shade(k)
            let text = range.lowerBound == range.upperBound ? shading.values.format(range.lowerBound)
                : "\(shading.values.format(range.lowerBound)) \(dash) \(shading.values.format(range.upperBound))"
            lines.append((glyphs.sample(shade), StyleRole.mapShades[shade], text))
        }
        lines.append((glyphs.sample(0), .mapShade0, none))
        return lines
    }

    public static func draw(_ shading: MapShading, glyphs: MapGlyphs, none: String, into grid: inout Grid, area: Rect) {
        guard area.width > 4, area.height > 0 else { return }
        let title = TerminalText.sanitize(shading.values.title).wrapped(toWidth: area.width)
        for (offset, line) in title.prefix(2).enumerated() {
            let text = offset == 1 && title.count > 2 ? line.truncated(toWidth: area.width - 1) + "…" : line
            grid.put(text, at: Point(x: area.x, y: area.y + offset), role: .heading, maxWidth: area.width)
        }
        for (offset, line) in lines(shading, glyphs: glyphs, none: none).enumerated() where 2 + offset < area.height {
            let y = area.y + 2 + offset
            if let sample = line.sample {
                grid.put(String(repeating: sample, count: 2), at: Point(x: area.x, y: y), role: line.role)
            }
            grid.put(line.text, at: Point(x: area.x + 3, y: y), role: .normal, maxWidth: area.width - 3)
        }
    }
}
