import Foundation

/// The text of the source documents, split into paragraphs, read from the folder the user gives
/// (`--sources DIR` or `ESS_SOURCES`). The documents stay outside the project; this is the one
/// place that reads them, once, at start.
public struct SourceDocuments: Sendable {
    /// The folder as the user gave it, for messages.
    public let folder: String
    private let paragraphsByFile: [String: [String]]

    /// Documents already in memory (tests): file name → text.
    public init(folder: String, texts: [String: String]) {
        self.folder = folder
        paragraphsByFile = texts.mapValues(Self.paragraphs)
    }

    /// Reads every `.txt` file of `folder`, or says why the folder cannot be used.
    public static func read(folder: URL) -> Result<SourceDocuments, SourceDocumentsError> {
        let shown = folder.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            return .failure(SourceDocumentsError(folder: shown, problem: "no such folder"))
        }
        guard isDirectory.boolValue else { return .failure(SourceDocumentsError(folder: shown, problem: "not a folder")) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return .failure(SourceDocumentsError(folder: shown, problem: "cannot read the folder (check its permissions)"))
        }
        var texts: [String: String] = [:]
        for name in names where name.hasSuffix(".txt") {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            // A document saved in another encoding still shows; its odd characters only fail locators.
            texts[name] = String(decoding: data, as: UTF8.self)
        }
        guard !texts.isEmpty else {
            return .failure(SourceDocumentsError(folder: shown, problem: "no .txt documents in this folder"))
        }
        return .success(SourceDocuments(folder: shown, texts: texts))
    }

    /// The paragraphs of a document (its non-blank lines, white space trimmed), or nil when the
    /// folder has no file of that name.
    public func paragraphs(of file: String) -> [String]? { paragraphsByFile[file] }

    public var fileNames: [String] { paragraphsByFile.keys.sorted() }

    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { TextNormalization.trimmed(String($0)) }.filter { !$0.isEmpty }
    }
}

/// A documents folder that cannot be used, said in words a person can act on.
public struct SourceDocumentsError: Error, Sendable, CustomStringConvertible {
    public var folder: String
    public var problem: String

    public var description: String {
        "\(folder): \(problem)\n    hint: give the folder that holds the source documents (the .txt files named in sources.yaml) with --sources DIR or ESS_SOURCES"
    }
}
