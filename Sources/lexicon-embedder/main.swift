// lexicon-embedder FOLDER OUTPUT.swift
//
// Writes a Swift source file holding every file under FOLDER as a string literal, keyed by its path
// relative to FOLDER ("en/rules.tsv"), so the built-in lexicons travel inside the binary and a
// one-file install works. Run by the EmbedLexicons build-tool plugin; not installed.
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
    FileHandle.standardError.write(Data("lexicon-embedder: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: lexicon-embedder FOLDER OUTPUT.swift") }
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
    fail("cannot list \(folder.path)")
}
var entries: [(key: String, text: String)] = []
for case let url as URL in walker {
    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
    let path = url.standardizedFileURL.path
    let key = String(path.dropFirst(folder.path.count + 1))
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    guard let text = String(data: data, encoding: .utf8) else { fail("\(path) is not UTF-8") }
    entries.append((key, text))
}
guard !entries.isEmpty else { fail("no files under \(folder.path)") }
entries.sort { $0.key < $1.key }

var source = """
// Generated at build time by lexicon-embedder (EmbedLexicons plugin) from Sources/UndertoneText/Resources/Lexicons.
// Do not edit: edit the files there.

/// The files of `Resources/Lexicons`, by path relative to it, built into the binary.
enum EmbeddedLexicons {
    static let files: [String: String] = [

"""
for entry in entries {
    source += "        \"\(escaped(entry.key))\": \"\(escaped(entry.text))\",\n"
}
source += "    ]\n}\n"

// Rewrite only on change, so an unchanged lexicon does not recompile the module.
if FileManager.default.contents(atPath: output.path) != Data(source.utf8) {
    do {
        try Data(source.utf8).write(to: output, options: .atomic)
    } catch {
        fail("cannot write \(output.path): \(error.localizedDescription)")
    }
}
