import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

private let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/directory/ess-france-1000.csv").path

/// `ess map`: the imported actors of the sample (1,000 actors) as text and SVG.
@Suite("ess map") struct MapCommandTests {
    /// One import for the suite.
    static let database: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ess-cli-map-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("directory.sqlite").path
        _ = try? ESS.run(["import", sample, "--db", path])
        return path
    }()

    @Test func textMapIsSizedAndHasItsLegendAndSource() throws {
        let run = try ESS.run(["map", "--db", Self.database, "--width", "100", "--height", "30", "--lang", "en"],
                              environment: ["LC_ALL": "C.UTF-8"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdoutLines.filter { !$0.isEmpty }
        #expect(lines.first == "Map of the imported actors — 1,000 actors")
        #expect(lines.last == "Sources: INSEE COG 2025 (commune centres), census 2021; imported directory")
        #expect(lines.count <= 30 && lines.allSatisfy { $0.count <= 100 })
        #expect(lines.contains { $0.hasSuffix("Imported actors per") })
        #expect(lines.contains { $0.contains("⠁⠁ none") })
        #expect(lines.contains { $0.contains("971") && $0.contains("972") })
        // Braille land fills the map's side.
        let braille = run.stdout.unicodeScalars.filter { $0.value > 0x2800 && $0.value <= 0x28FF }.count
        #expect(braille > 800, "\(braille) braille cells")
    }

    @Test func piped80By24ByDefaultAndASCIIWithoutUTF8() throws {
        let run = try ESS.run(["map", "--db", Self.database, "--lang", "fr", "--by", "region"], environment: ["LANG": "C", "LC_ALL": nil])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.filter { !$0.isEmpty }.count <= 24)
        #expect(run.stdoutLines.allSatisfy { $0.count <= 80 })
        #expect(run.stdout.unicodeScalars.allSatisfy { $0.value < 0x2500 || $0 == "—" || $0 == "–" })
        #expect(run.stdout.contains("Acteurs importés par\n") && run.stdout.contains(" région\n"))
        #expect(run.stdout.contains("@@ 92 - 118"), "ASCII bounds")
        #expect(run.stdout.contains(".. aucun") || run.stdout.contains("@@ "))
    }

    @Test func filtersNarrowTheCount() throws {
        let all = try ESS.run(["map", "--db", Self.database, "--lang", "en", "--region", "pays-de-la-loire"])
        #expect(all.status == 0, "\(all.stderr)")
        let heading = try #require(all.stdoutLines.first)
        #expect(heading.hasPrefix("Map of the imported actors — ") && heading.hasSuffix(" · Pays de la Loire"))
        let list = try ESS.run(["list", "actors", "--db", Self.database, "--region", "pays-de-la-loire", "--limit", "1"])
        let imported = try #require(list.stdout.range(of: #"imported of \d[\d,]*"#, options: .regularExpression))
        let count = list.stdout[imported].split(separator: " ").last.map(String.init) ?? ""
        #expect(heading.contains("— \(count) actors"), "the map counts what the list lists: \(heading), \(count)")
        let associations = try ESS.run(["map", "--db", Self.database, "--lang", "en", "--legal-family", "associations"])
        #expect(associations.stdoutLines.first?.hasSuffix(" · Associations") == true)
    }

    @Test func perTenThousandAndCommunes() throws {
        let rate = try ESS.run(["map", "--db", Self.database, "--lang", "en", "--per-10000", "--glyphs", "ascii"])
        #expect(rate.status == 0)
        #expect(rate.stdout.contains("Imported actors per 10,000"))
        let bad = try ESS.run(["map", "--db", Self.database, "--per-10000", "--by", "commune"])
        #expect(bad.status != 0 && bad.stderr.contains("--per-10000 divides by each département's population"))
        let narrow = try ESS.run(["map", "--db", Self.database, "--width", "20"])
        #expect(narrow.status != 0 && narrow.stderr.contains("--width takes 40 columns or more"))
    }

    @Test func withoutADirectoryItSaysSo() throws {
        let run = try ESS.run(["map", "--db", "/nonexistent/ess/directory.sqlite"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no directory at /nonexistent/ess/directory.sqlite"))
    }

    @Test func svgIsWellFormedWithTitleLegendAndSource() throws {
        let run = try ESS.run(["map", "--db", Self.database, "--format", "svg", "--lang", "fr"])
        #expect(run.status == 0, "\(run.stderr)")
        let checker = SVGChecker()
        let parser = XMLParser(data: Data(run.stdoutBytes))
        parser.delegate = checker
        #expect(parser.parse(), "XML error: \(String(describing: parser.parserError))")
        #expect(checker.root == "svg")
        #expect(checker.texts.contains("Carte des acteurs importés — 1\u{00A0}000 acteurs"))
        #expect(checker.texts.contains("Acteurs importés par département"))
        #expect(checker.texts.contains("aucun"))
        #expect(checker.texts.contains { $0.hasPrefix("Sources : INSEE COG 2025") })
        // A path per département and shade, the darkest class among them, and the five overseas ones.
        #expect(checker.pathIDs.count > 96)
        #expect(checker.fills.contains("#54278f"))
        for code in ["971", "972", "973", "974", "976", "2A", "75"] {
            #expect(checker.pathIDs.contains { $0.hasPrefix("d\(code)-") }, "département \(code) is drawn")
        }
    }
}

/// Collects what the tests look at in an SVG.
private final class SVGChecker: NSObject, XMLParserDelegate {
    var root: String?
    var texts: [String] = []
    var pathIDs: [String] = []
    var fills: Set<String> = []
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { root = name }
        if name == "path" {
            pathIDs.append(attributes["id"] ?? "")
            if let fill = attributes["fill"] { fills.insert(fill) }
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" || name == "title" { texts.append(text.trimmingCharacters(in: .whitespaces)) }
        text = ""
    }
}
