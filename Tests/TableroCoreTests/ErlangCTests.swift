import Foundation
import Testing
@testable import TableroCore

/// Erlang B by the textbook formula, B = (A^N/N!) / Σ_{k=0..N} A^k/k!,
/// evaluated in log space (log-sum-exp) so that it does not overflow. This
/// is the independent reference the recurrence is checked against.
private func textbookErlangB(traffic a: Double, agents n: Int) -> Double {
    let logs = (0...n).map { k in Double(k) * log(a) - lgamma(Double(k) + 1) }
    let top = logs.max()!
    let logSum = top + log(logs.reduce(0) { $0 + exp($1 - top) })
    return exp(logs[n] - logSum)
}

@Suite("Erlang C")
struct ErlangCTests {
    // The published case: 100 contacts per 30 minutes = 200 per hour,
    // AHT 180 s, 14 agents, target 80 % within 20 s.
    //   A = λ·h / 3600 = 200 × 180 / 3600 = 10 Erlangs.
    //   Σ_{k=0..13} 10^k/k! = 19,041.0960        10^14/14! = 1,147.07456
    //   X = 10^14/14! × N/(N−A) = 1,147.07456 × 14/4 = 4,014.76096
    //   P_w = X / (Σ + X) = 4,014.76096 / 23,055.85700 = 0.1741319
    //   SL(20 s) = 1 − P_w·e^(−(N−A)·T/h) = 1 − 0.1741319 × e^(−4·20/180)
    //            = 1 − 0.1741319 × 0.6411804 = 0.8883500
    //   ASA = P_w·h/(N−A) = 0.1741319 × 180 / 4 = 7.835937 s
    //   occupancy = A/N = 10/14 = 71.428571 %

    @Test func publishedCaseProbabilityServiceLevelAndASA() throws {
        let a = 200.0 * 180 / 3600
        #expect(a == 10)
        #expect(near(ErlangC.probabilityOfWaiting(traffic: a, agents: 14), 0.1741319, 1e-6))
        #expect(near(ErlangC.serviceLevel(traffic: a, agents: 14, ahtSeconds: 180, targetSeconds: 20), 0.88835, 1e-4))
        #expect(near(ErlangC.asa(traffic: a, agents: 14, ahtSeconds: 180), 7.8359, 1e-3))
    }

    @Test func publishedCaseThroughForecast() throws {
        let f = ErlangC.forecast(arrivalsPerHour: 200, ahtSeconds: 180, agents: 14,
                                 serviceLevelSeconds: 20, serviceLevelTarget: 80)
        #expect(f.stable == true)
        #expect(f.trafficErlangs == 10)
        #expect(near(f.probabilityWait, 0.1741319, 1e-6))
        #expect(near(f.serviceLevelPercent, 88.835, 1e-2))
        #expect(near(f.asaSeconds, 7.8359, 1e-3))
        // 10 / 14 × 100 = 71.428571…
        #expect(near(f.occupancyPercent, 1000.0 / 14, 1e-9))
        #expect(f.agentsNeeded == 14)
    }

    @Test func thirteenAgentsMissTheTargetSoFourteenAreNeeded() throws {
        // N = 13: Σ_{k=0..12} 10^k/k! = 17,435.19165, 10^13/13! = 1,605.90438,
        //   X = 1,605.90438 × 13/3 = 6,958.91900, P_w = 6,958.919 / 24,394.111 = 0.2852705
        //   SL = 1 − 0.2852705 × e^(−3·20/180) = 1 − 0.2852705 × 0.7165313 = 0.7955948 < 0.80
        let sl13 = try #require(ErlangC.serviceLevel(traffic: 10, agents: 13, ahtSeconds: 180, targetSeconds: 20))
        #expect(near(sl13, 0.7955948, 1e-6))
        #expect(sl13 < 0.80)
        #expect(near(ErlangC.probabilityOfWaiting(traffic: 10, agents: 13), 0.2852705, 1e-6))
        // N = 14 reaches it (0.88835 ≥ 0.80), so 14 is the smallest.
        #expect(ErlangC.agentsNeeded(traffic: 10, ahtSeconds: 180, targetSeconds: 20, targetPercent: 80) == 14)
    }

    @Test func erlangBRecurrenceForTheSmallCase() {
        // B(14, 10) = (10^14/14!) / Σ_{k=0..14} 10^k/k! = 1,147.07456 / 20,188.17060 = 0.0568191
        // and P_w = N·B / (N − A·(1 − B)) = 14 × 0.0568191 / (14 − 10 × 0.9431809) = 0.1741319.
        let b = ErlangC.erlangB(traffic: 10, agents: 14)
        #expect(near(b, 0.0568191, 1e-6))
        #expect(near(14 * b / (14 - 10 * (1 - b)), 0.1741319, 1e-6))
    }

    @Test(arguments: [(10.0, 14), (0.5, 1), (50.5, 60), (400.0, 420), (900.0, 950), (1000.0, 1100)])
    func erlangBRecurrenceEqualsTextbookInLogSpace(traffic: Double, agents: Int) {
        let recurrence = ErlangC.erlangB(traffic: traffic, agents: agents)
        let textbook = textbookErlangB(traffic: traffic, agents: agents)
        #expect(recurrence.isFinite)
        #expect(abs(recurrence - textbook) <= 1e-12 + 1e-9 * textbook)
    }

    @Test func hundredsOfAgentsStayFiniteAndInRange() throws {
        // A = 400 Erlangs (e.g. 8,000 contacts/h at 180 s), N = 420. The textbook
        // form would need 400^420 ≈ 10^1093, far past Double's 1.8·10^308.
        // Log-space reference: B = 0.0140467, so
        //   P_w = 420·B / (420 − 400·(1 − B)) = 5.89960 / 25.61868 = 0.2302854
        //   ASA = 0.2302854 × 180 / 20 = 2.072569 s
        //   SL = 1 − 0.2302854 × e^(−20·20/180) = 1 − 0.2302854 × 0.1083680 = 0.9750444
        let pw = ErlangC.probabilityOfWaiting(traffic: 400, agents: 420)
        let sl = try #require(ErlangC.serviceLevel(traffic: 400, agents: 420, ahtSeconds: 180, targetSeconds: 20))
        let asa = try #require(ErlangC.asa(traffic: 400, agents: 420, ahtSeconds: 180))
        for v in [pw, sl] { #expect(v.isFinite && v >= 0 && v <= 1) }
        #expect(asa.isFinite && asa >= 0)
        #expect(near(ErlangC.erlangB(traffic: 400, agents: 420), 0.0140467, 1e-6))
        #expect(near(pw, 0.2302854, 1e-6))
        #expect(near(sl, 0.9750444, 1e-6))
        #expect(near(asa, 2.072569, 1e-5))

        let f = ErlangC.forecast(arrivalsPerHour: 8000, ahtSeconds: 180, agents: 420,
                                 serviceLevelSeconds: 20, serviceLevelTarget: 80)
        #expect(f.trafficErlangs == 400)
        #expect(f.stable == true)
        let needed = try #require(f.agentsNeeded)
        #expect(needed > 400 && needed <= 420)
        // `needed` is the smallest: it reaches 80 % and one fewer does not.
        #expect(try #require(ErlangC.serviceLevel(traffic: 400, agents: needed, ahtSeconds: 180, targetSeconds: 20)) >= 0.80)
        if needed - 1 > 400 {
            #expect(try #require(ErlangC.serviceLevel(traffic: 400, agents: needed - 1, ahtSeconds: 180, targetSeconds: 20)) < 0.80)
        }
    }

    @Test(arguments: [10.0, 57.3, 400.0])
    func moreAgentsNeverRaiseTheForecastWait(traffic a: Double) throws {
        // Property: for N from ⌊A⌋+1 upward, ASA and P_w never rise and SL never falls.
        let h = 180.0
        let lambda = a * 3600 / h
        var previous: Forecast?
        for n in (Int(a) + 1)...(Int(a) + 150) {
            let f = ErlangC.forecast(arrivalsPerHour: lambda, ahtSeconds: h, agents: n,
                                     serviceLevelSeconds: 20, serviceLevelTarget: 80)
            let asa = try #require(f.asaSeconds)
            let sl = try #require(f.serviceLevelPercent)
            let pw = try #require(f.probabilityWait)
            #expect(asa.isFinite && asa >= 0)
            #expect(pw >= 0 && pw <= 1)
            #expect(sl >= 0 && sl <= 100 + 1e-9)
            if let p = previous {
                #expect(asa <= p.asaSeconds! + 1e-12, "ASA rose from \(n - 1) to \(n) agents")
                #expect(pw <= p.probabilityWait! + 1e-12)
                #expect(sl >= p.serviceLevelPercent! - 1e-9)
            }
            previous = f
        }
    }

    @Test(arguments: [10, 8, 1])
    func unstableQueueSaysSoWithoutDividingByZero(agents: Int) {
        // A = 10 Erlangs and N ≤ 10: N − A ≤ 0, so no steady state.
        let f = ErlangC.forecast(arrivalsPerHour: 200, ahtSeconds: 180, agents: agents,
                                 serviceLevelSeconds: 20, serviceLevelTarget: 80)
        #expect(f.stable == false)
        #expect(f.probabilityWait == 1)
        #expect(f.occupancyPercent == 100)
        #expect(f.asaSeconds == nil)
        #expect(f.serviceLevelPercent == nil)
        #expect(f.trafficErlangs == 10)
        #expect(f.agentsNeeded == 14)
        #expect(ErlangC.probabilityOfWaiting(traffic: 10, agents: agents) == 1)
        #expect(ErlangC.asa(traffic: 10, agents: agents, ahtSeconds: 180) == nil)
        #expect(ErlangC.serviceLevel(traffic: 10, agents: agents, ahtSeconds: 180, targetSeconds: 20) == nil)
    }

    @Test func zeroArrivals() {
        // λ = 0 → A = 0. B(N, 0) = 0 for N ≥ 1, so P_w = N·0/(N − 0) = 0,
        // ASA = 0, SL = 1 − 0 = 100 %, occupancy 0/N = 0, and N = 1 is the
        // smallest N > 0 that reaches the target.
        let f = ErlangC.forecast(arrivalsPerHour: 0, ahtSeconds: 180, agents: 5,
                                 serviceLevelSeconds: 20, serviceLevelTarget: 80)
        #expect(f.trafficErlangs == 0)
        #expect(f.stable == true)
        #expect(f.probabilityWait == 0)
        #expect(f.asaSeconds == 0)
        #expect(f.serviceLevelPercent == 100)
        #expect(f.occupancyPercent == 0)
        #expect(f.agentsNeeded == 1)
        #expect(ErlangC.erlangB(traffic: 0, agents: 3) == 0)
    }

    @Test func arrivalRateFromTheLastHourElseFromTheWindow() {
        // Three arrivals in (11:00, 12:00] → λ = 3 per hour.
        var f = Feed()
        for (i, m) in [5.0, 30, 55].enumerated() { f.arrive("h\(i)", at: mar2 + 11 * hour + m * minute) }
        f.arrive("early", at: mar2 + 8 * hour)
        #expect(f.report(.today, asOf: mar2 + 12 * hour).forecast.arrivalsPerHour == 3)
        // Nothing in (13:00, 14:00]: λ over the window = 4 arrivals / 14 h since
        // local midnight = 0.285714… per hour.
        let quiet = f.report(.today, asOf: mar2 + 14 * hour).forecast
        #expect(near(quiet.arrivalsPerHour, 4.0 / 14))
    }

    @Test func unknownInputsGiveAnUnknownForecast() {
        // No arrival rate or no AHT: nothing can be computed; no agents: the
        // traffic and agents needed are known, the rest is not.
        let noRate = ErlangC.forecast(arrivalsPerHour: nil, ahtSeconds: 180, agents: 5,
                                      serviceLevelSeconds: 20, serviceLevelTarget: 80)
        #expect(noRate.trafficErlangs == nil && noRate.stable == nil && noRate.asaSeconds == nil)
        let noAHT = ErlangC.forecast(arrivalsPerHour: 200, ahtSeconds: nil, agents: 5,
                                     serviceLevelSeconds: 20, serviceLevelTarget: 80)
        #expect(noAHT.trafficErlangs == nil && noAHT.agentsNeeded == nil)
        let noAgents = ErlangC.forecast(arrivalsPerHour: 200, ahtSeconds: 180, agents: nil,
                                        serviceLevelSeconds: 20, serviceLevelTarget: 80)
        #expect(noAgents.trafficErlangs == 10 && noAgents.agentsNeeded == 14)
        #expect(noAgents.stable == nil && noAgents.probabilityWait == nil && noAgents.asaSeconds == nil)
    }
}
