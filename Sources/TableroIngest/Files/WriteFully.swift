import Foundation

/// `write` until every byte is out (a regular file takes it all at once; the
/// loop covers signals and short writes). Returns nil, or the errno of the
/// write that failed, for the caller to turn into its own error.
public func writeFully(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    bytes.withUnsafeBytes { raw -> Int32? in
        var done = 0
        while done < raw.count {
            let n = write(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += n
        }
        return nil
    }
}
