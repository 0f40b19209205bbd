import Testing
@testable import TableroCore

/// 2026-03-02 (UTC), as-of 14:00. Default settings: live = phone, chat,
/// video, judged against 20 s; async (email, social...) against 4 h (14,400 s).
///
///   p1 phone  arrive 13:00:00 answer 13:00:15          wait 15 s   (≤ 20: within)
///   p2 phone  arrive 13:01:00 answer 13:01:30          wait 30 s   (> 20: not)
///   p3 Chat   arrive 13:02:00 abandon 13:02:40         waited 40 s (abandoned, live)
///   e1 email  arrive 09:00:00 answer 11:00:00          wait 2 h    (≤ 4 h: within)
///   e2 email  arrive 08:00:00 answer 13:00:00          wait 5 h    (> 4 h: not)
///   e3 EMAIL  arrive 09:00:00                          waiting at 14:00 for 5 h
///   e4 email  arrive 10:00:00                          waiting at 14:00 for 4 h
///   n1 (none) arrive 13:59:48                          waiting at 14:00 for 12 s: no channel is live
///   p4 phone  arrive 13:59:52                          waiting at 14:00 for 8 s
private func mixedDay(_ settings: Settings = Settings()) -> Feed {
    var f = Feed(settings: settings)
    let d = mar2
    f.arrive("p1", at: d + 13 * hour, channel: "phone")
    f.answer("p1", at: d + 13 * hour + 15)
    f.arrive("p2", at: d + 13 * hour + 60, channel: "phone")
    f.answer("p2", at: d + 13 * hour + 90)
    f.arrive("p3", at: d + 13 * hour + 120, channel: "Chat")
    f.abandon("p3", at: d + 13 * hour + 160)
    f.arrive("e1", at: d + 9 * hour, channel: "email")
    f.answer("e1", at: d + 11 * hour)
    f.arrive("e2", at: d + 8 * hour, channel: "email")
    f.answer("e2", at: d + 13 * hour)
    f.arrive("e3", at: d + 9 * hour, channel: "EMAIL")
    f.arrive("e4", at: d + 10 * hour, channel: "email")
    f.arrive("n1", at: d + 13 * hour + 59 * minute + 48)
    f.arrive("p4", at: d + 13 * hour + 59 * minute + 52, channel: "phone")
    return f
}

private let mixedAsOf = mar2 + 14 * hour

@Suite("Channels: live and async")
struct ChannelClassTests {
    @Test func classesFollowLiveChannelsAnyCase() {
        let q = Settings().queue
        #expect(q.channelClass("Phone") == .live)
        #expect(q.channelClass("CHAT") == .live)
        #expect(q.channelClass("video") == .live)
        #expect(q.channelClass("email") == .async)
        #expect(q.channelClass("whatsapp") == .async)
        #expect(q.channelClass(nil) == .live)
        #expect(q.channelClass("") == .live)
    }

    @Test func eachContactIsJudgedByItsOwnChannelsThreshold() {
        let r = mixedDay().report(asOf: mixedAsOf)
        // Overall: within = p1 (15 ≤ 20) + e1 (2 h ≤ 4 h) = 2; answered 4, abandoned 1 (p3) → 2 / 5 = 40 %.
        // (Judging every contact by 20 s would give 1 / 5 = 20 %.)
        #expect(r.queue.serviceLevelPercent == 40)
        // email: within e1 only, of answered e1 e2 → 1 / 2 = 50 %.
        #expect(r.byChannel["email"]?.serviceLevelPercent == 50)
        // phone: p1 of p1 p2 → 50 %. Chat: 0 answered, 1 abandoned → 0 %.
        #expect(r.byChannel["phone"]?.serviceLevelPercent == 50)
        #expect(r.byChannel["Chat"]?.serviceLevelPercent == 0)
    }

    @Test func byClassSplitsLiveFromAsync() throws {
        let r = mixedDay().report(asOf: mixedAsOf)
        let live = try #require(r.byClass[.live])
        let async = try #require(r.byClass[.async])
        // live offered: p1 p2 p3 n1 p4 = 5; answered p1 p2; abandoned p3.
        #expect(live.offered == 5)
        #expect(live.answered == 2)
        #expect(live.abandoned == 1)
        // live SL: p1 / (2 + 1) = 33.33 %; ASA (15 + 30) / 2 = 22.5 s.
        #expect(abs(live.serviceLevelPercent! - 100.0 / 3) < 1e-9)
        #expect(live.asaSeconds == 22.5)
        // Waiting live: n1 (no channel is live) and p4; the longest is n1, 12 s.
        #expect(live.waitingNow == 2)
        #expect(live.longestWaitNowSeconds == 12)
        // async: offered e1 e2 e3 e4 = 4; waiting e3 e4, oldest e3: 5 h.
        #expect(async.offered == 4)
        #expect(async.waitingNow == 2)
        #expect(async.longestWaitNowSeconds == 5 * hour)
        // async SL: e1 / (e1 + e2) = 50 %.
        #expect(async.serviceLevelPercent == 50)
        // The headline is the live class.
        #expect(r.headline.waitingNow == 2)
        #expect(r.headline.longestWaitNowSeconds == 12)
    }

    @Test func aChannelsOwnKeysOverrideItsClass() {
        var s = Settings()
        s.queue.channels["email", default: ChannelOverrides()].serviceLevelSeconds = 6 * hour
        let r = mixedDay(s).report(asOf: mixedAsOf)
        // email within 6 h: e1 (2 h) and e2 (5 h) → 100 %.
        #expect(r.byChannel["email"]?.serviceLevelPercent == 100)
        // Its other keys come from the class: warning 3600, critical 14,400.
        #expect(s.queue.thresholds(channel: "Email") == ServiceThresholds(
            serviceLevelSeconds: 6 * hour, serviceLevelTarget: 80, waitWarningSeconds: 3600, waitCriticalSeconds: 14_400))
    }

    @Test func liveChannelsSettingMovesAChannelToLive() {
        var s = Settings()
        s.queue.liveChannels = ["phone", "chat", "video", "email"]
        let r = mixedDay(s).report(asOf: mixedAsOf)
        // email now judged against 20 s: neither e1 nor e2 is within.
        #expect(r.byChannel["email"]?.serviceLevelPercent == 0)
        #expect(r.byClass[.async] == nil)
    }

    @Test func forecastUsesLiveArrivalsAndLiveAHTOnly() {
        var f = Feed()
        let d = mar2
        // Last hour before 14:00 (13:00 itself is an hour old: not counted):
        // 3 phone arrivals and 5 emails.
        for i in 0..<3 {
            f.arrive("p\(i)", at: d + 13 * hour + Double(i) * 600 + 1, channel: "phone")
            f.answer("p\(i)", at: d + 13 * hour + Double(i) * 600 + 11, agent: "a\(i)")
            // Handle 300 s each.
            f.resolve("p\(i)", at: d + 13 * hour + Double(i) * 600 + 311)
        }
        for i in 0..<5 {
            f.arrive("e\(i)", at: d + 13 * hour + Double(i) * 60 + 1, channel: "email")
            f.answer("e\(i)", at: d + 13 * hour + Double(i) * 60 + 100, agent: "b")
            // Handle 3,000 s each: would pull the AHT far up if averaged in.
            f.resolve("e\(i)", at: d + 13 * hour + Double(i) * 60 + 3100)
        }
        let fc = f.report(asOf: d + 14 * hour).forecast
        // λ = 3 live arrivals / h; AHT = 300 s (phone only).
        #expect(fc.arrivalsPerHour == 3)
        #expect(fc.ahtSeconds == 300)
    }
}
