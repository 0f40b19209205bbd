import Foundation

/// Replaces a file so that a reader sees the old version or the new one,
/// never half of either, even across a crash or power loss: write a temporary
/// file in the same directory, fsync it, rename it over the target (atomic
/// within one file system), then fsync the directory so the rename itself is
/// on disk.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `bytes` to `directory/name` through `directory/tempName` and
    /// returns the fingerprint of what was written.
    static func write(_ bytes: [UInt8], directory: String, name: String, tempName: String) throws -> FileFingerprint {
        let target = directory + "/" + name
        let temp = directory + "/" + tempName
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(temp, "cannot be created") }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            if writeFully(fd, bytes) != nil { throw failure(temp, "cannot be written") }
            guard fsync(fd) == 0 else { throw failure(temp, "fsync failed") }
            // Taken before the rename: a rename keeps the inode, size and
            // modification time, so this is the saved file's fingerprint.
            guard let fingerprint = FileFingerprint(descriptor: fd) else { throw failure(temp, "cannot be examined") }
            closed = true
            guard close(fd) == 0 else { throw failure(temp, "cannot be closed") }
            guard rename(temp, target) == 0 else { throw failure(target, "cannot be replaced") }
            try syncDirectory(directory)
            return fingerprint
        } catch {
            unlink(temp)
            throw error
        }
    }

    private static func syncDirectory(_ directory: String) throws {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(directory, "cannot be opened to sync it") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(directory, "fsync failed") }
    }

    private static func failure(_ path: String, _ what: String) -> Failure {
        Failure(description: "\(path): \(what) (\(String(cString: strerror(errno))))")
    }
}
