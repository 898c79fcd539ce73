import ESSModel

/// The curated catalogue of `seeds/`, compiled into the binary by EmbedSeedsPlugin.
public enum BuiltInCatalogue {
    /// The embedded files, named as they are under `seeds/`.
    public static var files: [CatalogueFile] {
        BuiltInSeeds.files.map { CatalogueFile(path: "seeds/" + $0.path, contents: $0.contents) }
    }

    /// Loads the built-in catalogue. It is checked by the test suite, so failing here means the
    /// binary was built from a broken `seeds/` folder; the errors say where.
    /// With `documents`, every evidence locator is also checked against the source documents.
    public static func load(documents: SourceDocuments? = nil) -> Result<Catalogue, CatalogueErrors> {
        CatalogueLoader.load(files: files, documents: documents)
    }
}
