import ArgumentParser
import BrowserCore
import ESSDirectory
import ESSMap
import ESSModel
import ESSReference
import Foundation
import TerminalGrid

/// `ess map`: the imported actors on a map of France, as text or SVG.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        _superCommandName: "ess",
        abstract: "Draw the imported actors on a map of France (text or SVG).",
        discussion: """
            The map is drawn from the communes' centres: each place takes the département (or the commune) \
            of the nearest commune. Places are shaded in quantile classes, whose bounds the legend gives.
            Examples:
              ess map
              ess map --by commune --region "Auvergne-Rhône-Alpes" --legal-family cooperatives
              ess map --per-10000 --format svg > actors.svg
            """)

    enum Unit: String, ExpressibleByArgument, CaseIterable {
        case departement, region, commune
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, svg
    }

    @Option(name: .long, help: "Places counted: departement, region or commune.")
    var by: Unit = .departement

    @Flag(name: .customLong("per-10000"), help: "Actors per 10,000 inhabitants (2021 census) instead of a count; by département only.")
    var perTenThousand = false

    @Option(name: .long, help: ArgumentHelp("Only actors of this region, and the map zoomed on it (name or INSEE code).", valueName: "region"))
    var region: String?

    @OptionGroup var directoryFilters: DirectoryFilterOptions

    @Option(name: .long, help: "Width of the text map in columns (default: the terminal's, or 80 when piped).")
    var width: Int?

    @Option(name: .long, help: "Height of the text map in lines (default: the terminal's, or 24 when piped).")
    var height: Int?

    @Option(name: .long, help: "Glyphs of the text map: braille, half-block or ascii (default: braille, ascii without UTF-8).")
    var glyphs: MapGlyphs?

    @Option(name: .long, help: "Output format: text or svg.")
    var format: Format = .text

    @OptionGroup var labels: LabelLanguageOption
    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var directory: DirectoryOptions

    func validate() throws {
        if let width, width < 40 { throw ValidationError("--width takes 40 columns or more (not \(width)): the legend needs room") }
        if let height, height < 12 { throw ValidationError("--height takes 12 lines or more (not \(height))") }
        if perTenThousand && by != .departement {
            throw ValidationError("--per-10000 divides by each département's population: use it with --by departement")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.loadCatalogue()
        guard let database = try directory.openForReading() else {
            Console.error("ess: no directory of imported actors to map (import one with: ess import FILE.csv)")
            throw ExitCode(1)
        }
        let places = PlaceIndex(catalogue: catalogue)
        var filter = ActorFilter()
        var focus: Set<Int>?
        let geography = MapGeography.shared
        if let region {
            if directoryFilters.territory != nil {
                throw ValidationError("--territory and --region cannot be combined: the territory already says where")
            }
            let regionFilter: RegionFilter
            switch catalogue.resolveRegion(region) {
            case .success(let found): regionFilter = found
            case .failure(let error): throw fail(error)
            }
            filter = places.filter(for: regionFilter)
            let codes = Set(geography.departements.indices.filter { index in
                let code = geography.departements[index]
                if let wanted = filter.region { return geography.regionOfDepartement[index] == wanted }
                return places.place(departementCode: code).map { $0.formerRegionCode == filter.formerRegion } ?? false
            })
            focus = codes.isEmpty ? nil : codes
        }
        try directoryFilters.apply(to: &filter, places: places)
        try directoryFilters.applyTerritory(to: &filter, catalogue: catalogue, places: places)
        let counts: [CommuneCount]
        do { counts = try database.communeCounts(filter) } catch {
            Console.error("ess: \(error)")
            throw ExitCode(1)
        }
        let language = labels.language
        let title = UIStrings.mapTitle(by: by.rawValue, perTenThousand: perTenThousand, language)
        var values = MapValues.actors(counts.map { ($0.commune, $0.departement, $0.count) }, by: MapUnit(rawValue: by.rawValue)!, title: title,
                                       french: language == .fr)
        if perTenThousand { values = values.perTenThousand(geography, title: title) }
        let shading = MapShading(values)
        let heading = UIStrings.mapHeading(total: counts.reduce(0) { $0 + $1.count },
                                           filters: describe(filter, catalogue: catalogue, places: places), language)
        switch format {
        case .svg:
            Console.printRaw(MapSVG.document(shading, title: heading, legendNone: UIStrings.mapNone(language),
                                             source: UIStrings.mapSource(language)))
        case .text:
            let size = Size(width: width ?? Console.width, height: height ?? Self.terminalHeight)
            let mode = glyphs ?? (Self.unicode ? .braille : .ascii)
            var grid = Grid(size: Size(width: size.width, height: size.height - 2))
            let picture = MapPicture(area: grid.bounds, glyphs: mode, focus: focus)
            picture.draw(shading, cursor: nil, into: &grid)
            MapLegend.draw(shading, glyphs: mode, none: UIStrings.mapNone(language), into: &grid, area: picture.legend)
            Console.print(Console.safe(heading).truncated(toWidth: size.width))
            for line in grid.lines { Console.print(String(line.reversed().drop { $0 == " " }.reversed())) }
            Console.print(UIStrings.mapSource(language).truncated(toWidth: size.width))
        }
    }

    /// "Rhône (69) · Associations": the filters, as the heading names them.
    private func describe(_ filter: ActorFilter, catalogue: Catalogue, places: PlaceIndex) -> [String] {
        var parts: [String] = []
        if let region = filter.region, let id = places.region(code: region) { parts.append(catalogue.name(of: id)) }
        if let code = filter.departement, let place = places.place(departementCode: code) {
            parts.append("\(catalogue.name(of: place.departement)) (\(code))")
        }
        if let family = filter.legalFamily { parts.append(family) }
        if let naf = filter.nafSection ?? filter.nafDivision ?? filter.nafCode { parts.append("NAF \(naf)") }
        return parts
    }

    static let unicode: Bool = {
        let environment = ProcessEnvironment.values
        let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.uppercased().contains("UTF-8") || locale.uppercased().contains("UTF8")
    }()

    static let terminalHeight: Int = {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row >= 12 {
            return Int(size.ws_row) - 1
        }
        return 24
    }()
}

extension MapGlyphs: ExpressibleByArgument {}
