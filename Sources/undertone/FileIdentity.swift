import Foundation

/// Which file a path names (device and inode, as `stat(2)` gives them), so two spellings of one file
/// (`call.jsonl`, `./call.jsonl`, a symbolic link) compare equal; nil for a path that names nothing yet.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
