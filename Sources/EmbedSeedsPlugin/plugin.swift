import Foundation
import PackagePlugin

/// Turns the YAML files under `seeds/` into a Swift source file of the `ESSSeeds` target, so the
/// catalogue is compiled into the binary and `ess` needs no files beside it.
@main
struct EmbedSeedsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let seeds = context.package.directoryURL.appending(path: "seeds")
        let inputs = yamlFiles(under: seeds)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSeeds.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) catalogue files from seeds/",
                executable: try context.tool(named: "embed-seeds").url,
                arguments: [seeds.path, output.path],
                inputFiles: inputs + [seeds],
                outputFiles: [output]
            )
        ]
    }

    private func yamlFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.path < $1.path }
    }
}
