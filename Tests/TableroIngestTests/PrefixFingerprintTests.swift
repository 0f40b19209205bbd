import Foundation
import Testing
@testable import TableroIngest

/// A fingerprint keeps its head as the first 4 KiB, then a hash per 4 KiB
/// block (issue 11: 64 KiB per file, 77 MB for 1,200 files). It must
/// compare as the bytes did: these are the cases LiveDirectory acts on.
@Suite struct PrefixFingerprintTests {
    /// 84,000-odd bytes of queue_log text: a head of 64 KiB (one first
    /// block, 15 hashed ones), a middle, and a 4 KiB tail.
    static let bytes = Array(LiveData.calls(0..<700).utf8)

    static func absorbed(_ bytes: [UInt8], pieces: [Int]) -> PrefixFingerprint {
        var print = PrefixFingerprint()
        var at = 0
        var next = 0
        bytes.withUnsafeBytes { all in
            while at < all.count {
                let n = min(pieces[next % pieces.count], all.count - at)
                print.absorb(UnsafeRawBufferPointer(rebasing: all[at..<(at + n)]), at: at)
                at += n
                next += 1
            }
        }
        return print
    }

    /// `print` compared with a file holding `bytes`, as LiveDirectory compares a new file.
    static func compare(_ print: PrefixFingerprint, with bytes: [UInt8]) throws -> PrefixFingerprint.Comparison {
        let dir = try TempDataDir()
        try dir.write("other", bytes: bytes)
        let fd = open(dir.path("other"), O_RDONLY)
        defer { close(fd) }
        return print.compare(fd: fd, size: bytes.count, fileHead: PrefixFingerprint.readHead(fd))
    }

    static func flipped(_ bytes: [UInt8], at position: Int) -> [UInt8] {
        var copy = bytes
        copy[position] ^= 0x20
        return copy
    }

    @Test func piecesOfAnySizeMakeTheSameFingerprint() throws {
        let all = Self.bytes
        #expect(all.count > PrefixFingerprint.headLimit + PrefixFingerprint.tailLimit)
        let whole = Self.absorbed(all, pieces: [all.count])
        #expect(whole.headCount == PrefixFingerprint.headLimit)
        #expect(whole.length == all.count)
        #expect(Self.absorbed(all, pieces: [1, 4095, 4097, 8192, 333]) == whole)
        #expect(Self.absorbed(all, pieces: [7]) == whole)
        let dir = try TempDataDir()
        try dir.write("file", bytes: all)
        let fd = open(dir.path("file"), O_RDONLY)
        defer { close(fd) }
        #expect(PrefixFingerprint.of(fd: fd, length: all.count) == whole)
    }

    @Test func aCopyIsTheSameAndAChangedByteInTheHeadOrTailIsNot() throws {
        let all = Self.bytes
        let print = Self.absorbed(all, pieces: [1000])
        #expect(try Self.compare(print, with: all) == .same)
        #expect(try Self.compare(print, with: all + Array("more\n".utf8)) == .same)
        // The first block, either side of each block's edge, the head's
        // last byte, the tail's first and last.
        for position in [0, 100, 4095, 4096, 8191, 8192, 40_000, 65_535, all.count - 4096, all.count - 1] {
            #expect(try Self.compare(print, with: Self.flipped(all, at: position)) == .different, "byte \(position)")
        }
        // Between the head and the tail nothing is compared, as before.
        #expect(try Self.compare(print, with: Self.flipped(all, at: 65_636)) == .same)
    }

    /// A copy still being written waits, wherever it has got to.
    @Test func aShorterCopyIsAPrefixWhereverItEnds() throws {
        let all = Self.bytes
        let print = Self.absorbed(all, pieces: [4096])
        for n in [0, 1, 4095, 4096, 4097, 6000, 8192, 65_536, 70_000] {
            #expect(try Self.compare(print, with: Array(all[0..<n])) == .prefix, "\(n) bytes")
        }
    }

    @Test func aShorterFileThatDiffersIsDifferentButInsideAHashedBlockItEndsIn() throws {
        let all = Self.bytes
        let print = Self.absorbed(all, pieces: [all.count])
        // In the first block, kept as bytes.
        #expect(try Self.compare(print, with: Self.flipped(Array(all[0..<6000]), at: 3000)) == .different)
        // In a hashed block the file holds whole ([8192, 12288) of 20,000 bytes).
        #expect(try Self.compare(print, with: Self.flipped(Array(all[0..<20_000]), at: 10_000)) == .different)
        // In the hashed block [4096, 8192) that a 6,000-byte file ends in:
        // it cannot be compared, and the file waits as a copy being written
        // (compared again when it changes).
        #expect(try Self.compare(print, with: Self.flipped(Array(all[0..<6000]), at: 5000)) == .prefix)
        // A head that ends in a block not yet complete keeps its bytes: compared exactly.
        let shortPrint = Self.absorbed(Array(all[0..<6500]), pieces: [1000])
        #expect(shortPrint.headCount == 6500)
        #expect(try Self.compare(shortPrint, with: Array(all[0..<6000])) == .prefix)
        #expect(try Self.compare(shortPrint, with: Self.flipped(Array(all[0..<6000]), at: 5000)) == .different)
        #expect(try Self.compare(shortPrint, with: Self.flipped(Array(all[0..<6500]), at: 6499)) == .different)
        #expect(try Self.compare(shortPrint, with: all) == .same)
    }

    /// Whether the file read still holds what was read of it.
    @Test func stillMatchesTheFileItWasReadFrom() throws {
        let all = Self.bytes
        let print = Self.absorbed(all, pieces: [2500])
        let dir = try TempDataDir()
        func matches(_ bytes: [UInt8]) throws -> Bool {
            try dir.write("file", bytes: bytes)
            let fd = open(dir.path("file"), O_RDONLY)
            defer { close(fd) }
            return print.stillMatches(fd: fd)
        }
        #expect(try matches(all))
        #expect(try matches(all + Array("appended\n".utf8)))
        #expect(try !matches(Self.flipped(all, at: 30_000)))
        #expect(try !matches(Self.flipped(all, at: 2000)))
        #expect(try !matches(Self.flipped(all, at: all.count - 10)))
        #expect(try matches(Self.flipped(all, at: 70_000)))  // the middle, not compared
        #expect(try !matches(Array(all[0..<50_000])))
    }

    @Test func sheddingSpareCapacityChangesNothing() throws {
        let some = Array(Self.bytes[0..<5000])
        var print = Self.absorbed(some, pieces: [1])
        let before = print
        print.shedSpareCapacity()
        print.shedSpareCapacity()
        #expect(print == before)
        #expect(try Self.compare(print, with: some) == .same)
        #expect(try Self.compare(print, with: Self.flipped(some, at: 4500)) == .different)
    }
}
