import Foundation

/// Why a read failed: the errno of the call, kept as a value so each caller
/// words its own message.
public struct ReadError: Error, Equatable {
    public var code: Int32
    public var reason: String { String(cString: strerror(code)) }
}

/// Reads until `destination` is full or the file ends: `pread` at `offset`,
/// or `read` at the descriptor's position when `offset` is nil (a pipe or a
/// file opened just now). A regular file usually gives everything at once;
/// the loop covers signals and short reads. Returns the bytes read (fewer
/// than asked only at the end of the file), or the failed call's errno.
///
/// The one read loop of Ingest (the cursor's chunks, a fingerprint's bytes,
/// a scenario file) and of the demo (the head and tail of a sample file).
func readFully(_ fd: Int32, into destination: UnsafeMutableRawBufferPointer, at offset: Int?) -> Result<Int, ReadError> {
    var got = 0
    while got < destination.count {
        let start = destination.baseAddress! + got
        let n = offset.map { pread(fd, start, destination.count - got, off_t($0 + got)) }
            ?? read(fd, start, destination.count - got)
        if n < 0 {
            if errno == EINTR { continue }
            return .failure(ReadError(code: errno))
        }
        if n == 0 { break }
        got += n
    }
    return .success(got)
}

/// Up to `limit` bytes at `offset` (nil: the descriptor's position); fewer
/// when the file ends first.
public func readUpTo(_ fd: Int32, limit: Int, at offset: Int?) -> Result<[UInt8], ReadError> {
    // Not zeroed first: the 64 KiB a binary check reads of each file, and
    // a file's start and end before a load, were 7 % of the dashboard's
    // first load of 1,200 files in `memset` (issue 11).
    var result: Result<Int, ReadError> = .success(0)
    let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
        result = readFully(fd, into: UnsafeMutableRawBufferPointer(buffer), at: offset)
        count = (try? result.get()) ?? 0
    }
    return result.map { _ in bytes }
}

/// Exactly `count` bytes at `offset`, or nil when the file holds fewer or
/// cannot be read.
func readExactly(_ fd: Int32, count: Int, at offset: Int) -> [UInt8]? {
    guard case .success(let bytes) = readUpTo(fd, limit: count, at: offset), bytes.count == count else { return nil }
    return bytes
}
