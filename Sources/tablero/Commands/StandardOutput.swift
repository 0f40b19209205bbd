import Foundation

/// Writes a command's output to standard output and says so when it fails:
/// `report --json > /dev/full` used to exit 0 with nothing on stderr, since
/// `print` buffers and drops the error at exit. A failed write is one line
/// on stderr and exit code 2.
enum StandardOutput {
    static func write(_ text: String) throws {
        var bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(1, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CommandFailure(message: "cannot write to standard output: \(String(cString: strerror(errno)))")
            }
            done += n
        }
        bytes.removeAll()
    }
}
