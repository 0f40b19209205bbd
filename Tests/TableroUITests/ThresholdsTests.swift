import Testing
import TableroCore
@testable import TableroUI

@Suite struct ThresholdsTests {
    let t = Thresholds(settings: Settings())  // waits 60/180 s, SL 80, CSAT 85, NPS 30

    @Test func waits() {
        #expect(t.wait(seconds: 0) == .good)
        #expect(t.wait(seconds: 59.9) == .good)
        #expect(t.wait(seconds: 60) == .warning)
        #expect(t.wait(seconds: 179) == .warning)
        #expect(t.wait(seconds: 180) == .critical)
        #expect(t.wait(seconds: nil) == .unknown)
        #expect(t.wait(seconds: .nan) == .unknown)
    }

    @Test func higherIsBetterTargets() {
        #expect(t.serviceLevel(percent: 80) == .good)
        #expect(t.serviceLevel(percent: 79.9) == .warning)
        #expect(t.serviceLevel(percent: 70) == .warning)
        #expect(t.serviceLevel(percent: 69.9) == .critical)
        #expect(t.serviceLevel(percent: nil) == .unknown)
        #expect(t.csat(percent: 85) == .good)
        #expect(t.csat(percent: 80) == .warning)
        #expect(t.csat(percent: 50) == .critical)
        #expect(t.csat(percent: .infinity) == .unknown)
        #expect(t.nps(30) == .good)
        #expect(t.nps(10) == .warning)
        #expect(t.nps(-5) == .critical)
        #expect(t.nps(nil) == .unknown)
    }

    @Test func settingsMoveTheLines() {
        var s = Settings()
        s.queue.waitWarningSeconds = 10
        s.queue.waitCriticalSeconds = 20
        s.queue.serviceLevelTarget = 95
        s.satisfaction.npsTarget = -10
        s.economics.roiTarget = 100
        let custom = Thresholds(settings: s)
        #expect(custom.wait(seconds: 15) == .warning)
        #expect(custom.wait(seconds: 20) == .critical)
        #expect(custom.serviceLevel(percent: 90) == .warning)
        #expect(custom.nps(-10) == .good)
        #expect(custom.roi(percent: 50) == .warning)
        #expect(custom.roi(percent: 100) == .good)
        #expect(custom.roi(percent: -1) == .critical)
        #expect(t.roi(percent: 0) == .good)  // no roi_target: break-even is fine
        #expect(t.roi(percent: nil) == .unknown)
    }

    @Test func deltasAndRoles() {
        #expect(t.delta(5, upIsGood: true) == .good)
        #expect(t.delta(5, upIsGood: false) == .critical)
        #expect(t.delta(-5, upIsGood: false) == .good)
        #expect(t.delta(0, upIsGood: true) == .unknown)
        #expect(t.delta(nil, upIsGood: true) == .unknown)
        #expect(Level.allCases.map(\.role) == [.good, .warning, .critical, .dim])
        #expect(Level.critical.style.bold && !Level.unknown.style.bold)
        #expect(Direction(change: 2) == .up && Direction(change: -1) == .down && Direction(change: 0) == .flat)
        #expect(Direction(change: nil) == nil)
    }
}
