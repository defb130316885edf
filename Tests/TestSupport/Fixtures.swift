import Foundation

/// Paths to the repository's audio fixtures (made by Tools/make_fixtures.sh) and scratch files.
public enum Fixtures {
    /// The repository root, found from this file's path.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func audio(_ name: String) -> String {
        root.appendingPathComponent("Audio-fixtures").appendingPathComponent(name).path
    }

    /// A fresh empty directory for files a test writes.
    public static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("undertone-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
