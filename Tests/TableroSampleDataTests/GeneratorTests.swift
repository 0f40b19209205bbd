import Foundation
import Testing
import TableroSampleData
import TableroIngest

/// The sample-data generator: deterministic bytes, the exact file contract
/// of DATA.md, and data that is internally consistent. Small sizes, so the
/// whole suite runs in seconds.
@Suite struct GeneratorTests {
    static let small = GeneratorOptions(days: 25, contacts: 3_000, seed: 7, endDate: "2026-11-22",
                                        timeZone: "America/New_York", eventDays: 4, queueLogDays: 3, agents: 12)

    @Test func sameOptionsGiveIdenticalBytes() throws {
        try genWithGenerated(GeneratorTests.small) { first, summary in
            try genWithGenerated(GeneratorTests.small) { second, again in
                let names = try genRelativeFiles(first)
                #expect(names == (try genRelativeFiles(second)))
                #expect(names == summary.files.keys.sorted())
                for name in names {
                    let a = try Data(contentsOf: first.appendingPathComponent(name))
                    let b = try Data(contentsOf: second.appendingPathComponent(name))
                    #expect(a == b, "\(name) differs between two runs")
                    #expect(a.count == summary.files[name], "\(name) size in the summary")
                }
                #expect(summary.eventRows == again.eventRows)
            }
        }
    }

    @Test func anotherSeedGivesOtherBytes() throws {
        var other = GeneratorTests.small
        other.seed = 8
        try genWithGenerated(GeneratorTests.small) { first, _ in
            try genWithGenerated(other) { second, _ in
                for name in ["events.csv", "surveys.csv", "queue_log", "costs.csv"] {
                    let a = try Data(contentsOf: first.appendingPathComponent(name))
                    let b = try Data(contentsOf: second.appendingPathComponent(name))
                    #expect(a != b, "\(name) should change with the seed")
                }
            }
        }
    }

    @Test func filesExistWithExactHeaders() throws {
        try genWithGenerated(GeneratorTests.small) { dir, summary in
            let headers: [(String, String)] = [
                ("events.csv", "ts,contact_id,event,channel,queue,agent,first_contact"),
                ("surveys.csv", "ts,type,score,contact_id,channel,queue,agent,comment,responded_at"),
                ("quality.csv", "ts,review_id,criterion,score,agent,contact_id,queue,channel"),
                ("costs.csv", "period,category,amount,channel"),
                ("benefits.csv", "period,kind,amount"),
                ("customers.csv", "period,customers_start,customers_end,new_customers,lost_customers,avg_purchase_value,purchases_per_year,gross_margin,referred_new_customers,loyalty_members"),
                ("scenarios/worst.toml", "# Tablero what-if scenario"),
            ]
            for (name, header) in headers {
                #expect(try genFirstLine(dir.appendingPathComponent(name)) == header, "\(name)")
            }
            let archives = summary.files.keys.filter { $0.hasPrefix("archive/") }.sorted()
            #expect(archives == ["archive/contacts-2026-10.csv", "archive/contacts-2026-11.csv"])
            for name in archives {
                #expect(try genFirstLine(dir.appendingPathComponent(name))
                        == "contact_id,arrived_at,answered_at,abandoned_at,resolved_at,channel,queue,agent,first_contact,handle_seconds")
            }
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("queue_log").path))
            let toml = try String(contentsOf: dir.appendingPathComponent("tablero.toml"), encoding: .utf8)
            for key in ["[general]", "currency = \"USD\"", "locale = \"en\"", "timezone = \"America/New_York\"",
                        "[queue]", "service_level_seconds", "service_level_target", "short_abandon_seconds",
                        "wait_warning_seconds", "wait_critical_seconds", "forget_waiting_after_hours",
                        "# agents =", "[satisfaction]", "csat_scale", "csat_positive_min", "ces_scale",
                        "csat_target", "nps_target", "[economics]", "attribution", "acquisition_cost_multiple",
                        "agent_monthly_cost", "# roi_target ="] {
                #expect(toml.contains(key), "tablero.toml lacks \(key)")
            }
            // No partial files left behind.
            #expect(try genRelativeFiles(dir).allSatisfy { !$0.contains(".partial") })
        }
    }

    @Test func customersAddUp() throws {
        try genWithGenerated(GeneratorTests.small) { dir, _ in
            let rows = try genCSVRecords(dir.appendingPathComponent("customers.csv"))
            #expect(rows.count == 2)   // 25 days ending Nov 22 touch October and November
            var previousEnd: Int?
            for row in rows {
                let s = Int(row["customers_start"]!)!, e = Int(row["customers_end"]!)!
                let n = Int(row["new_customers"]!)!, l = Int(row["lost_customers"]!)!
                #expect(e == s + n - l)
                if let previousEnd { #expect(s == previousEnd) }
                previousEnd = e
                let churn = Double(l) / Double(s)
                #expect(churn >= 0.014 && churn <= 0.03)
                #expect(s > 15_000 && s < 25_000)
            }
            // ROI positive, benefit about 1.5-3x cost.
            let cost = try genCSVRecords(dir.appendingPathComponent("costs.csv")).map { Double($0["amount"]!)! }.reduce(0, +)
            let benefit = try genCSVRecords(dir.appendingPathComponent("benefits.csv")).map { Double($0["amount"]!)! }.reduce(0, +)
            #expect(benefit / cost > 1.5 && benefit / cost < 3)
        }
    }

    @Test func eventsOfAContactAreInOrder() throws {
        try genWithGenerated(GeneratorTests.small) { dir, summary in
            let rows = try genCSVRecords(dir.appendingPathComponent("events.csv"))
            #expect(rows.count == summary.eventRows)
            var byContact: [String: [String: Date]] = [:]
            var previous = Date.distantPast
            for row in rows {
                let ts = try #require(genUTC(row["ts"]!))
                #expect(ts >= previous, "events.csv is sorted by time")
                previous = ts
                let event = row["event"]!
                #expect(["arrive", "answer", "abandon", "resolve"].contains(event))
                #expect(byContact[row["contact_id"]!, default: [:]][event] == nil, "one \(event) per contact")
                byContact[row["contact_id"]!, default: [:]][event] = ts
                #expect(row["agent"]!.isEmpty == !(event == "answer" || event == "resolve"))
                #expect(row["first_contact"]!.isEmpty == (event != "resolve"))
            }
            var firstTrue = 0, resolved = 0
            for (id, events) in byContact {
                let arrive = try #require(events["arrive"], "\(id) has its arrive")
                #expect(!(events["answer"] != nil && events["abandon"] != nil), "\(id) answered and abandoned")
                if let answer = events["answer"] { #expect(arrive <= answer) }
                if let abandon = events["abandon"] { #expect(arrive <= abandon) }
                if let resolve = events["resolve"] {
                    let answer = try #require(events["answer"], "\(id) resolved without an answer")
                    #expect(answer <= resolve)
                }
            }
            for row in rows where row["event"] == "resolve" {
                resolved += 1
                if row["first_contact"] == "true" { firstTrue += 1 }
            }
            let fcr = Double(firstTrue) / Double(max(1, resolved))
            #expect(fcr > 0.65 && fcr < 0.85)
            // The live stream ends with someone still waiting, and only recent
            // contacts are (email can wait up to about a day, nothing longer).
            let waiting = byContact.values.filter { $0["answer"] == nil && $0["abandon"] == nil }
            #expect(!waiting.isEmpty)
            for events in waiting { #expect(events["arrive"]! > previous.addingTimeInterval(-36 * 3600)) }
            let inService = byContact.values.filter { $0["answer"] != nil && $0["resolve"] == nil }
            for events in inService { #expect(events["answer"]! > previous.addingTimeInterval(-3 * 3600)) }
        }
    }

    @Test func timestampsFallWithinTheDaysAsked() throws {
        try genWithGenerated(GeneratorTests.small) { dir, summary in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "America/New_York")!
            let first = calendar.date(from: DateComponents(year: 2026, month: 10, day: 29))!
            let end = calendar.date(from: DateComponents(year: 2026, month: 11, day: 23))!
            for name in ["events.csv", "surveys.csv"] {
                for row in try genCSVRecords(dir.appendingPathComponent(name)) {
                    let ts = try #require(genUTC(row["ts"]!))
                    #expect(ts >= first && ts < end, "\(name) \(row["ts"]!)")
                }
            }
            // Archive rows are local times: text order is time order, and all within the days.
            for name in summary.files.keys where name.hasPrefix("archive/") {
                for row in try genCSVRecords(dir.appendingPathComponent(name)) {
                    let times = ["arrived_at", "answered_at", "abandoned_at", "resolved_at"].compactMap { row[$0] }
                        .filter { !$0.isEmpty }
                    for t in times { #expect(t >= "2026-10-29 00:00:00" && t < "2026-11-23 00:00:00") }
                }
            }
            for line in try genQueueLogLines(dir) {
                let epoch = Double(line[0])!
                #expect(epoch >= first.timeIntervalSince1970 && epoch < end.timeIntervalSince1970)
            }
        }
    }

    @Test func rowCountsMatchTheContactsAsked() throws {
        try genWithGenerated(GeneratorTests.small) { dir, summary in
            #expect(summary.contacts == 3_000)
            var ids: [String] = []
            for name in summary.files.keys.sorted() where name.hasPrefix("archive/") {
                ids += try genCSVRecords(dir.appendingPathComponent(name)).map { $0["contact_id"]! }
            }
            let archived = ids.count
            let events = try genCSVRecords(dir.appendingPathComponent("events.csv"))
            ids += events.filter { $0["event"] == "arrive" }.map { $0["contact_id"]! }
            #expect(ids.count == 3_000)
            #expect(Set(ids).count == ids.count, "contact ids are unique across files")
            // Each live contact gives about three rows (arrive, then answer + resolve or abandon).
            let live = 3_000 - archived
            #expect(events.count > live * 5 / 2 && events.count <= live * 3)
            // Surveys: CSAT on roughly a fifth of the contacts, every score within its scale.
            let surveys = try genCSVRecords(dir.appendingPathComponent("surveys.csv"))
            #expect(surveys.count == summary.surveyRows)
            let csat = surveys.filter { $0["type"] == "csat" }.count
            #expect(csat > 450 && csat < 720)
            for row in surveys {
                let score = Int(row["score"]!)!
                switch row["type"]! {
                case "csat": #expect((1...5).contains(score))
                case "nps": #expect((0...10).contains(score))
                case "ces": #expect((1...7).contains(score))
                default: Issue.record("unknown survey type \(row["type"]!)")
                }
            }
            #expect(surveys.contains { $0["comment"]!.contains("\n") })
        }
    }

    @Test func queueLogLinesHaveTheirFields() throws {
        try genWithGenerated(GeneratorTests.small) { dir, _ in
            let lines = try genQueueLogLines(dir)
            #expect(lines.count > 50)
            var previous = 0
            var seen: [String] = []
            for fields in lines {
                #expect(fields.count >= 5)
                let epoch = try #require(Int(fields[0]))
                #expect(epoch >= previous, "queue_log is sorted by time")
                previous = epoch
                if !seen.contains(fields[4]) { seen.append(fields[4]) }
                if fields[4] == "ENTERQUEUE" { #expect(fields[1] != "NONE" && fields[2] == "sales-pbx") }
            }
            for event in ["QUEUESTART", "ENTERQUEUE", "CONNECT", "ADDMEMBER", "AGENTLOGIN", "REMOVEMEMBER"] {
                #expect(seen.contains(event), "queue_log has \(event)")
            }
            #expect(seen.contains("COMPLETECALLER") || seen.contains("COMPLETEAGENT"))
        }
    }

    @Test func localTimesStayOrderedAcrossADSTChange() throws {
        // Clocks fall back on 2026-11-01 in New York: archive-only output, local times.
        let options = GeneratorOptions(days: 4, contacts: 3_000, seed: 3, endDate: "2026-11-03", eventDays: 0,
                                       queueLogDays: 0, agents: 20)
        try genWithGenerated(options) { dir, summary in
            var hours = Array(repeating: 0, count: 24)
            for name in summary.files.keys where name.hasPrefix("archive/") {
                for row in try genCSVRecords(dir.appendingPathComponent(name)) {
                    let arrived = row["arrived_at"]!
                    for key in ["answered_at", "abandoned_at", "resolved_at"] where !row[key]!.isEmpty {
                        #expect(arrived <= row[key]!, "\(row["contact_id"]!) \(key)")
                    }
                    if !row["answered_at"]!.isEmpty && !row["resolved_at"]!.isEmpty {
                        #expect(row["answered_at"]! <= row["resolved_at"]!)
                    }
                    if arrived.hasPrefix("2026-11-02") { hours[Int(arrived.dropFirst(11).prefix(2))!] += 1 }
                }
            }
            // The day after the change still peaks mid-morning local time, and nights are quiet.
            #expect(hours[10] > 8 * hours[3])
            #expect(hours[10] > hours[20])
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("queue_log").path))
        }
    }

    @Test func staleArchiveMonthsAreRemoved() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tablero-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let archive = dir.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try Data("x\n".utf8).write(to: archive.appendingPathComponent("contacts-2001-01.csv"))
        try Data("keep\n".utf8).write(to: archive.appendingPathComponent("notes.txt"))
        _ = try SampleDataGenerator.generate(GeneratorTests.small, into: dir)
        #expect(!FileManager.default.fileExists(atPath: archive.appendingPathComponent("contacts-2001-01.csv").path))
        #expect(FileManager.default.fileExists(atPath: archive.appendingPathComponent("notes.txt").path))
    }

    @Test func badOptionsAreRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tablero-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: GeneratorError.self) {
            try SampleDataGenerator.generate(GeneratorOptions(endDate: "2026-02-30"), into: dir)
        }
        #expect(throws: GeneratorError.self) {
            try SampleDataGenerator.generate(GeneratorOptions(endDate: "2026-11-22", timeZone: "Mars/Olympus"), into: dir)
        }
        #expect(throws: GeneratorError.self) {
            try SampleDataGenerator.generate(GeneratorOptions(days: 0, endDate: "2026-11-22"), into: dir)
        }
    }
}

// MARK: helpers (fileprivate: other test files in this target may have their own)

/// Generates into a fresh temporary directory, runs the body, removes the directory.
fileprivate func genWithGenerated(_ options: GeneratorOptions,
                               _ body: (URL, GeneratorSummary) throws -> Void) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tablero-gen-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let summary = try SampleDataGenerator.generate(options, into: dir)
    try body(dir, summary)
}

/// Every regular file under the directory, as sorted relative paths.
fileprivate func genRelativeFiles(_ dir: URL) throws -> [String] {
    var result: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path, isDirectory: &isDir)
        if isDir.boolValue {
            result += try genRelativeFiles(dir.appendingPathComponent(name)).map { name + "/" + $0 }
        } else {
            result.append(name)
        }
    }
    return result.sorted()
}

fileprivate func genFirstLine(_ url: URL) throws -> String {
    let text = try String(contentsOf: url, encoding: .utf8)
    return String(text.prefix { $0 != "\n" })
}

/// A small RFC 4180 reader (quotes, doubled quotes, line breaks in quotes),
/// independent of the project's own reader, to check the generator's output.
fileprivate func genCSVRecords(_ url: URL) throws -> [[String: String]] {
    let bytes = Array(try Data(contentsOf: url))
    var records: [[String]] = []
    var record: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var i = 0
    while i < bytes.count {
        let b = bytes[i]
        if quoted {
            if b == 0x22 {
                if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
            } else {
                field.append(b)
            }
        } else if b == 0x22 {
            quoted = true
        } else if b == 0x2C {
            record.append(String(decoding: field, as: UTF8.self)); field = []
        } else if b == 0x0A {
            record.append(String(decoding: field, as: UTF8.self)); field = []
            records.append(record); record = []
        } else {
            field.append(b)
        }
        i += 1
    }
    #expect(record.isEmpty && field.isEmpty, "\(url.lastPathComponent) ends with a line break")
    guard let header = records.first else { return [] }
    return records.dropFirst().map { values in
        #expect(values.count == header.count, "\(url.lastPathComponent): \(values)")
        var row: [String: String] = [:]
        for (k, v) in zip(header, values) { row[k] = v }
        return row
    }
}

fileprivate func genUTC(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: text)
}

fileprivate func genQueueLogLines(_ dir: URL) throws -> [[String]] {
    let text = try String(contentsOf: dir.appendingPathComponent("queue_log"), encoding: .utf8)
    return text.split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
}
