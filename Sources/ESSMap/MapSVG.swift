import Foundation
import TerminalGrid

/// A map as an SVG document: each département's land (from the commune points, as on screen)
/// filled with its class's colour, the overseas départements in insets, a title, a legend with
/// the classes' bounds and a source line. Départements are runs of raster cells merged into
/// one path each, so the file stays small (about 100 paths) and opens in any web browser.
public enum MapSVG {
    /// Fill colours, lightest (nothing) to darkest: a sequential ramp that also reads in grey.
    static let fills = ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"]

    public static func document(_ shading: MapShading, title: String, legendNone: String, source: String,
                                geography: MapGeography = .shared) -> String {
        let width = 900, height = 760, mapSize = 600
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif">
            <title>\(escape(title))</title>
            <rect width="\(width)" height="\(height)" fill="#ffffff"/>
            <text x="20" y="36" font-size="22" font-weight="bold">\(escape(title))</text>

            """
        let mainland = PointRaster(geography: geography, departements: geography.metropolitan, width: mapSize, height: mapSize, aspect: 1)
        svg += paths(mainland, originX: 20, originY: 60, shading: shading, geography: geography)
        // Insets down the right-hand side, under the legend.
        for (position, departement) in geography.overseas.enumerated() {
            let x = 660 + (position % 2) * 115, y = 330 + (position / 2) * 125
            let raster = PointRaster(geography: geography, departements: [departement], width: 100, height: 100, aspect: 1)
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"100\" height=\"100\" fill=\"none\" stroke=\"#999999\"/>\n"
            svg += "<text x=\"\(x + 2)\" y=\"\(y + 114)\" font-size=\"12\">\(escape(geography.departements[departement]))</text>\n"
            svg += paths(raster, originX: x, originY: y, shading: shading, geography: geography)
        }
        svg += "<text x=\"660\" y=\"80\" font-size=\"15\" font-weight=\"bold\">\(escape(shading.values.title))</text>\n"
        let lines = MapLegend.lines(shading, glyphs: .braille, none: legendNone)
        for (index, line) in lines.enumerated() {
            let y = 100 + index * 26
            let shade = StyleRole.mapShades.firstIndex(of: line.role) ?? 0
            svg += "<rect x=\"660\" y=\"\(y)\" width=\"20\" height=\"18\" fill=\"\(fills[shade])\" stroke=\"#666666\"/>\n"
            svg += "<text x=\"688\" y=\"\(y + 14)\" font-size=\"14\">\(escape(line.text))</text>\n"
        }
        svg += "<text x=\"20\" y=\"\(height - 16)\" font-size=\"11\" fill=\"#555555\">\(escape(source))</text>\n"
        svg += "</svg>\n"
        return svg
    }

    /// One path per département: its land cells as horizontal runs, filled by its class.
    static func paths(_ raster: PointRaster, originX: Int, originY: Int, shading: MapShading, geography: MapGeography) -> String {
        var runs: [Int: String] = [:]
        for row in 0..<raster.height {
            var column = 0
            while column < raster.width {
                guard let point = raster[column, row] else { column += 1; continue }
                let departement = geography.departementOfPoint[point]
                let shade = Int(shading.pointShade[point])
                var end = column + 1
                while end < raster.width, let next = raster[end, row],
                      geography.departementOfPoint[next] == departement, Int(shading.pointShade[next]) == shade { end += 1 }
                runs[departement * 8 + shade, default: ""] += "M\(originX + column) \(originY + row)h\(end - column)v1h-\(end - column)z"
                column = end
            }
        }
        return runs.keys.sorted().map { key in
            let code = geography.departements[key / 8]
            return "<path id=\"d\(code)-\(key % 8)\" fill=\"\(fills[key % 8])\" stroke=\"none\" d=\"\(runs[key]!)\"><title>\(escape(code))</title></path>\n"
        }.joined()
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in TerminalText.sanitize(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
