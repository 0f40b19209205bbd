import Foundation
import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

/// The pure view rendered for a fixed report and compared, as text lines,
/// with the files under Golden/ (`TABLERO_UPDATE_GOLDEN=1` rewrites them).
/// Styles are checked where they carry meaning: thresholds, focus, the
/// selected slider.
enum ViewFixture {
    /// 2026-03-02T00:00:00Z.
    static let mar2: Double = 1_772_409_600
    /// As-of: 2026-03-04T10:00:00Z (the third day of data).
    static let asOf = mar2 + 2 * 86_400 + 10 * 3600
    /// The wall clock: 12 s after as-of.
    static let now = asOf + 12

    static func store(queueName: String = "support") -> MetricsStore {
        var store = MetricsStore(settings: Settings(), clock: .utc)
        let file = store.ledger.fileID(path: "events.csv", kind: .events)
        var line: Int32 = 1
        func origin() -> RowOrigin { line += 1; return RowOrigin(file: file, line: line) }
        func event(_ kind: ContactEventKind, _ id: String, _ t: Double, channel: String = "", queue: String = "",
                   agent: String = "", handle: Double? = nil) {
            store.add(ContactEvent(time: t, contactID: id, kind: kind, channel: channel, queue: queue, agent: agent,
                                   firstContact: kind == .resolve ? !id.hasSuffix("5") : nil, handleSeconds: handle),
                      origin: origin())
        }
        let agents = ["ana", "ben", "carla", "dan"]
        // Three days of contacts, busier and slower each day.
        for d in 0..<3 {
            let count = 14 + 4 * d
            for i in 0..<count {
                let id = "c\(d)-\(i)"
                let arrive = mar2 + Double(d) * 86_400 + 9 * 3600 + Double(i) * (3300 / Double(count))
                let queue = i % 3 == 0 ? "billing" : queueName
                let channel = i % 2 == 0 ? "phone" : "chat"
                let wait = Double((i * 37 + d * 23) % (24 + 6 * d)) + 1
                event(.arrive, id, arrive, channel: channel, queue: queue)
                if i % 7 == 3 {
                    event(.abandon, id, arrive + wait)
                } else {
                    event(.answer, id, arrive + wait, agent: agents[i % agents.count])
                    event(.resolve, id, arrive + wait + 240 + Double(i % 5) * 30)
                }
            }
            // Surveys: CSAT 1–5, NPS 0–10, CES 1–7, a little different each day.
            let csat: [[Double]] = [[5, 4, 4, 5, 3, 4, 5, 2, 4, 5], [4, 3, 5, 2, 4, 3, 5, 4, 2, 4], [5, 5, 4, 5, 4, 5, 3, 5, 4, 5]]
            let nps: [[Double]] = [[10, 9, 8, 6, 9, 10, 7, 3, 9, 8], [9, 6, 8, 5, 10, 7, 4, 9, 8, 6], [10, 10, 9, 8, 9, 10, 7, 6, 9, 10]]
            let ces: [Double] = [6, 5, 7, 4, 6, 5, 6, 3, 5, 6]
            for k in 0..<10 {
                let t = mar2 + Double(d) * 86_400 + 9.5 * 3600 + Double(k) * 60
                store.add(SurveyAnswer(time: t, type: .csat, score: csat[d][k]), origin: origin())
                store.add(SurveyAnswer(time: t, type: .nps, score: nps[d][k]), origin: origin())
                store.add(SurveyAnswer(time: t, type: .ces, score: ces[(k + d) % 10]), origin: origin())
            }
        }
        // Two contacts still waiting at as-of: 4 minutes (critical) and 45 s.
        event(.arrive, "w1", asOf - 240, channel: "phone", queue: "billing")
        event(.arrive, "w2", asOf - 45, channel: "chat", queue: queueName)
        // One bad row: an NPS score outside 0–10.
        store.add(SurveyAnswer(time: asOf - 600, type: .nps, score: 11), origin: origin())

        let march = Period(year: 2026, month: 3)
        for (c, amount) in [(CostCategory.personnel, 42_000.0), (.training, 3_000), (.technology, 6_500), (.overhead, 4_000), (.other, 1_200)] {
            store.add(CostLine(period: march, category: c, amount: amount))
        }
        for (k, amount) in [(BenefitKind.upsell, 31_000.0), (.crossSell, 12_500), (.savedCarts, 8_200), (.referrals, 4_800), (.clvUplift, 9_000)] {
            store.add(BenefitLine(period: march, kind: k, amount: amount))
        }
        store.add(CustomerPeriod(period: march, start: 5_000, end: 5_060, new: 310, lost: 250,
                                 avgPurchaseValue: 82, purchasesPerYear: 4, grossMargin: 0.35))
        return store
    }

    /// The model every golden starts from: window all, a scenario with a
    /// few sliders moved, the retention slider selected, queue focused.
    static func model(width: Int, height: Int, locale: String = "en", queueName: String = "support") -> DashboardModel {
        var settings = Settings()
        settings.general.locale = locale
        settings.general.currency = locale == "es" ? "EUR" : "USD"
        var m = DashboardModel(settings: settings, window: .all, width: width, height: height)
        m.scenario[.personnel] = 10
        m.scenario[.agents] = 1
        m.scenario[.retention] = 2
        m.selectedSlider = .retention
        m.report = store(queueName: queueName).report(window: .all, asOf: asOf, scenario: m.scenario)
        return m
    }

    /// `m` drawn at the fixture's wall clock.
    static func render(_ m: DashboardModel, _ glyphs: GlyphSet = .unicode) -> Canvas {
        var m = m
        m.now = now
        return DashboardView.render(m, glyphs: glyphs)
    }
}

@Suite struct ViewGoldenTests {
    /// Compares the canvas with Golden/<name>.txt (trailing spaces ignored),
    /// or rewrites the file when TABLERO_UPDATE_GOLDEN=1. A rewrite is a
    /// failure: a run that rewrote goldens compared nothing, and must not
    /// pass as if it had; run again without the variable to check them.
    func golden(_ name: String, _ canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = canvas.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["TABLERO_UPDATE_GOLDEN"] == "1" {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Golden").appendingPathComponent(name + ".txt")
            try text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("\(name): golden rewritten (TABLERO_UPDATE_GOLDEN=1), not compared; run again without it",
                         sourceLocation: sourceLocation)
            return
        }
        let dir = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil), sourceLocation: sourceLocation)
        let expected = try String(contentsOf: dir.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let got = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(got.count == want.count, "\(name): \(got.count) lines, golden has \(want.count)", sourceLocation: sourceLocation)
        for (i, (g, w)) in zip(got, want).enumerated() where g != w {
            Issue.record("\(name) line \(i + 1):\n  got:  \(g)\n  want: \(w)", sourceLocation: sourceLocation)
            break
        }
    }

    @Test(arguments: [(80, 24), (120, 40), (240, 70)])
    func unicode(_ size: (Int, Int)) throws {
        try golden("unicode-\(size.0)x\(size.1)", ViewFixture.render(ViewFixture.model(width: size.0, height: size.1)))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func ascii(_ size: (Int, Int)) throws {
        let canvas = ViewFixture.render(ViewFixture.model(width: size.0, height: size.1), .ascii)
        try golden("ascii-\(size.0)x\(size.1)", canvas)
        // Nothing but ASCII reaches a terminal without UTF-8.
        for line in canvas.lines { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)") }
    }

    @Test func spanish() throws {
        let canvas = ViewFixture.render(ViewFixture.model(width: 120, height: 40, locale: "es"))
        try golden("es-unicode-120x40", canvas)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("En espera"))
        #expect(text.contains("€"))
    }

    @Test func compactBelow80x24() throws {
        let canvas = ViewFixture.render(ViewFixture.model(width: 60, height: 20))
        try golden("compact-60x20", canvas)
        let text = canvas.lines.joined(separator: "\n")
        for title in ["1 Queue", "2 Satisfaction", "3 ROI", "4 What-if"] { #expect(text.contains(title)) }
        #expect(!canvas.lines[1].contains("┌"), "compact view has no boxes")
    }

    @Test func tooSmallBelow40x12() throws {
        let canvas = ViewFixture.render(ViewFixture.model(width: 39, height: 11))
        try golden("too-small-39x11", canvas)
        #expect(canvas.lines.contains { $0.contains("Terminal too small (needs 40×12)") })
        // 40×12 is enough for the compact view.
        let fits = ViewFixture.render(ViewFixture.model(width: 40, height: 12))
        #expect(!fits.lines.joined().contains("too small"))
    }

    @Test func helpOverlayListsEveryKey() throws {
        var m = ViewFixture.model(width: 80, height: 24)
        m.showHelp = true
        let canvas = ViewFixture.render(m)
        try golden("help-80x24", canvas)
        let text = canvas.lines.joined(separator: "\n")
        for key in ["Tab", "Shift-Tab", "↑ ↓  k j", "← →  h l", "PgUp PgDn", "Shift-← →", "0 ", "R ", "w ", "1-4", "Esc", "?", "q  Ctrl-C"] {
            #expect(text.contains(key), "help lacks \(key)")
        }
        // Named scenarios: save is `s`, load is capital `L` (`l` moves a slider).
        func entry(_ key: String, _ action: String) -> Bool {
            canvas.lines.contains { $0.contains("│ \(key) ") && $0.contains(action) }
        }
        #expect(entry("s", "save scenario under a name"))
        #expect(entry("L", "load a saved scenario"))
    }

    @Test func zoomFillsTheBodyWithOnePane() throws {
        var m = ViewFixture.model(width: 120, height: 40)
        m.zoom = .whatIf
        m.focus = .whatIf
        let canvas = ViewFixture.render(m)
        try golden("zoom-whatif-120x40", canvas)
        let text = canvas.lines.joined(separator: "\n")
        for s in Slider.allCases { #expect(text.contains(english.slider(s).full), "zoomed what-if lacks \(s)") }
        #expect(!text.contains("Satisfaction"))
        #expect(canvas.lines.last!.contains("Esc"))
    }

    @Test func wallModeShowsBigDigitsAndNoSliders() throws {
        var m = ViewFixture.model(width: 120, height: 40)
        m.wall = true
        let canvas = ViewFixture.render(m)
        try golden("wall-120x40", canvas)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("█"))
        #expect(!text.contains(english[.sliderPersonnel].full))
        for label in ["Waiting now", "Longest wait", "Service level", "CSAT", "NPS"] { #expect(text.contains(label)) }
    }

    @Test func loadingWithoutAReport() {
        var m = ViewFixture.model(width: 80, height: 24)
        m.report = nil
        let canvas = ViewFixture.render(m)
        #expect(canvas.lines.contains { $0.contains("Loading…") })
        #expect(canvas.lines[0].contains("Tablero"))
    }

    // MARK: styles

    /// The cell where `text` starts, searching row by row.
    func find(_ text: String, in canvas: Canvas, after: (x: Int, y: Int) = (0, 0)) -> (x: Int, y: Int)? {
        for y in after.y..<canvas.height {
            let row = (0..<canvas.width).map { canvas[$0, y].text }
            for x in 0..<canvas.width where (y > after.y || x >= after.x) {
                var s = ""
                var c = x
                while c < canvas.width, s.count < text.count { s += row[c]; c += 1 }
                if s == text { return (x, y) }
            }
        }
        return nil
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func criticalWaitsAreCritical(_ size: (Int, Int)) throws {
        let canvas = ViewFixture.render(ViewFixture.model(width: size.0, height: size.1))
        // The 4-minute wait is past wait_critical_seconds (180): the waiting
        // count and the longest wait take the critical role.
        let label = try #require(find("Waiting now", in: canvas))
        let valueRow = label.y + 1
        let value = try #require((label.x..<canvas.width).first { canvas[$0, valueRow].text != " " })
        #expect(canvas[value, valueRow].style.role == .critical)
        let longest = try #require(find("Longest wait", in: canvas))
        let lv = try #require((longest.x..<canvas.width).first { canvas[$0, longest.y + 1].text != " " })
        #expect(canvas[lv, longest.y + 1].style.role == .critical)
        #expect(canvas[lv, longest.y + 1].style.bold)
    }

    @Test func selectedSliderIsHighlighted() throws {
        let canvas = ViewFixture.render(ViewFixture.model(width: 120, height: 40))
        let at = try #require(find("▶ Retention", in: canvas))
        #expect(canvas[at.x, at.y].style.role == .selected)
        #expect(canvas[at.x, at.y].style.reverse)
        let other = try #require(find("Personnel", in: canvas, after: (60, 17)))
        #expect(canvas[other.x, other.y].style.role != .selected)
    }

    @Test func focusedPaneIsMarked() throws {
        var m = ViewFixture.model(width: 80, height: 24)
        m.focus = .roi
        let canvas = ViewFixture.render(m)
        let at = try #require(find("▶ 3 ROI", in: canvas))
        #expect(canvas[at.x, at.y].style == Panel.focusedTitleStyle)
        let queue = try #require(find(" 1 Queue ", in: canvas))
        #expect(canvas[queue.x + 1, queue.y].style == Panel.titleStyle)
    }

    @Test func dataQualityFindingIsCounted() {
        let canvas = ViewFixture.render(ViewFixture.model(width: 120, height: 40))
        // Issue 10: the badge says what it counts (the fixture's one NPS of 11).
        #expect(canvas.lines[0].contains("1 rejected"))
        #expect(canvas.lines[0].contains("As of 10:00:00"))
    }

    // MARK: every size

    /// Every row is exactly the canvas wide (no half of a wide character),
    /// and no control character is on the canvas, at every size and mode.
    @Test func everySizeStaysOnTheGrid() {
        var base = ViewFixture.model(width: 80, height: 24, queueName: hostile)
        let variants: [(inout DashboardModel) -> Void] = [
            { _ in }, { $0.wall = true }, { $0.showHelp = true }, { $0.zoom = .queue }, { $0.report = nil },
        ]
        for w in stride(from: 0, through: 250, by: 17) {
            for h in stride(from: 0, through: 75, by: 9) {
                for (i, change) in variants.enumerated() {
                    base.width = w
                    base.height = h
                    var m = base
                    change(&m)
                    for glyphs in [GlyphSet.unicode, .ascii] {
                        let canvas = ViewFixture.render(m, glyphs)
                        #expect(canvas.width == w && canvas.height == h)
                        for (y, line) in canvas.lines.enumerated() {
                            #expect(DisplayWidth.of(line) == w, "\(w)×\(h) variant \(i) row \(y): \(line)")
                            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
                        }
                    }
                }
            }
        }
    }
}
