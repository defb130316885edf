import Foundation
import PackagePlugin

/// Builds the files of a target's `Resources/Lexicons` folder into it as string literals
/// (`EmbeddedLexicons.files`, written by `lexicon-embedder`), so the `undertone` binary needs no
/// resource folder beside it.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SwiftSourceModuleTarget else { return [] }
        let folder = module.directoryURL.appending(path: "Resources/Lexicons")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let url as URL in walker {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    inputs.append(url)
                }
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        return [.buildCommand(displayName: "Embedding \(inputs.count) lexicon files of \(target.name)",
                              executable: try context.tool(named: "lexicon-embedder").url,
                              arguments: [folder.path, output.path],
                              inputFiles: inputs.sorted { $0.path < $1.path },
                              outputFiles: [output])]
    }
}
