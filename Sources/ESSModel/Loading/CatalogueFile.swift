import Foundation

/// One YAML file of a catalogue, as bytes, with the path shown in messages.
public struct CatalogueFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }

    /// The text, or a diagnostic at the first byte that is not UTF-8.
    func text() -> Result<String, Diagnostic> {
        // Valid files, the usual case, are decoded in one validating pass by the standard library;
        // only a file that fails it is walked scalar by scalar to say where.
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        var scalars = String.UnicodeScalarView()
        while true {
            let before = offset
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return .success(String(scalars))
            case .error:
                return .failure(Diagnostic(
                    SourceLocation(file: path, line: line, column: column),
                    "invalid UTF-8 at byte offset \(before) (byte 0x\(String(bytes[before], radix: 16)))",
                    hint: "save the file as UTF-8; the text must not contain bytes from another encoding"))
            }
        }
    }
}

/// Reads the `*.yaml` files of a folder, recursively, in path order.
public enum CatalogueFolder {
    /// The files, or diagnostics for a missing or empty folder, unreadable files and symlink loops.
    public static func read(_ directory: URL) -> Result<[CatalogueFile], CatalogueErrors> {
        let root = directory.standardizedFileURL
        let rootLocation = SourceLocation(file: directory.path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            return .failure(CatalogueErrors([Diagnostic(rootLocation, "no such folder",
                hint: "give the folder that holds the catalogue's .yaml files (--data DIR or ESS_DATA)")]))
        }
        guard isDirectory.boolValue else {
            return .failure(CatalogueErrors([Diagnostic(rootLocation, "not a folder",
                hint: "give the folder that holds the catalogue's .yaml files, not a file")]))
        }
        var files: [CatalogueFile] = []
        var problems: [Diagnostic] = []
        var read: [String: String] = [:]
        walk(root, display: directory.path, ancestors: [], read: &read, files: &files, problems: &problems)
        if files.isEmpty && problems.isEmpty {
            problems.append(Diagnostic(rootLocation, "no .yaml files in this folder",
                hint: "a catalogue is a folder of .yaml files; see docs/catalogue.md"))
        }
        return problems.isEmpty ? .success(files) : .failure(CatalogueErrors(problems))
    }

    /// Reads `folder` and below. `ancestors` are the real paths of the folders being read
    /// around it (a link to one of them is a loop); `read` maps every real folder read so far
    /// to where it was shown (a second link to one would read its records twice).
    private static func walk(_ folder: URL, display: String, ancestors: Set<String>, read: inout [String: String],
                             files: inout [CatalogueFile], problems: inout [Diagnostic]) {
        let real = folder.resolvingSymlinksInPath().path
        if ancestors.contains(real) {
            problems.append(Diagnostic(SourceLocation(file: display, line: 1, column: 1),
                "symbolic link loop: this folder is already being read",
                hint: "remove the link that points back into the catalogue"))
            return
        }
        if let first = read[real] {
            problems.append(Diagnostic(SourceLocation(file: display, line: 1, column: 1),
                "this folder was already read as \(first)",
                hint: "remove one of the links to it, or every record in it would be defined twice"))
            return
        }
        read[real] = display
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            problems.append(Diagnostic(SourceLocation(file: display, line: 1, column: 1), "cannot read folder",
                hint: "check its permissions"))
            return
        }
        for name in entries where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let shown = display + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                problems.append(Diagnostic(SourceLocation(file: shown, line: 1, column: 1),
                    "broken symbolic link or unreadable entry", hint: "remove it or fix its target"))
                continue
            }
            if isDirectory.boolValue {
                walk(url, display: shown, ancestors: ancestors.union([real]), read: &read, files: &files, problems: &problems)
            } else if url.pathExtension == "yaml" || url.pathExtension == "yml" {
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    problems.append(Diagnostic(SourceLocation(file: shown, line: 1, column: 1), "cannot read file",
                        hint: "check its permissions"))
                    continue
                }
                files.append(CatalogueFile(path: shown, bytes: [UInt8](data)))
            }
        }
    }
}
