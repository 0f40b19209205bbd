import Foundation
import Testing
@testable import TableroUI
import TableroCore

/// Issue 10: the first run (`tablero`, the bundled sample) and `--as-of`
/// are replays; the header says so instead of a freshness, and an old
/// directory's staleness reads in days, not "15898 min".
@Suite struct ReplayHeaderTests {
    @Test func replayOfTheDataEnd() throws {
        var m = ViewFixture.model(width: 120, height: 40)
        m.replay = .dataEnd
        m.newestRowTime = ViewFixture.asOf - 1800   // the fixture's zone is UTC: 09:30 on 4 Mar
        let canvas = ViewFixture.render(m)
        try ViewGoldenTests().golden("replay-120x40", canvas)
        #expect(canvas.lines[0].contains("Replay · data ends 4 Mar 09:30"))
        #expect(!canvas.lines[0].contains("updated"))
    }

    @Test func replayInSpanishAndAtAnInstant() {
        var m = ViewFixture.model(width: 120, height: 40, locale: "es")
        m.replay = .instant
        #expect(ViewFixture.render(m).lines[0].contains("Reproducción · datos a 4 mar 10:00"))
    }

    /// 15,898 minutes without a row, window today: amber, in days and hours.
    @Test func staleInDaysAndHours() {
        var m = ViewFixture.model(width: 120, height: 40)
        m.window = .today
        m.newestRowTime = ViewFixture.now - 15_898 * 60
        let header = ViewFixture.render(m).lines[0]
        #expect(header.contains("Stale: no new data for 11 d 0 h"), "\(header)")
    }
}

/// Issue 10: the badge said "Data quality 70"; it says what it counts.
@Suite struct DataQualityBadgeTests {
    @Test func namesEachKindOfFinding() {
        var m = ViewFixture.model(width: 160, height: 40)
        var files = m.report!.dataQuality
        files[0].rejected = 2
        files[0].unclosed = 68
        m.report!.dataQuality = files
        #expect(ViewFixture.render(m).lines[0].contains("2 rejected · 68 unclosed"))
        m.settings.general.locale = "es"
        #expect(ViewFixture.render(m).lines[0].contains("2 rechazadas · 68 sin cerrar"))
    }
}
