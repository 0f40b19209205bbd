import Foundation
import Testing
@testable import TableroUI
import TableroCore
import TableroCanvas

/// Issue 10: when a window holds nothing, each pane says so in words, with
/// where the data ends, instead of a screen of dashes.
@Suite struct NoDataNoticeTests {
    /// The fixture's rows end on 4 Mar; the window is today, 9 Mar 10:00:12.
    static func model(width: Int, height: Int, locale: String = "en") -> DashboardModel {
        var m = ViewFixture.model(width: width, height: height, locale: locale)
        m.window = .today
        let later = ViewFixture.asOf + 5 * 86_400
        m.report = ViewFixture.store().report(window: .today, asOf: later, scenario: m.scenario)
        m.now = later + 12
        return m
    }

    static func render(_ m: DashboardModel) -> Canvas { DashboardView.render(m, glyphs: .unicode) }

    @Test func eachPaneSaysWhatIsMissing() throws {
        let canvas = Self.render(Self.model(width: 80, height: 24))
        try ViewGoldenTests().golden("no-data-80x24", canvas)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("No contacts today"))
        #expect(text.contains("No survey answers today"))
        // The newest event of the fixture is 4 Mar 09:59:15 (UTC): 5 d 0 h before.
        #expect(text.contains("newest row 4 Mar 09:59, 5 d 0 h ago"), "\(text)")
        #expect(text.contains("w: other windows"))
        #expect(!text.contains("Average wait (ASA)"))
    }

    @Test func spanish() {
        let text = Self.render(Self.model(width: 120, height: 40, locale: "es")).lines.joined(separator: "\n")
        #expect(text.contains("Sin contactos hoy"))
        #expect(text.contains("w: otros periodos"))
    }

    /// A new, empty directory: "No data yet", no pointer to other windows.
    @Test func anEmptyDirectory() {
        var m = Self.model(width: 120, height: 40)
        m.report = MetricsStore().report(window: .today, asOf: m.now, scenario: m.scenario)
        let text = Self.render(m).lines.joined(separator: "\n")
        #expect(text.contains("No data yet"))
        #expect(!text.contains("other windows"))
    }

    /// A window that holds contacts draws figures, not the notice.
    @Test func aWindowWithDataHasNoNotice() {
        let text = ViewFixture.render(ViewFixture.model(width: 120, height: 40)).lines.joined(separator: "\n")
        #expect(!text.contains("No contacts"))
    }
}
