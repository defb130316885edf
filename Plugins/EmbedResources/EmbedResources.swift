import Foundation
import PackagePlugin

/// Builds the files under a target's `Resources` folder into the target as string literals
/// (`EmbeddedResources.files`, written by `resource-embedder`), so the `undertone` binary needs nothing
/// beside it: the built-in lexicons (UndertoneText) and the licence notices (undertone).
///
/// Hidden files, `~` backups (an editor's swap and backup files) and Markdown notes about the files
/// (`SOURCE.md`, `README.md`: for readers of the repository, never read at run time) are left out;
/// symbolic links are followed. The files are listed here, once, and handed to the tool. An edited or
/// added resource file is picked up by the next build; an edit to this plugin is not until the package
/// is planned again (`touch Package.swift`), as SwiftPM 6.3 keeps its build plan.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SwiftSourceModuleTarget else { return [] }
        let folder = module.directoryURL.appending(path: "Resources")
        var inputs: [URL] = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            guard !url.lastPathComponent.hasSuffix("~"), url.pathExtension.lowercased() != "md",
                  FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            inputs.append(url)
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [.buildCommand(displayName: "Embedding \(inputs.count) resource files of \(target.name)",
                              executable: try context.tool(named: "resource-embedder").url,
                              arguments: [folder.path, output.path] + inputs.map(\.path),
                              inputFiles: inputs,
                              outputFiles: [output])]
    }
}
