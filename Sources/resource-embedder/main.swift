// resource-embedder FOLDER OUTPUT.swift FILE...
//
// Writes a Swift source file holding each FILE (under FOLDER) as a string literal, keyed by its path
// relative to FOLDER ("Lexicons/en/rules.tsv"). Run by the EmbedResources build-tool plugin, which lists
// the files; not installed.
import Foundation

/// `text` as the body of a Swift string literal: quotes, backslashes and control characters escaped.
func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\"": out += "\\\""
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("resource-embedder: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else { fail("usage: resource-embedder FOLDER OUTPUT.swift FILE...") }
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path + "/"
let output = URL(fileURLWithPath: arguments[2])

var entries: [(key: String, text: String)] = []
var keys = Set<String>()
for path in arguments[3...].map({ URL(fileURLWithPath: $0).standardizedFileURL.path }) {
    guard path.hasPrefix(folder) else { fail("\(path) is not under \(folder)") }
    let key = String(path.dropFirst(folder.count))
    // Swift compares strings by canonical equivalence: two names differing only in Unicode normalisation
    // would be one dictionary key, and a duplicate key in a literal stops the program at its first use.
    guard keys.insert(key).inserted else { fail("two files are both named '\(key)' (they differ only in Unicode normalisation)") }
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    // Decoding drops a leading byte-order mark, as `TextFile.read` does for files read at run time.
    guard let text = String(data: data, encoding: .utf8) else { fail("\(path) is not UTF-8") }
    entries.append((key, text))
}
entries.sort { $0.key < $1.key }

var source = """
// Generated at build time by resource-embedder (EmbedResources plugin) from \(URL(fileURLWithPath: folder).deletingLastPathComponent().lastPathComponent)/Resources.
// Do not edit: edit the files there.

/// The files of this target's `Resources` folder, by path relative to it, built into the binary.
enum EmbeddedResources {
    static let files: [String: String] = [

"""
for entry in entries {
    source += "        \"\(escaped(entry.key))\": \"\(escaped(entry.text))\",\n"
}
source += """
    ]

    /// The licence files among them (a name containing "LICENSE"), by path, in path order.
    static var licenceNotices: [(path: String, text: String)] {
        files.filter { $0.key.split(separator: "/").last?.contains("LICENSE") == true }
            .sorted { $0.key < $1.key }.map { (path: $0.key, text: $0.value) }
    }
}

"""

// Rewrite only on change, so unchanged resources do not recompile the module.
if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
    do {
        try Data(source.utf8).write(to: output, options: .atomic)
    } catch {
        fail("cannot write \(output.path): \(error.localizedDescription)")
    }
}
