import Foundation
import Testing
import TableroCore
import TableroIngest
import TableroReport

/// A directory's events split over several files that cover the same days
/// give the figures of one file holding every row, however the files'
/// names sort: read by `report` (one pass and in parallel chunks) and by
/// the dashboard (in slices). The sweep that forgets old contacts made
/// them differ (`MetricsStore+SweepClock`).
@Suite("Events split over files give one file's figures")
struct SplitFilesTests {
    typealias Random = ParallelIngestTests.Random

    static let header = "ts,contact_id,event,channel,queue,agent,first_contact"

    /// 30,000 contacts over 20 days, in time order: each arrives, and is
    /// answered after up to 10 minutes and resolved up to 20 minutes later,
    /// or (one in 40) abandoned; one in 100 is still waiting. A row with
    /// its contact's queue and its time, for splitting.
    static func rows() -> [(time: Int, queue: String, kind: String, line: String)] {
        var r = Random(state: 20_261_207)
        var rows: [(time: Int, queue: String, kind: String, line: String)] = []
        let start = Int(ParallelIngestTests.t0) - 20 * 86_400
        for c in 0..<30_000 {
            let arrive = start + c * 57 + r.below(40)
            let queue = ["sales", "billing", "support"][r.below(3)]
            func row(_ time: Int, _ kind: String, agent: String = "", fc: String = "") {
                rows.append((time, queue, kind, "\(time),c\(c),\(kind),phone,\(queue),\(agent),\(fc)"))
            }
            row(arrive, "arrive")
            if c % 100 == 7 { continue }
            if c % 40 == 3 {
                row(arrive + r.below(600), "abandon")
                continue
            }
            let answer = arrive + r.below(600)
            row(answer, "answer", agent: "Agent \(r.below(12))")
            row(answer + 60 + r.below(1200), "resolve", fc: r.chance(70) ? "true" : "false")
        }
        rows.sort { $0.time < $1.time }
        return rows
    }

    typealias Figures = (json: NSDictionary, orphans: Int, unclosed: Int, held: Int)

    /// The report's JSON without its data-quality part (which names the
    /// files), the orphans and unclosed contacts of every file, and the
    /// contacts the store still holds.
    static func figures(_ store: MetricsStore) throws -> Figures {
        let report = store.report(window: .all, asOf: ParallelIngestTests.t0 + 3600)
        let text = ReportJSON.make(report, clock: store.clock).serialized(pretty: false)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let files = report.dataQuality
        object["data_quality"] = nil
        return (object as NSDictionary, files.reduce(0) { $0 + $1.orphans }, files.reduce(0) { $0 + $1.unclosed },
                store.contactsHeld)
    }

    /// The figures of a directory holding `files`, read by `report` in one
    /// pass and in chunks on 2 cores, and by the dashboard in slices.
    static func read(_ files: [(String, [String])]) throws -> [(String, Figures)] {
        try ParallelIngestTests.inScratchDirectory("tablero-split") { root in
            for (name, lines) in files {
                try Data(([header] + lines).joined(separator: "\n").utf8 + [0x0A]).write(to: URL(fileURLWithPath: root + "/" + name))
            }
            var out: [(String, Figures)] = []
            for threads in [1, 2] {
                let store = try DirectoryLoader.load(root: root, settings: Settings(), cutoff: nil, threads: threads,
                                                     chunkBytes: 64 << 10).store
                out.append(("report, \(threads) threads", try figures(store)))
            }
            var followed = ParallelLiveSliceTests.Followed(root: root, workers: 2, chunkBytes: 64 << 10)
            #expect(followed.refresh(budget: 256 << 10) > 2)
            out.append(("dashboard, in slices", try figures(followed.store)))
            return out
        }
    }

    @Test("a file per queue, arrives and answers apart from resolves, the later half first, rows dealt out in turn, newest first")
    func splitsAgreeWithOneFile() throws {
        let rows = Self.rows()
        let whole = try Self.read([("events.csv", rows.map(\.line))])
        let one = try #require(whole.first?.1)
        // One file: the contacts still waiting at the end are unclosed (1 in
        // 100 of 30,000, less those within 12 h of as-of), and none is an orphan.
        #expect(one.orphans == 0 && one.unclosed > 200)
        for (name, figures) in whole.dropFirst() { #expect(figures.json == one.json, "one file, \(name)") }
        let half = rows.count / 2
        let layouts: [(String, [(String, [String])])] = [
            ("a file per queue", ["billing", "sales", "support"].map { q in ("events-\(q).csv", rows.filter { $0.queue == q }.map(\.line)) }),
            ("telephony and ticketing", [("events-acd.csv", rows.filter { $0.kind != "resolve" }.map(\.line)),
                                         ("events-crm.csv", rows.filter { $0.kind == "resolve" }.map(\.line))]),
            ("the later half first", [("events-a.csv", rows[half...].map(\.line)), ("events-b.csv", rows[..<half].map(\.line))]),
            ("rows dealt out in turn", (0..<3).map { k in ("events-\(k).csv", stride(from: k, to: rows.count, by: 3).map { rows[$0].line }) }),
            ("one file written newest first", [("events.csv", rows.reversed().map(\.line))]),
            ("the resolves exported newest first", [("events-acd.csv", rows.filter { $0.kind != "resolve" }.map(\.line)),
                                                    ("events-crm.csv", rows.filter { $0.kind == "resolve" }.reversed().map(\.line))]),
        ]
        for (layout, files) in layouts {
            for (reader, figures) in try Self.read(files) {
                #expect(figures.orphans == 0 && figures.unclosed == one.unclosed, "\(layout), \(reader)")
                #expect(figures.json == one.json, "\(layout), \(reader)")
                // After the load, the sweeps held back by the files still to
                // come catch up: closed contacts are held 48 h, 3,032 at one
                // per 57 s, with those still waiting up to 12 h and in service.
                #expect(figures.held < 3_500, "\(layout), \(reader): \(figures.held) contacts held")
            }
        }
    }

    @Test("an export written newest first, dropped in while the dashboard runs: the figures of report")
    func exportDroppedInLater() throws {
        // The contacts with even numbers are there from the start, in time
        // order; those with odd numbers come later in one file, newest
        // first, which its own sweeps must not take apart. (An export that
        // continues contacts from the start's files cannot count on them:
        // the dashboard has forgotten them by then, as its memory bounds.)
        let rows = Self.rows()
        func odd(_ line: String) -> Bool { line.split(separator: ",")[1].last.map { Int(String($0))! % 2 == 1 } ?? false }
        try ParallelIngestTests.inScratchDirectory("tablero-split") { root in
            func write(_ name: String, _ lines: [String]) throws {
                try Data(([Self.header] + lines).joined(separator: "\n").utf8 + [0x0A]).write(to: URL(fileURLWithPath: root + "/" + name))
            }
            try write("events-a.csv", rows.map(\.line).filter { !odd($0) })
            var followed = ParallelLiveSliceTests.Followed(root: root, workers: 2, chunkBytes: 64 << 10)
            _ = followed.refresh(budget: 256 << 10)
            try write("events-b.csv", rows.map(\.line).filter(odd).reversed())
            _ = followed.refresh(budget: 256 << 10)
            let store = try DirectoryLoader.load(root: root, settings: Settings(), cutoff: nil, threads: 2).store
            let (live, report) = (try Self.figures(followed.store), try Self.figures(store))
            #expect(live.orphans == 0, "dashboard: \(live.orphans) orphans")
            #expect(report.orphans == 0, "report: \(report.orphans) orphans")
            #expect(live.json == report.json)
        }
    }
}
