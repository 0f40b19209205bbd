import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// The hand-written RFC 4180 scanner on its own, fed whole and in pieces.
@Suite("CSV scanner")
struct CSVScannerTests {
    static let tricky = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\"\"\n\nlast,row,\"end\""

    static let trickyRecords = [
        ScannedRecord(line: 1, fields: ["a", "b,c", "say \"hi\""]),
        ScannedRecord(line: 2, fields: ["two\nlines", "x", ""]),
        ScannedRecord(line: 4, fields: [""]),
        ScannedRecord(line: 5, fields: ["last", "row", "end"]),
    ]

    @Test func quotedCommasQuotesAndLineBreaks() {
        #expect(scanCSV(Self.tricky) == Self.trickyRecords)
    }

    @Test func everySplitPointGivesTheSameRecords() {
        let bytes = Array(Self.tricky.utf8)
        for cut in 1..<bytes.count {
            let got = scanCSV(bytes, cuts: [cut])
            #expect(got == Self.trickyRecords, "split at byte \(cut)")
        }
    }

    @Test func byteAtATimeGivesTheSameRecords() {
        let bytes = Array(Self.tricky.utf8)
        #expect(scanCSV(bytes, cuts: Array(1..<bytes.count)) == Self.trickyRecords)
    }

    @Test func crlfIsStrippedFromTheLastField() {
        #expect(scanCSV("a,b\r\nc,d\r\n") == [
            ScannedRecord(line: 1, fields: ["a", "b"]),
            ScannedRecord(line: 2, fields: ["c", "d"]),
        ])
        // A quoted last field followed by CRLF.
        #expect(scanCSV("a,\"b\"\r\n") == [ScannedRecord(line: 1, fields: ["a", "b"])])
    }

    @Test func lastLineWithoutNewlineCountsAtEnd() {
        #expect(scanCSV("a,b\nc,d") == [
            ScannedRecord(line: 1, fields: ["a", "b"]),
            ScannedRecord(line: 2, fields: ["c", "d"]),
        ])
    }

    @Test func incompleteLastRecordWaitsUntilFinal() {
        var scanner = CSVScanner()
        var bytes = Array("a,b\nc,d".utf8)
        var seen: [Int] = []
        let consumed = bytes.withUnsafeMutableBufferPointer { buf -> Int in
            var pos = 0
            while let outcome = scanner.next(buf, pos: &pos, final: false, maxRecordBytes: 1 << 20) {
                if case .record(let line) = outcome { seen.append(line) }
            }
            return pos
        }
        #expect(seen == [1])
        #expect(consumed == 4) // "c,d" stays for the next feed
    }

    @Test func closingQuoteAtTheEndOfAFeedWaitsForTheNextByte() {
        // `"a"` then `"b"`: the quote at the end of the first piece could
        // open a `""` pair, so the scanner must not close the field yet.
        let text = "\"a\"\"b\",c\n"
        #expect(scanCSV(text, cuts: [3]) == [ScannedRecord(line: 1, fields: ["a\"b", "c"])])
    }

    @Test func unterminatedQuoteIsReportedOnItsLineAndTheRestIsRead() {
        let text = "x,y\n1,\"open\n2,two\n3,three\n"
        let got = scanCSV(text)
        #expect(got == [
            ScannedRecord(line: 1, fields: ["x", "y"]),
            ScannedRecord(line: 2, fields: [], bad: "unterminated quoted field"),
            ScannedRecord(line: 3, fields: ["2", "two"]),
            ScannedRecord(line: 4, fields: ["3", "three"]),
        ])
        // The same when the bytes come in pieces.
        #expect(scanCSV(Array(text.utf8), cuts: [5, 9, 14]) == got)
    }

    @Test func textAfterAClosingQuoteIsKept() {
        #expect(scanCSV("\"a\"b,c\n") == [ScannedRecord(line: 1, fields: ["ab", "c"])])
    }

    @Test func aMegabyteFieldAcrossManyFeeds() {
        let big = String(repeating: "x, \"y\"\n", count: 150_000) // 1,050,000 characters
        let escaped = big.replacingOccurrences(of: "\"", with: "\"\"")
        let text = "before\n1,\"\(escaped)\",after\nnext,row\n"
        let bytes = Array(text.utf8)
        let got = scanCSV(bytes, cuts: stride(from: 65_536, to: bytes.count, by: 65_536).map { $0 })
        #expect(got.count == 3)
        #expect(got[1].line == 2)
        #expect(got[1].fields.count == 3)
        #expect(got[1].fields[1] == big)
        #expect(got[1].fields[2] == "after")
        #expect(got[2] == ScannedRecord(line: 150_003, fields: ["next", "row"]))
    }

    @Test func recordLongerThanTheLimitIsRejectedAndScanningGoesOn() {
        let long = String(repeating: "z", count: 5000)
        let text = "a\n\"\(long)\nb\nc\n"
        // The limit only applies while the record is incomplete (not final).
        var scanner = CSVScanner()
        var bytes = Array(text.utf8)
        var got: [String] = []
        bytes.withUnsafeMutableBufferPointer { buf in
            var pos = 0
            while let outcome = scanner.next(buf, pos: &pos, final: false, maxRecordBytes: 1000) {
                switch outcome {
                case .record(let line): got.append("\(line):" + scanner.field(0, in: buf.baseAddress!).string)
                case .bad(let line, _): got.append("\(line):bad")
                }
            }
        }
        #expect(got == ["1:a", "2:bad", "3:b", "4:c"])
    }

    @Test func theRestOfATooLongLineInTheNextFeedIsDropped() {
        let text = "a\n" + String(repeating: "z", count: 5000) + "\nb\nc\n"
        let got = scanCSV(Array(text.utf8), cuts: [3000], maxRecordBytes: 1000)
        #expect(got == [
            ScannedRecord(line: 1, fields: ["a"]),
            ScannedRecord(line: 2, fields: [], bad: "record longer than 0 MiB"),
            ScannedRecord(line: 3, fields: ["b"]),
            ScannedRecord(line: 4, fields: ["c"]),
        ])
    }

    @Test func lineSplitterDropsTheRestOfATooLongLine() {
        var splitter = LineSplitter()
        var got: [String] = []
        let bytes = Array(("one\n" + String(repeating: "z", count: 5000) + "\ntwo\r\nthree").utf8)
        var pending: [UInt8] = []
        for (k, piece) in [bytes[0..<3000], bytes[3000..<4000], bytes[4000...]].enumerated() {
            pending += piece
            let final = k == 2
            let consumed = pending.withUnsafeMutableBufferPointer { buf in
                splitter.lines(buf, final: final, maxLineBytes: 1000, { line, n in
                    got.append("\(n):\(line.string)")
                }, tooLong: { n in got.append("\(n):too long") })
            }
            pending.removeFirst(consumed)
        }
        #expect(got == ["1:one", "2:too long", "3:two", "4:three"])
    }
}
