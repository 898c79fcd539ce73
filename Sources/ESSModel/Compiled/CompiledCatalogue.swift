/// A catalogue compiled at build time: its records in the compact binary form, so that a
/// start reads bytes instead of parsing YAML. The build compiles it with the same loader as
/// `--data` and `ess validate` (`compile(_:)`), so an invalid seed file fails the build.
public enum CompiledCatalogue {
    /// Loads YAML files, checks them as any catalogue is checked, and returns the compact form
    /// of their records; or every problem, located, when they do not load.
    public static func compile(_ files: [CatalogueFile]) -> Result<[UInt8], CatalogueErrors> {
        CatalogueLoader.load(files: files).flatMap { catalogue in
            let bytes: [UInt8]
            do {
                bytes = try CompactEncoder().encode(catalogue.contents)
            } catch {
                return .failure(compilerFailure("cannot write the compact form: \(error)"))
            }
            // The binary only ever holds what its readers read back equal.
            do {
                guard try CatalogueContents(compactForm: bytes) == catalogue.contents else {
                    return .failure(compilerFailure("the compact form does not read back equal to the catalogue"))
                }
            } catch {
                return .failure(compilerFailure("the compact form does not read back: \(error)"))
            }
            return .success(bytes)
        }
    }

    /// `compile(_:)`'s bytes as base64 text, for a Swift string literal (which must be UTF-8).
    public static func base64(_ bytes: [UInt8]) -> String { Base64.encode(bytes) }

    /// The catalogue of compiled bytes written as base64 in a string literal.
    public static func load(base64 literal: StaticString) throws -> Catalogue {
        let text = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        guard let bytes = Base64.decode(text) else {
            throw CompactValue.corrupt("the compiled catalogue is not base64")
        }
        return Catalogue(ordered: try bytes.withUnsafeBytes { try CatalogueContents(compactForm: $0) })
    }

    private static func compilerFailure(_ message: String) -> CatalogueErrors {
        CatalogueErrors([Diagnostic(SourceLocation(file: "seeds", line: 1, column: 1), message,
                                    hint: "each record type's reader in CompactRecords.swift must read every field its Encodable conformance writes")])
    }
}
