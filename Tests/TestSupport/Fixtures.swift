import Foundation

/// Paths to the repository's audio fixtures (made by Tools/make_fixtures.sh) and scratch files.
public enum Fixtures {
    /// The repository root, found from this file's path.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func audio(_ name: String) -> String {
        root.appendingPathComponent("Audio-fixtures").appendingPathComponent(name).path
    }

    /// Runs `body` with a fresh empty directory for the files it writes, and removes the directory after.
    public static func withScratchDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let scratch = try ScratchDirectory()
        return try withExtendedLifetime(scratch) { try body(scratch.url) }
    }
}

/// A fresh empty directory under the system's temporary folder, removed with its contents when the
/// object goes away: a suite that holds one as a stored property gets a clean directory per test
/// (Swift Testing makes a new suite instance for each test) and leaves nothing behind.
public final class ScratchDirectory: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("undertone-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
