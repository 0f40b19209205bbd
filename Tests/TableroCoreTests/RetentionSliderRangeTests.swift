import Testing
import TableroCore

/// Issue 10: the retention slider stops where the scenario's retention
/// would pass 100 % (+15 pp on a 97.7 % base showed a 1,182 % ROI).
@Suite struct RetentionSliderRangeTests {
    @Test func boundedByTheBase() throws {
        // 97.7 %: 2.3 pp of room, on 0.5 steps: +2.0; down to −20 (room 97.7).
        #expect(Slider.retention.range(agents: nil, retentionPercent: 97.7) == -20...2)
        // 10 %: down to −10 (0 %), up to +20.
        #expect(Slider.retention.range(agents: nil, retentionPercent: 10) == -10...20)
        // Unknown retention: the contract's ±20.
        #expect(Slider.retention.range(agents: nil) == -20...20)
        var s = Scenario(settings: Settings())
        #expect(throws: Scenario.Problem.outOfRange(.retention, 15, -20...2)) {
            try s.set("retention=15", agents: nil, retentionPercent: 97.7)
        }
        try s.set("retention=2", agents: nil, retentionPercent: 97.7)
        #expect(s[.retention] == 2)
    }
}
