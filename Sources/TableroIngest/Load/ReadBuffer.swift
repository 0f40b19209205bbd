/// The bytes a cursor reads into, shared by every cursor of a load or of a
/// followed directory: only one file is read at a time, so one buffer is
/// enough, where a buffer per cursor cost 1 MiB per followed file (2,000
/// files took 2 GB). Between reads a cursor keeps only the incomplete
/// record at its end.
///
/// A class, so the cursors borrow it rather than copy it.
public final class ReadBuffer {
    var bytes: [UInt8]

    public init() {
        bytes = [UInt8](repeating: 0, count: FileCursor.chunkSize)
    }

    /// Room for `count` bytes, doubling (a record larger than the buffer).
    func reserve(_ count: Int) {
        guard count > bytes.count else { return }
        bytes.append(contentsOf: repeatElement(0, count: max(count, bytes.count * 2) - bytes.count))
    }

    /// Gives back memory a huge record needed, once it is gone.
    func shrink() {
        if bytes.count > FileCursor.chunkSize * 2 { bytes = [UInt8](repeating: 0, count: FileCursor.chunkSize) }
    }
}
