import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Issue 13: every reader (CSV, JSONL, queue_log, settings, scenarios) on
/// valid files mutated at random — bytes flipped, lines cut, fields doubled,
/// quotes unbalanced, lines swapped — never crashes or hangs, and every row
/// is either counted or named: a file's rejections are no more than its rows,
/// and each rejection it keeps names the file and a line. Seeded, so a
/// failure replays.
@Suite("Reader fuzz")
struct ReaderFuzzTests {
    static let seeds: [String: String] = [
        "events.csv": """
        ts,contact_id,event,channel,queue,agent,first_contact
        2026-11-22T09:00:00Z,c1,arrive,phone,sales,,
        2026-11-22T09:00:10Z,c1,answer,phone,sales,"Ana, B",
        2026-11-22T09:05:10Z,c1,resolve,phone,sales,Ana,true
        2026-11-22T09:01:00Z,c2,arrive,email,"multi
        line",,
        2026-11-22 09:03:00,c2,abandon,email,,,

        """,
        "contacts.jsonl": """
        {"contact_id":"k1","arrived_at":"2026-11-22T08:00:00Z","answered_at":"2026-11-22T08:00:30Z","channel":"chat"}
        {"contact_id":"k2","arrived_at":1795334400,"abandoned_at":1795334460,"queue":"q \\"x\\""}

        """,
        "queue_log": """
        1795338000|q1|support|NONE|ENTERQUEUE||5551234
        1795338012|q1|support|SIP/1|CONNECT|12|q1b|3
        1795338300|q1|support|SIP/1|COMPLETECALLER|12|288|1
        1795338100|q2|support|NONE|ABANDON|1|1|40
        1795338001|NONE|support|SIP/2|PAUSE|Lunch

        """,
        "surveys.csv": "ts,type,score,comment\n2026-11-22T10:00:00Z,csat,5,\"great, \"\"really\"\"\"\n2026-11-22T10:00:00Z,nps,9,\n",
        "costs.csv": "period,category,amount\n2026-11,personnel,80000\n2026-11,technology,20000.5\n",
    ]

    struct Mutator {
        var random: SeededBytes
        mutating func byte() -> UInt8 { random.next() as UInt8 }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : (Int(byte()) << 8 | Int(byte())) % n }

        mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
            var b = bytes
            for _ in 0..<(1 + below(4)) {
                guard !b.isEmpty else { return b }
                switch below(6) {
                case 0: // flip a byte to anything
                    b[below(b.count)] = byte()
                case 1: // cut a line short
                    let at = below(b.count)
                    if let end = b[at...].firstIndex(of: 0x0A) { b.removeSubrange(at..<end) }
                case 2: // double a field (a comma or pipe doubled with what follows)
                    if let at = b.indices.filter({ b[$0] == 0x2C || b[$0] == 0x7C }).randomElement(using: &random) {
                        let end = b[(at + 1)...].firstIndex { $0 == 0x2C || $0 == 0x7C || $0 == 0x0A } ?? b.count
                        b.insert(contentsOf: b[at..<end], at: at)
                    }
                case 3: // unbalance quotes
                    b.insert(0x22, at: below(b.count))
                case 4: // swap two lines
                    var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                    if lines.count > 2 { lines.swapAt(below(lines.count), below(lines.count)) }
                    b = Array(lines.joined(separator: [0x0A]))
                default: // truncate the file anywhere
                    b.removeSubrange(below(b.count)..<b.count)
                }
            }
            return b
        }
    }

    @Test func mutatedDataFilesAreCountedOrNamed() throws {
        var m = Mutator(random: SeededBytes(seed: 20_261_204))
        for round in 0..<60 {
            let dir = try TempDataDir()
            for (name, text) in Self.seeds { try dir.write(name, bytes: m.mutate(Array(text.utf8))) }
            let loaded = try dir.load()
            _ = loaded.report()
            for q in loaded.store.ledger.files {
                #expect(q.rejected <= q.rows, "round \(round): \(q.path) rejected \(q.rejected) of \(q.rows)")
                #expect(q.errors.count <= FileQuality.errorsKept)
                if q.rejected > 0 || q.unreadable { #expect(!q.errors.isEmpty, "round \(round): \(q.path) silent") }
                for e in q.errors {
                    #expect(e.hasPrefix(q.path + ":"), "round \(round): \(e)")
                    #expect(!e.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
                }
            }
        }
    }

    @Test func mutatedSettingsAndScenariosAreReadOrRefusedWithTheirPath() throws {
        let settingsText = (try? String(contentsOfFile: Self.sampleSettingsPath, encoding: .utf8)) ?? "[queue]\nservice_level_seconds = 20\n"
        let settings = Array(settingsText.utf8)
        let scenario = Array("# Tablero what-if scenario\npersonnel = 10\nretention = 1.5\nagents = 2\n".utf8)
        var m = Mutator(random: SeededBytes(seed: 77))
        for _ in 0..<600 {
            let text = String(decoding: m.mutate(Array(settings)), as: UTF8.self)
            do {
                _ = try SettingsLoader.parse(text, path: "tablero.toml")
            } catch {
                #expect("\(error)".hasPrefix("tablero.toml"), "\(error)")
            }
            let sText = String(decoding: m.mutate(scenario), as: UTF8.self)
            do {
                _ = try ScenarioFileFormat.parse(sText, path: "scenarios/x.toml", agents: 10)
            } catch {
                #expect("\(error)".hasPrefix("scenarios/x.toml"), "\(error)")
            }
        }
    }

    /// sample-data/tablero.toml, from the package root (the test's working directory).
    static var sampleSettingsPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sample-data/tablero.toml").path
    }
}

extension SeededBytes: RandomNumberGenerator {
    mutating func next() -> UInt64 {
        var v: UInt64 = 0
        for _ in 0..<8 { v = v << 8 | UInt64(next() as UInt8) }
        return v
    }
}

/// What the fuzz test found: inputs on which TOMLKit's parser aborted the
/// process (an assertion, also in release builds) instead of giving an
/// error. Each is now a settings error on its line.
@Suite("TOML inputs that used to abort")
struct TOMLAbortRegressionTests {
    @Test(arguments: [
        ("[\u{FFFD}atisfaction]\n", 1, "a table header needs a name"),
        ("[general]\ncurr\u{E9}ncy = \"USD\"\n", 2, "a character outside quotes"),
        ("[queue]\nservice_level_seconds = 20\n[\n", 3, "a table header needs a name"),
        ("[=]\n", 1, "a table header needs a name"),
        ("[ # note\n", 1, "a table header needs a name"),
        ("[[\n", 1, "a table header needs a name"),
    ])
    func aborted(_ text: String, line: Int, reason: String) {
        do {
            _ = try SettingsLoader.parse(text, path: "tablero.toml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect("\(error)".hasPrefix("tablero.toml:\(line): \(reason)"), "\(error)")
        }
    }

    @Test func arraysOverSeveralLinesAndUnicodeInStringsAreFine() throws {
        let s = try SettingsLoader.parse("[general]\ncurrency = \"€\" # euro ✓\n[queue]\nlive_channels = [\n  \"phone\",\n  \"chat\",\n]\n", path: "t")
        #expect(s.queue.liveChannels == ["phone", "chat"])
        #expect(s.general.currency == "€")
    }
}
