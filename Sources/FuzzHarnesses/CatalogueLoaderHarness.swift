import ESSModel
import TerminalGrid

/// The catalogue loader on any bytes, as one YAML file beside a small valid one (so ids it
/// refers to can resolve and duplicates across files can happen).
///
/// Whatever the input: no crash, no hang; either a whole catalogue that exports as JSON, can
/// be searched and has a page for every record, or at least one diagnostic, each located at a
/// 1-based line and column of one of the two files, with a message that stays on one line once
/// sanitised for the terminal.
extension FuzzHarness {
    public static let catalogueLoader = FuzzHarness(name: "catalogue-loader", seedCorpus: ["seeds"],
                                                    run: CatalogueLoaderHarness.run)
}

enum CatalogueLoaderHarness {
    static let base = CatalogueFile(path: "base.yaml", contents: """
        sources:
          - id: doc
            title: Un document
            file: 000_doc.txt
        territories:
          - id: france
            name: France
            level: france
          - id: region-a
            name: Région A
            level: region
            parent: france
        """)

    static func run(_ bytes: [UInt8]) {
        let files = [base, CatalogueFile(path: "fuzz.yaml", bytes: bytes)]
        switch CatalogueLoader.load(files: files) {
        case .success(let catalogue):
            precondition(JSONOutput.encode(catalogue.json()) != "null", "the loaded catalogue does not encode as JSON")
            _ = catalogue.search("a e")
            for id in catalogue.allIDs {
                for language in [Language.fr, .en] {
                    precondition(catalogue.page(for: id, language: language) != nil, "no page for loaded record \(id)")
                }
            }
        case .failure(let errors):
            precondition(!errors.diagnostics.isEmpty, "a failed load without a diagnostic")
            for diagnostic in errors.diagnostics {
                let location = diagnostic.location
                precondition(location.file == "fuzz.yaml" || location.file == "base.yaml", "diagnostic in \(location.file)")
                precondition(location.line >= 1 && location.column >= 1, "diagnostic at \(location)")
                precondition(!diagnostic.message.isEmpty, "empty diagnostic at \(location)")
                let shown = TerminalText.sanitize(diagnostic.message)
                precondition(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) },
                             "control character left in a sanitised message")
            }
        }
    }
}
