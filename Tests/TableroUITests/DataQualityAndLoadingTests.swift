import Testing
import TableroCore
@testable import TableroUI

extension ViewGoldenTests {
    @Test func dataQualityViewListsFilesAndErrors() throws {
        var m = ViewFixture.model(width: 120, height: 40)
        #expect(update(&m, .key(.character("d"))) == [])
        #expect(m.showDataQuality)
        let canvas = ViewFixture.render(m)
        try golden("data-quality-120x40", canvas)
        let text = canvas.lines.joined(separator: "\n")
        for header in ["Files", "Kind", "Rows", "Rejected", "Orphans", "Unclosed", "Newest row", "State"] {
            #expect(text.contains(header), "no \(header) column")
        }
        #expect(text.contains("events.csv"))
        #expect(text.contains("nps score 11 outside 0..10"))
        #expect(text.contains("Errors (1)"))
        #expect(!text.contains("Waiting now"), "the panes are hidden behind it")
    }

    /// Seen in tmux at 80×24: the table stopped at half the height, so the
    /// eleventh file, the one the errors named, was not listed while the
    /// lines under the two errors stood empty.
    @Test func everyFileIsListedWhenTheErrorsLeaveRoom() throws {
        var m = ViewFixture.model(width: 80, height: 24)
        var files = (1...10).map { FileQuality(path: "file-\($0).csv", kind: .events) }
        var bad = FileQuality(path: "events-extra.csv", kind: .events)
        bad.rows = 3
        bad.rejected = 2
        bad.errors = ["events-extra.csv:2: unknown event 'teleport'", "events-extra.csv:3: bad timestamp in ts: 'not-a-time'"]
        files.append(bad)
        m.report?.dataQuality = files
        _ = update(&m, .key(.character("d")))
        let text = ViewFixture.render(m).lines.joined(separator: "\n")
        for f in files { #expect(text.contains(f.path), "\(f.path) is not listed") }
        #expect(text.contains("Errors (2)"))
        #expect(text.contains("unknown event 'teleport'") && text.contains("bad timestamp in ts"))
        // Many errors still leave the files half the height, and show as many as fit.
        m.report?.dataQuality[10].errors = (1...40).map { "events-extra.csv:\($0): unknown event" }
        let crowded = ViewFixture.render(m).lines
        #expect(crowded.joined(separator: "\n").contains("Errors (40)"))
        #expect(crowded.contains { $0.contains("file-8.csv") }, "the table keeps half the height")
        #expect(crowded.contains { $0.contains("events-extra.csv:1: unknown event") })
    }

    /// A review asked what the errors keep when little fits: from the
    /// smallest terminal drawn (12 lines) up, their heading and a line.
    @Test func theErrorsKeepALineWhenLittleFits() throws {
        for height in 12...16 {
            var m = ViewFixture.model(width: 80, height: height)
            var bad = FileQuality(path: "events-extra.csv", kind: .events)
            bad.errors = ["events-extra.csv:2: unknown event 'teleport'"]
            m.report?.dataQuality = (1...3).map { FileQuality(path: "file-\($0).csv", kind: .events) } + [bad]
            _ = update(&m, .key(.character("d")))
            let text = ViewFixture.render(m).lines.joined(separator: "\n")
            #expect(text.contains("Errors (1)") && text.contains("unknown event 'teleport'"), "at 80×\(height):\n\(text)")
        }
    }

    @Test func loadingShowsProgress() throws {
        var m = ViewFixture.model(width: 80, height: 24)
        m.report = nil
        m.loading = LoadProgress(bytesRead: 50_000_000, bytesTotal: 200_000_000, rows: 734_000, seconds: 0.5)
        let canvas = ViewFixture.render(m)
        try golden("loading-80x24", canvas)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("25%"))
        #expect(text.contains("50.0 of 200.0 MB · 734,000 rows · 100 MB/s"))
    }
}

@Suite struct DataQualityKeyTests {
    @Test func scrollIsBoundedByTheErrors() {
        var m = ViewFixture.model(width: 120, height: 40)
        _ = update(&m, .key(.character("d")))
        // One error in the fixture: nowhere to scroll.
        _ = update(&m, .key(.down))
        _ = update(&m, .key(.pageDown))
        #expect(m.dataQualityOffset == 0)
        _ = update(&m, .key(.up))
        #expect(m.dataQualityOffset == 0)
        // Slider keys do nothing while it is open.
        let before = m.scenario
        _ = update(&m, .key(.right))
        #expect(m.scenario == before)
        _ = update(&m, .key(.escape))
        #expect(!m.showDataQuality)
        _ = update(&m, .key(.character("d")))
        _ = update(&m, .key(.character("d")))
        #expect(!m.showDataQuality)
        _ = update(&m, .key(.character("d")))
        #expect(update(&m, .key(.character("q"))) == [.quit])
    }

    /// Seen in tmux at 80×24 on sample-data split into daily files (23
    /// files): the table showed 17 above two empty lines, ↓ moved nothing,
    /// and the last six files, the one rows were being appended to among
    /// them, could not be seen. At 80×24 the panel has 20 lines inside:
    /// with no errors, the table's header and 19 files.
    @Test func filesThatDoNotFitScrollIntoView() {
        var m = ViewFixture.model(width: 80, height: 24)
        m.report?.dataQuality = (1...23).map { FileQuality(path: "file-\($0).csv", kind: .events) }
        _ = update(&m, .key(.character("d")))
        func shown() -> [String] { ViewFixture.render(m).lines }
        var lines = shown()
        #expect(lines.contains { $0.contains("file-19.csv") } && !lines.contains { $0.contains("file-20.csv") })
        #expect(lines[1].contains("files 1–19 of 23"), "\(lines[1])")
        // 23 − 19 = 4 steps down, and no further, so ↑ moves at once.
        for _ in 0..<10 { _ = update(&m, .key(.down)) }
        #expect(m.dataQualityOffset == 4)
        lines = shown()
        #expect(lines.contains { $0.contains("file-23.csv") } && !lines.contains { $0.contains("file-4.csv ") })
        #expect(lines.contains { $0.contains("file-5.csv ") })
        #expect(lines[1].contains("files 5–23 of 23"), "\(lines[1])")
        _ = update(&m, .key(.up))
        #expect(m.dataQualityOffset == 3)
        // All fits at 80×40 (36 lines inside): no range in the title, nothing to scroll.
        m.width = 80
        m.height = 40
        m.dataQualityOffset = 0
        _ = update(&m, .key(.down))
        #expect(m.dataQualityOffset == 0 && !shown()[1].contains("files 1–"))
    }

    /// Both too many to fit: ↓ goes through the files, then the errors. At
    /// 80×24 (20 lines inside), 40 errors take up to half: a blank line,
    /// the heading and 8 errors (10 lines); the table the other 10, its
    /// header and 9 of the 23 files. So 14 steps show the last files, and
    /// 32 more the last errors: 46 in all.
    @Test func downGoesThroughTheFilesThenTheErrors() {
        var m = ViewFixture.model(width: 80, height: 24)
        var files = (1...22).map { FileQuality(path: "file-\($0).csv", kind: .events) }
        var bad = FileQuality(path: "events-extra.csv", kind: .events)
        bad.errors = (1...40).map { "events-extra.csv:\($0): unknown event" }
        files.append(bad)
        m.report?.dataQuality = files
        _ = update(&m, .key(.character("d")))
        func text() -> String { ViewFixture.render(m).lines.joined(separator: "\n") }
        #expect(text().contains("files 1–9 of 23") && text().contains("events-extra.csv:8: unknown"))
        for _ in 0..<14 { _ = update(&m, .key(.down)) }
        #expect(text().contains("files 15–23 of 23") && text().contains("events-extra.csv:1: unknown"))
        _ = update(&m, .key(.down))
        #expect(text().contains("files 15–23 of 23") && !text().contains("events-extra.csv:1: unknown"))
        #expect(text().contains("events-extra.csv:9: unknown"))
        for _ in 0..<5 { _ = update(&m, .key(.pageDown)) }
        #expect(m.dataQualityOffset == 46 && text().contains("events-extra.csv:40: unknown"))
        for _ in 0..<5 { _ = update(&m, .key(.pageUp)) }
        #expect(m.dataQualityOffset == 0 && text().contains("files 1–9 of 23"))
        // End goes to the last files and errors at once, Home back.
        _ = update(&m, .key(.end))
        #expect(m.dataQualityOffset == 46 && text().contains("files 15–23 of 23") && text().contains("events-extra.csv:40: unknown"))
        _ = update(&m, .key(.home))
        #expect(m.dataQualityOffset == 0)
    }

    @Test func lockedIgnoresIt() {
        var m = ViewFixture.model(width: 120, height: 40)
        m.locked = true
        _ = update(&m, .key(.character("d")))
        #expect(!m.showDataQuality)
    }
}

@Suite struct SettingsProblemHeaderTests {
    @Test func aBrokenSettingsFileIsShownInTheHeaderAtEverySize() {
        for width in [80, 120, 240] {
            var m = ViewFixture.model(width: width, height: 24)
            m.settingsProblem = "tablero.toml:6: Error while parsing string: unescaped control character in a very long message"
            let header = ViewFixture.render(m).lines[0]
            #expect(header.contains("settings not applied: tablero.toml:6"), "\(width): \(header)")
            #expect(!header.contains("Data quality"), "\(width): the warning takes the right side")
        }
    }
}
