import ArgumentParser
import ESSModel

/// `ess path FROM TO`: the shortest chain of links between two records.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        _superCommandName: "ess",
        abstract: "The shortest chain of links between two records.",
        discussion: """
            Links are followed in both directions; territories and sources are not used as steps.
            Example: ess path samuel-jabrin loire-active
            """)

    @Argument(help: ArgumentHelp("Where the chain starts (id, name or acronym).", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("Where it ends (id, name or acronym).", valueName: "to"))
    var to: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogueOptions: CatalogueOptions


    func run() throws {
        let catalogue = try catalogueOptions.loadCatalogue()
        let start = try resolve(from, in: catalogue), goal = try resolve(to, in: catalogue)
        let language = output.language
        guard let steps = catalogue.shortestPath(from: start, to: goal) else {
            Console.error(language == .fr
                ? "ess: aucun chemin de liens entre '\(start)' et '\(goal)'"
                : "ess: no chain of links between '\(start)' and '\(goal)'")
            throw ExitCode(1)
        }
        if output.format == .json {
            struct StepJSON: Encodable { var from: String; var to: String; var role: String; var direction: String; var label: String }
            Console.printRaw(JSONOutput.encode(steps.map {
                StepJSON(from: $0.from.rawValue, to: $0.to.rawValue, role: $0.relation.name, direction: $0.direction.rawValue,
                         label: $0.relation.label($0.direction)(language))
            }))
            return
        }
        Console.print(Console.styled(Console.safe(catalogue.name(of: start)), .bold) + Console.styled("  [\(start)]", .dim))
        for step in steps {
            let label = step.relation.label(step.direction)(language)
            Console.print("  └─ " + Console.styled(Console.safe(label), .accent) + " → "
                + Console.styled(Console.safe(catalogue.name(of: step.to)), .bold) + Console.styled("  [\(step.to)]", .dim))
        }
        let count = steps.count
        Console.print(Console.styled(language == .fr ? "\(count) lien\(count > 1 ? "s" : "")" : "\(count) link\(count == 1 ? "" : "s")", .dim))
    }

    private func resolve(_ text: String, in catalogue: Catalogue) throws -> RecordID {
        switch catalogue.lookup(text) {
        case .success(let record): return record.id
        case .failure(let error): throw fail(error)
        }
    }
}
