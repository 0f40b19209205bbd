import Testing
import TableroCore
@testable import TableroIngest

/// Issue 11: a chunk's plain rows are read in one pass (`PlainEventRow`),
/// every other row by the general reader. A chunk read with the shortcut
/// must give the batch the general reader alone gives: the same rows,
/// hashes, names, rejections with their reasons and lines, and the same
/// place where it stopped, whatever each field holds.
@Suite("Plain events rows")
struct PlainEventRowTests {
    private struct Read: Equatable {
        var rows: [String] = []
        var hashes: [UInt64] = []
        var longIDs: [String] = []
        var rejected: [String] = []
        var names: [String] = []
        var lines = 0
        var unconsumed = 0
    }

    private let columns = Array(0..<7)

    private func read(_ text: [UInt8], final: Bool, plainRows: Bool, clock: ZoneClock = .utc) -> Read {
        var bytes = text
        return bytes.withUnsafeMutableBufferPointer { chunk in
            let quoteFree = CSVScanner.quoteFree(UnsafeBufferPointer(chunk))
            let batch = EventChunkParser.parse(chunk, columnMap: columns, clock: clock, final: final, quoteFree: quoteFree,
                                               plainRows: plainRows)
            return Read(rows: batch.rows.map { "\($0.line) \($0.time) \($0.key) \($0.longID) \($0.kind) \(String(describing: $0.firstContact)) \($0.channel) \($0.queue) \($0.agent)" },
                        hashes: batch.hashes, longIDs: batch.longIDs,
                        rejected: batch.rejected.map { "\($0.before) \($0.line) \($0.reason)" },
                        names: batch.names.texts, lines: batch.lines, unconsumed: batch.unconsumed)
        }
    }

    /// Each field's spellings: plain ones, and ones that differ from a plain
    /// one by what the shortcut must leave to the general reader.
    private let times = ["2026-09-24T04:01:32Z", "2026-09-24T23:59:60Z", "2024-02-29T00:00:00Z", "2026-09-25T00:00:00Z",
                         "2026-02-29T04:01:32Z", "2026-13-01T04:01:32Z", "2026-09-24t04:01:32Z", "2026-09-24T04:01:32z",
                         "2026-09-24 04:01:32Z", "2026-09-24T24:01:32Z", "2026-09-24T04:60:32Z", "2026-09-24T04:01:61Z",
                         "2026-09-24T04:01:32.5Z", "2026-09-24T04:01:32+02:00", "2026-09-24T04:01:32", " 2026-09-24T04:01:32Z",
                         "1969-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "2099-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
                         "1790000000", "", "2026-9-24T04:01:32Z", "2026-09-24T04:0a:32Z", "0000-01-01T00:00:00Z"]
    private let ids = ["C0000001", "C0000002", "c1", "C0000001 ", " C0000001", "\tC9", "", "Ç01", "A-very-long-contact-id-0001",
                       "C0000001C0000001", "C12345678901234", "C1234567", "C12345678"]
    private let kinds = ["arrive", "answer", "abandon", "resolve", "ANSWER", "Resolve", " arrive", "arrive ", "arrived", "", "teleport"]
    private let channels = ["phone", "email", "", " chat ", "Phone", "a-channel-name-longer-than-eight"]
    private let queues = ["sales", "technical", "", "billing ", "\tsales"]
    private let agents = ["", "Priya Romero", "Ana", " Ana", "an agent whose name is longer than sixty-four bytes, which interns apart"]
    private let firsts = ["", "true", "false", "1", "0", "yes", "NO", "maybe", " true", "true\r"]
    private let ends = ["\n", "\r\n", ",\n", ",extra\n", "\r\r\n"]

    @Test("random chunks of plain and near-plain rows: the same batch as the general reader")
    func sameBatchAsGeneral() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func pick<T>(_ options: [T], plainBias: Int) -> T {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            // Mostly the first (plain) spellings, so that runs of plain rows
            // meet the odd one at every place.
            let roll = Int(state % 100)
            return roll < plainBias ? options[Int(state >> 8) % min(2, options.count)] : options[Int(state >> 8) % options.count]
        }
        for round in 0..<3_000 {
            var text = ""
            let rows = 1 + Int(state % 12)
            for _ in 0..<rows {
                let fields = [pick(times, plainBias: 70), pick(ids, plainBias: 70), pick(kinds, plainBias: 70),
                              pick(channels, plainBias: 70), pick(queues, plainBias: 70), pick(agents, plainBias: 70),
                              pick(firsts, plainBias: 70)]
                text += fields.joined(separator: ",") + pick(ends, plainBias: 80)
                if pick([false, false, false, true], plainBias: 0) { text += "\n" } // a blank line
            }
            var bytes = Array(text.utf8)
            // Sometimes cut inside the last row, as a chunk's end may be.
            if pick([false, true], plainBias: 0), bytes.count > 3 { bytes.removeLast(Int(state % 20) % (bytes.count - 1)) }
            for final in [false, true] {
                let general = read(bytes, final: final, plainRows: false)
                let plain = read(bytes, final: final, plainRows: true)
                #expect(plain == general, "round \(round), final \(final): \(text)")
                if plain != general { return }
            }
        }
    }

    @Test("a plain row is read by the shortcut, with the general reader's figures")
    func plainRowIsRead() throws {
        // 2026-09-24 is day 20,720 since 1970-01-01: 20,720 × 86,400
        // + 4 h 1 min 32 s (14,492 s) = 1,790,222,492.
        let text = Array("2026-09-24T04:01:32Z,C0000001,answer,phone,sales,Priya Romero,true\r\n".utf8)
        var bytes = text
        let (after, event, key) = bytes.withUnsafeMutableBufferPointer { chunk -> (Int?, ParsedEvent, ContactKey) in
            var row = PlainEventRow(clock: .utc)
            var names = NameInterner()
            var registry = BatchNames()
            var event = ParsedEvent.none
            let after = row.read(chunk.baseAddress!, at: 0, end: chunk.count, names: &names, registry: &registry, into: &event)
            #expect(registry.texts == ["phone", "sales", "Priya Romero"])
            #expect(row.contactHash == ContactID("C0000001").hash)
            return (after, event, row.contactKey)
        }
        #expect(after == text.count)
        #expect(event.time == 1_790_222_492)
        #expect(key == ContactKey("C0000001"))
        #expect(event.kind == .answer)
        #expect(event.firstContact == true)
    }

    @Test("the four event names in lowercase are read from one load; any other spelling is left to EventsDecoder.kind")
    func lowercaseKinds() {
        let kinds: [(String, ContactEventKind?)] = [("arrive", .arrive), ("answer", .answer), ("abandon", .abandon),
                                                    ("resolve", .resolve), ("Arrive", nil), ("arrivE", nil), ("answe", nil),
                                                    ("abandons", nil), ("resolvE", nil), ("arrivf", nil)]
        for (name, expected) in kinds {
            var bytes = Array((name + ",phone,sales,,\n").utf8)
            let kind = bytes.withUnsafeMutableBufferPointer { PlainEventRow.lowercaseKind($0.baseAddress!, count: name.utf8.count) }
            #expect(kind == expected, "\(name)")
        }
    }

    @Test("a row that is not plain is left whole to the general reader: no name interned")
    func notPlainLeavesNoTrace() {
        for text in ["2026-09-24T04:01:32Z,C1,answer,phone,sales,Ana,maybe\n",
                     "2026-09-24T04:01:32+02:00,C1,answer,phone,sales,Ana,\n",
                     "2026-09-24T04:01:32Z,C1,answer,phone,sales,Ana,,\n",
                     "2026-09-24T04:01:32Z,C1,answer,phone,sales,Ana,"] {
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBufferPointer { chunk in
                var row = PlainEventRow(clock: .utc)
                var names = NameInterner()
                var registry = BatchNames()
                var event = ParsedEvent.none
                #expect(row.read(chunk.baseAddress!, at: 0, end: chunk.count, names: &names, registry: &registry, into: &event) == nil, "\(text)")
                #expect(registry.texts.isEmpty, "\(text)")
            }
        }
    }

    @Test("the standard column order only")
    func columnOrder() {
        #expect(PlainEventRow.applies(to: [0, 1, 2, 3, 4, 5, 6]))
        #expect(!PlainEventRow.applies(to: [1, 0, 2, 3, 4, 5, 6]))
        #expect(!PlainEventRow.applies(to: [0, 1, 2, 3, 4, 5, -1]))
    }
}
