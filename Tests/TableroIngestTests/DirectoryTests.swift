import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Which files `DataDirectory.list` picks and in which order.
@Suite("data directory")
struct DirectoryTests {
    @Test func kindsByPrefix() throws {
        let names = [
            "events-2026-11.csv", "events.jsonl", "contacts_export.csv", "contacts.jsonl", "queue_log", "queue_log.1",
            "queue_log-20261122", "surveys-nov.csv", "costs.csv", "benefits.jsonl", "customers-2026.csv",
            "tablero.toml", "EVENTS.CSV.bak", "notes.txt", "events.txt", "queue_logger.csv", "README.md", "events.CSV",
        ]
        let dir = try TempDataDir(Dictionary(uniqueKeysWithValues: names.map { ($0, "") }))
        let files = try DataDirectory.list(dir.root)
        let got = files.map { "\($0.path)=\($0.kind.rawValue)" }
        #expect(got == [
            "benefits.jsonl=benefits",
            "contacts.jsonl=contacts",
            "contacts_export.csv=contacts",
            "costs.csv=costs",
            "customers-2026.csv=customers",
            "events-2026-11.csv=events",
            "events.CSV=events",
            "events.jsonl=events",
            // Rotated queue_logs oldest first, the live one last.
            "queue_log.1=queue_log",
            "queue_log-20261122=queue_log",
            "queue_log=queue_log",
            "surveys-nov.csv=surveys",
        ])
        let formats = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.format) })
        #expect(formats["events.jsonl"] == .jsonl)
        #expect(formats["events-2026-11.csv"] == .csv)
        #expect(formats["queue_log.1"] == .queueLog)
    }

    @Test func classify() {
        #expect(FileKind.classify("tablero.toml")! == (.settings, .toml))
        #expect(FileKind.classify("events.csv")! == (.events, .csv))
        #expect(FileKind.classify("queue_log-20261122")! == (.queueLog, .queueLog))
        #expect(FileKind.classify("queue_log") != nil)
        for ignored in ["events.csv~", ".events.csv.swp", "events.csv.swp", ".hidden.csv", ".events.csv", "#events.csv#",
                        "queue_log~", "queue_logx", "x-events.csv", "events", "events.json", "events.csv.gz"] {
            #expect(FileKind.classify(ignored) == nil, "\(ignored)")
        }
    }

    @Test func hiddenFilesAndEditorBackupsAreIgnored() throws {
        let dir = try TempDataDir([
            "events.csv": "", "events.csv~": "", ".events.csv.swp": "", ".x.swp": "", ".hidden-events.csv": "",
            "queue_log~": "", ".queue_log": "", "surveys.csv.swp": "",
        ])
        #expect(try DataDirectory.list(dir.root).map(\.path) == ["events.csv"])
    }

    @Test func oneLevelOfSubDirectoriesIsReadSortedByPath() throws {
        let dir = try TempDataDir([
            "zeta.csv": "",
            "events-b.csv": "",
            "archive/events-a.csv": "",
            "archive/queue_log.3": "",
            "archive/notes.txt": "",
            "archive/.events.csv.swp": "",
            "archive/tablero.toml": "",
            "archive/deeper/events.csv": "",
            ".git/events.csv": "",
            "2025/costs.csv": "",
            "events-a.csv": "",
        ])
        let paths = try DataDirectory.list(dir.root).map(\.path)
        #expect(paths == ["2025/costs.csv", "archive/events-a.csv", "archive/queue_log.3", "events-a.csv", "events-b.csv"])
    }

    @Test func filesAreReadInPathOrder() throws {
        // The same contact in two files: the first in path order is kept.
        let dir = try TempDataDir([
            "events-b.csv": "ts,contact_id,event,queue\n2026-11-22T09:00:00Z,c1,arrive,b\n",
            "archive/events.csv": "ts,contact_id,event,queue\n2026-11-22T09:00:00Z,c1,arrive,archive\n",
            "events-a.csv": "ts,contact_id,event,queue\n2026-11-22T09:00:00Z,c1,arrive,a\n",
        ])
        let loaded = try dir.load()
        #expect(loaded.store.ledger.files.map(\.path) == ["archive/events.csv", "events-a.csv", "events-b.csv"])
        #expect(loaded.report().byQueue.keys.sorted() == ["archive"])
        #expect(loaded.quality("events-a.csv").errors == ["events-a.csv:2: second arrive for contact 'c1'"])
    }

    @Test func notADirectoryThrows() throws {
        #expect(throws: DataDirectory.NotADirectory.self) { try DataDirectory.list("/nonexistent/tablero-data") }
        let dir = try TempDataDir(["events.csv": ""])
        #expect(throws: DataDirectory.NotADirectory.self) { try DataDirectory.list(dir.path("events.csv")) }
        #expect(throws: DataDirectory.NotADirectory.self) {
            try DirectoryLoader.load(root: "/nonexistent/tablero-data", settings: Settings(), cutoff: nil)
        }
    }

    @Test func emptyFilesAndHeaderOnlyFilesAreFine() throws {
        let dir = try TempDataDir(["events.csv": "", "contacts.csv": "contact_id,arrived_at\n", "queue_log": "", "surveys.jsonl": "\n\n"])
        let loaded = try dir.load()
        #expect(!loaded.store.ledger.hasProblems)
        #expect(loaded.store.ledger.files.allSatisfy { $0.rows == 0 })
        #expect(loaded.bytesRead == 22 + 2)
    }
}

@Suite struct RotatedQueueLogOrderTests {
    @Test func rotatedQueueLogsAreReadOldestFirst() {
        let names = ["queue_log", "queue_log.1", "queue_log.2", "queue_log-20261120", "queue_log-20261121", "events.csv", "archive/queue_log.1", "archive/queue_log"]
        let sorted = names.sorted { DataDirectory.readOrder($0) < DataDirectory.readOrder($1) }
        #expect(sorted == ["archive/queue_log.1", "archive/queue_log", "events.csv", "queue_log.2", "queue_log.1",
                           "queue_log-20261120", "queue_log-20261121", "queue_log"])
    }
}
