import ESSModel

/// The curated catalogue of `seeds/`, compiled into the binary by EmbedSeedsPlugin.
public enum BuiltInCatalogue {
    /// Loads the built-in catalogue from its compiled form. The build checked the seed files
    /// with the same loader as `--data` and refused any problem, so a failure here means the
    /// compiled form and this reader disagree (a binary built from mismatched sources).
    public static func load() -> Result<Catalogue, CatalogueErrors> {
        do {
            return .success(try CompiledCatalogue.load(base64: CompiledSeeds.base64))
        } catch {
            return .failure(CatalogueErrors([Diagnostic(
                SourceLocation(file: "built-in catalogue", line: 1, column: 1),
                "the compiled catalogue cannot be read: \(error)",
                hint: "rebuild ess (swift build); use --data seeds to read the YAML files meanwhile")]))
        }
    }
}
