import Foundation
import Testing
import TableroCore
import TableroIngest
import TableroReport

/// `report --json` on a small fixture, field by field. Every expected value is
/// worked out by hand in the comments from the rows below.
@Suite struct ReportJSONFixtureTests {
    static let events = """
    ts,contact_id,event,channel,queue,agent,first_contact
    2026-11-22T09:00:00Z,c1,arrive,phone,billing,,
    2026-11-22T09:00:10Z,c1,answer,phone,billing,Ana,
    2026-11-22T09:05:10Z,c1,resolve,phone,billing,Ana,true
    2026-11-22T09:01:00Z,c2,arrive,chat,sales,,
    2026-11-22T09:01:40Z,c2,answer,chat,sales,Luis,
    2026-11-22T09:11:40Z,c2,resolve,chat,sales,Luis,false
    2026-11-22T09:02:00Z,c3,arrive,phone,billing,,
    2026-11-22T09:02:03Z,c3,abandon,phone,billing,,
    2026-11-22T09:03:00Z,c4,arrive,phone,billing,,
    2026-11-22T09:04:00Z,c4,abandon,phone,billing,,
    2026-11-22T09:50:00Z,c5,arrive,phone,billing,,
    2026-11-22T09:20:00Z,c6,answer,email,sales,Ana,
    2026-11-22T09:21:00Z,c1,arive,phone,billing,,
    2026-11-22T11:00:00Z,c7,arrive,phone,billing,,

    """
    static let surveys = """
    ts,type,score
    2026-11-22T10:00:00Z,csat,5
    2026-11-22T10:00:00Z,csat,3
    2026-11-22T10:00:00Z,nps,10
    2026-11-22T10:00:00Z,nps,6
    2026-11-22T10:00:00Z,nps,8
    2026-11-22T10:00:00Z,ces,2
    2026-11-22T10:00:00Z,csat,9

    """

    func makeReport() throws -> [String: Any] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tablero-json-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = [
            "events.csv": Self.events, "surveys.csv": Self.surveys,
            "costs.csv": "period,category,amount\n2026-11,personnel,80000\n2026-11,technology,20000\n",
            "benefits.csv": "period,kind,amount\n2026-11,upsell,300000\n2026-11,retention,100000\n",
            "customers.csv": "period,customers_start,customers_end,new_customers,lost_customers,avg_purchase_value,purchases_per_year,gross_margin\n2026-11,10000,10100,300,200,50,4,0.5\n",
        ]
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }

        let settings = try DirectoryLoader.settings(root: dir, settingsPath: nil)
        let asOf = try #require(Timestamp.parse("2026-11-22T10:00:00Z", clock: .utc))
        let store = try DirectoryLoader.load(root: dir, settings: settings, cutoff: asOf).store
        var scenario = Scenario(settings: settings)
        try scenario.set("agents=1", agents: 2)
        try scenario.set("retention=1", agents: 2)
        let report = store.report(window: .all, asOf: asOf, scenario: scenario)
        let text = ReportJSON.make(report, clock: .utc).serialized()
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }

    @Test func topLevelKeysInContractOrder() throws {
        let json = try makeReport()
        // `comparison` only with --compare.
        #expect(Set(json.keys) == ["as_of", "window", "queue", "agents", "alerts", "satisfaction", "quality", "retention", "roi", "forecast", "scenario", "trend", "data_quality"])
        #expect(json["as_of"] as? String == "2026-11-22T10:00:00Z")
        let window = try #require(json["window"] as? [String: Any])
        #expect(window["name"] as? String == "all")
        #expect(window["from"] is NSNull)
        #expect(window["to"] as? String == "2026-11-22T10:00:00Z")
    }

    @Test func queueFigures() throws {
        let q = try #require(try makeReport()["queue"] as? [String: Any])
        // c1..c5 arrived (c7 is after as-of); c1, c2 and orphan c6 answered.
        #expect(number(q["offered"]) == 5)
        #expect(number(q["answered"]) == 3)
        // c4 waited 60 s (abandoned), c3 3 s (< 5 s: short).
        #expect(number(q["abandoned"]) == 1)
        #expect(number(q["short_abandoned"]) == 1)
        // c5 arrived 09:50 and waits at 10:00: 600 s.
        #expect(number(q["waiting_now"]) == 1)
        #expect(number(q["longest_wait_now_seconds"]) == 600)
        // Waits 10 and 40 (c6 is an orphan): ASA 25; nearest rank p50 = 10, p90 = p95 = 40.
        #expect(number(q["asa_seconds"]) == 25)
        #expect(abs(number(q["wait_p50_seconds"])! - 10) <= 0.1)
        #expect(abs(number(q["wait_p90_seconds"])! - 40) <= 0.4)
        #expect(abs(number(q["wait_p95_seconds"])! - 40) <= 0.4)
        // Within 20 s: c1 only, over answered 3 + abandoned 1.
        #expect(number(q["service_level_percent"]) == 25)
        #expect(number(q["abandon_rate_percent"]) == 25)
        // First response: non-phone answers with a wait: c2's 40 s.
        #expect(number(q["first_response_seconds"]) == 40)
        // Handle (300 + 600) / 2, resolution (310 + 640) / 2, FCR 1 of 2.
        #expect(number(q["aht_seconds"]) == 450)
        #expect(number(q["resolution_seconds"]) == 475)
        #expect(number(q["fcr_percent"]) == 50)
        // Ana and Luis answered after 09:00.
        #expect(number(q["agents"]) == 2)

        let byQueue = try #require(q["by_queue"] as? [String: [String: Any]])
        #expect(Set(byQueue.keys) == ["billing", "sales"])
        let billing = try #require(byQueue["billing"])
        #expect(number(billing["offered"]) == 4)
        #expect(number(billing["service_level_percent"]) == 50)
        #expect(number(billing["waiting_now"]) == 1)
        #expect(number(billing["agents"]) == 1)
        #expect(billing["by_queue"] == nil)
        let sales = try #require(byQueue["sales"])
        #expect(number(sales["answered"]) == 2)
        #expect(number(sales["service_level_percent"]) == 0)
        let byChannel = try #require(q["by_channel"] as? [String: [String: Any]])
        #expect(Set(byChannel.keys) == ["chat", "email", "phone"])
        #expect(byChannel["email"]?["asa_seconds"] is NSNull)
        #expect(billing["abandon_causes"] == nil && billing["recent_abandons"] == nil)
        // c4 abandoned after 60 s (c3's 3 s is short): one caller abandon, listed to call back.
        let causes = try #require(q["abandon_causes"] as? [String: Any])
        #expect(Set(causes.keys) == ["caller", "timeout", "key", "empty", "withdrawn"])
        #expect(number(causes["caller"]) == 1 && number(causes["timeout"]) == 0)
        let recent = try #require(q["recent_abandons"] as? [[String: Any]])
        #expect(recent.count == 1)
        #expect(recent.first?["contact_id"] as? String == "c4")
        #expect(recent.first?["at"] as? String == "2026-11-22T09:04:00Z")
        #expect(number(recent.first?["waited_seconds"]) == 60)
        #expect(recent.first?["caller"] is NSNull)
    }

    @Test func satisfactionRetentionAndROI() throws {
        let json = try makeReport()
        let s = try #require(json["satisfaction"] as? [String: Any])
        // CSAT 5 and 3 (the 9 is out of scale): 1 of 2 positive, mean 4.
        #expect(number(s["csat_percent"]) == 50)
        #expect(number(s["csat_mean"]) == 4)
        #expect(number(s["csat_responses"]) == 2)
        // NPS 10, 6, 8: one each; p = d = 1/3 → 0; MoE 1.96·sqrt(2/9/3)... = 1.96·sqrt((2/3)/3)·100 = 92.3953.
        #expect(number(s["nps"]) == 0)
        #expect(abs(number(s["nps_margin_of_error"])! - 92.395286) < 1e-4)
        #expect(number(s["promoters"]) == 1 && number(s["passives"]) == 1 && number(s["detractors"]) == 1)
        #expect(number(s["ces"]) == 2)

        let r = try #require(json["retention"] as? [String: Any])
        // (10100 − 300) / 10000 = 98 %; churn 200 / 10000 = 2 %; lifespan 1 / (1 − 0.98^12) = 4.645043.
        #expect(abs(number(r["retention_percent"])! - 98) < 1e-9)
        #expect(abs(number(r["churn_percent"])! - 2) < 1e-9)
        #expect(abs(number(r["lifespan_years"])! - 4.645043) < 1e-5)
        // CLV 50 · 4 · 4.645043 · 0.5 = 464.504265.
        #expect(abs(number(r["clv"])! - 464.504265) < 1e-5)

        let roi = try #require(json["roi"] as? [String: Any])
        #expect(number(roi["cost_total"]) == 100_000)
        #expect(number((roi["costs"] as? [String: Any])?["training"]) == 0)
        #expect(number(roi["benefit_total"]) == 400_000)
        #expect(number(roi["net_benefit"]) == 300_000)
        // The widely copied "400 %" is B / C; ROI is (B − C) / C.
        #expect(number(roi["roi_percent"]) == 300)
        #expect(number(roi["return_per_cost"]) == 4)
    }

    @Test func forecastAndScenario() throws {
        let json = try makeReport()
        let f = try #require(json["forecast"] as? [String: Any])
        // λ: c2..c5 arrived in (09:00, 10:00] → 4/h; A = 4 · 450 / 3600 = 0.5; N = 2.
        // B(1) = 1/3, B(2) = 1/13, P_w = (2/13) / (2 − 0.5 · 12/13) = 0.1.
        #expect(f["stable"] as? Bool == true)
        #expect(number(f["arrivals_per_hour"]) == 4)
        #expect(abs(number(f["traffic_erlangs"])! - 0.5) < 1e-12)
        #expect(abs(number(f["probability_wait"])! - 0.1) < 1e-6)
        #expect(abs(number(f["asa_seconds"])! - 30) < 1e-6) // 0.1 · 450 / 1.5
        #expect(abs(number(f["service_level_percent"])! - 90.644930) < 1e-5) // 1 − 0.1 · e^(−1.5·20/450)
        #expect(number(f["occupancy_percent"]) == 25)
        #expect(number(f["agents_needed"]) == 2) // N = 1 gives 51.1 %

        let scenario = try #require(json["scenario"] as? [String: Any])
        let sliders = try #require(scenario["sliders"] as? [String: Any])
        #expect(number(sliders["agents"]) == 1 && number(sliders["retention"]) == 1)
        #expect(number(sliders["acquisition_multiple"]) == 5 && number(sliders["attribution"]) == 100)
        let roi = try #require(scenario["roi"] as? [String: Any])
        // Personnel 80,000 + 1 agent · 4,200 · 1 month.
        #expect(number(roi["cost_total"]) == 104_200)
        // ΔR = 1 % of 10,000 = 100 customers; · CLV = 46,450.43; · 5 · 100,000 / 10,000 = 5,000.
        #expect(number(roi["retained_customers"]) == 100)
        #expect(abs(number(roi["retention_benefit"])! - 46_450.426497) < 1e-3)
        #expect(number(roi["acquisition_savings"]) == 5000)
        #expect(abs(number(roi["benefit_total"])! - 451_450.426497) < 1e-3)
        #expect(abs(number(roi["roi_percent"])! - 333.253768) < 1e-4)
        // Break-even: (104,200 − 400,000) / ((10,000 · 464.504 + 5 · 100,000) / 100) = −5.749223.
        #expect(abs(number(scenario["break_even_retention_pp"])! - -5.749223) < 1e-5)
        #expect(scenario["target_retention_pp"] is NSNull)
        // Three agents: B(3) = 1/79, P_w = 3/198; ASA = P_w · 450 / 2.5 = 2.727273.
        let sf = try #require(scenario["forecast"] as? [String: Any])
        #expect(number(sf["agents"]) == 3)
        #expect(abs(number(sf["asa_seconds"])! - 2.727273) < 1e-5)
        // Full precision (CLI.md): P_w = 3/198 = 0.01515151…, not 0.015152.
        #expect(abs(number(sf["probability_wait"])! - 3.0 / 198) < 1e-15)
    }

    /// by_class: live is phone + chat (c1..c5), async is email (orphan c6).
    /// live: offered 5, answered c1 c2, abandoned c4; within 20 s: c1 → 1 / 3.
    /// async: answered 1 (orphan, no wait) → SL 0 / 1 = 0 %, below 70: critical.
    /// alerts: class:live SL 33.3 % (critical < 70), abandon 1/3 = 33.3 % (critical ≥ 10),
    /// longest wait c5 600 s (critical ≥ 180); async SL 0 (critical); then the channels.
    @Test func byClassAndAlerts() throws {
        let json = try makeReport()
        let q = try #require(json["queue"] as? [String: Any])
        let byClass = try #require(q["by_class"] as? [String: [String: Any]])
        #expect(Set(byClass.keys) == ["live", "async"])
        #expect(number(byClass["live"]?["offered"]) == 5)
        #expect(abs(number(byClass["live"]?["service_level_percent"])! - 100.0 / 3) < 1e-9)
        #expect(number(byClass["async"]?["answered"]) == 1)
        #expect(number(byClass["async"]?["service_level_percent"]) == 0)
        let alerts = try #require(json["alerts"] as? [[String: Any]])
        let first = try #require(alerts.first)
        #expect(first["scope"] as? String == "class:live")
        #expect(first["figure"] as? String == "longest_wait_now_seconds")
        #expect(first["level"] as? String == "critical")
        #expect(number(first["value"]) == 600 && number(first["threshold"]) == 180)
        let scopes = alerts.map { $0["scope"] as? String ?? "" }
        #expect(scopes.firstIndex(of: "class:async")! < scopes.firstIndex(of: "channel:chat")!)
    }

    @Test func trendAndDataQuality() throws {
        let json = try makeReport()
        let trend = try #require(json["trend"] as? [[String: Any]])
        #expect(trend.count == 1)
        #expect(trend[0]["date"] as? String == "2026-11-22")
        #expect(number(trend[0]["offered"]) == 5)
        #expect(number(trend[0]["csat_percent"]) == 50)

        let files = try #require((json["data_quality"] as? [String: Any])?["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["benefits.csv", "costs.csv", "customers.csv", "events.csv", "surveys.csv"])
        let events = files[3]
        #expect(number(events["rows"]) == 14)
        #expect(number(events["rejected"]) == 1)
        #expect(number(events["orphans"]) == 1)
        #expect(events["errors"] as? [String] == ["events.csv:14: unknown event 'arive'"])
        let surveys = files[4]
        #expect(surveys["errors"] as? [String] == ["surveys.csv:8: csat score 9 outside 1..5"])
    }
}
