import Foundation

/// The fixed shape of the simulated contact centre: queues, channels, how
/// busy each local hour and weekday is. Arrays, never dictionaries, so the
/// order of everything is fixed.
enum GenCatalog {
    static let queueNames = ["billing", "technical", "sales", "retention", "general"]
    static let queueBytes = queueNames.map { Array($0.utf8) }
    /// Share of all contacts per queue.
    static let queueShare: [Double] = [0.28, 0.30, 0.18, 0.08, 0.16]
    /// Handle time multiplier per queue: technical issues take longest, general questions least.
    static let queueHandle: [Double] = [1.0, 1.35, 0.9, 1.25, 0.8]
    /// First contact resolution per queue (before channel and agent effects).
    static let queueFCR: [Double] = [0.78, 0.68, 0.83, 0.74, 0.81]

    static let channelNames = ["phone", "email", "chat", "whatsapp", "social"]
    static let channelBytes = channelNames.map { Array($0.utf8) }
    static let phone = 0, email = 1, chat = 2, whatsapp = 3, social = 4

    /// Channel mix per queue (phone, email, chat, whatsapp, social): retention
    /// is mostly calls, technical leans on email and chat, sales on chat and whatsapp.
    static let channelMix: [[Double]] = [
        [45, 25, 15, 10, 5],   // billing
        [35, 30, 25, 5, 5],    // technical
        [40, 10, 30, 15, 5],   // sales
        [70, 10, 10, 5, 5],    // retention
        [30, 25, 20, 15, 10],  // general
    ]

    /// Arrivals by local clock hour: quiet at night, a mid-morning peak, a
    /// lunch dip and a second peak early in the afternoon.
    static let hourShape: [Double] = [
        0.12, 0.08, 0.06, 0.05, 0.06, 0.12, 0.35, 0.85,  // 00-07
        1.75, 2.60, 3.00, 2.80, 2.15, 2.45, 2.70, 2.40,  // 08-15
        1.95, 1.50, 1.10, 0.80, 0.60, 0.45, 0.30, 0.18,  // 16-23
    ]
    static let peakShape = 3.0

    /// Volume by Calendar weekday (1 = Sunday): Monday heaviest, weekends light.
    static let weekdayVolume: [Double] = [0, 0.38, 1.15, 1.06, 1.0, 0.98, 0.92, 0.55]

    /// How busy an hour is relative to the busiest hour of a busy day (0...~1.2);
    /// waits and the chance of queueing at all grow with it.
    static func load(localHour: Int, weekday: Int) -> Double {
        // Weekends are staffed down too, so their load is not as low as their volume.
        let dayFactor = 0.75 + 0.25 * weekdayVolume[weekday]
        return hourShape[localHour] / peakShape * dayFactor
    }

    /// Asynchronous channels get relatively more of the night traffic (people
    /// write at night, they do not call).
    static func channelWeight(queue: Int, channel: Int, localHour: Int) -> Double {
        let base = channelMix[queue][channel]
        guard channel == email || channel == social || channel == whatsapp else { return base }
        let quiet = 1.0 - hourShape[localHour] / peakShape
        return base * (1.0 + 2.0 * quiet)
    }
}

/// How one channel behaves: waits, patience, handle time, survey mood.
struct GenChannelModel {
    /// Chance of waiting in queue at all = base + slope * load^2 (otherwise answered at once).
    var queueBase: Double
    var queueSlope: Double
    /// Wait when answered at once: uniform in this range (ringing, first-reply bots).
    var immediate: ClosedRange<Double>
    /// Mean wait of those that do queue, at load 1; scaled by (0.6 + load).
    var queuedMean: Double
    /// No wait goes beyond this (email in a backlog over a weekend would, but not here).
    var waitCap: Double
    /// Share of contacts that hang up within 5 s (mis-dials, wrong menu): short abandons.
    var shortAbandon: Double
    /// Share of the rest who can abandon at all, and their patience.
    var canAbandon: Double
    var patienceMedian: Double
    var patienceSigma: Double
    /// Handle time (resolve - answer).
    var handleMedian: Double
    var handleSigma: Double
    /// Added to the queue's first contact resolution chance.
    var fcrShift: Double
    /// A wait this long is "normal" for the channel; survey mood drops beyond it.
    var typicalWait: Double
    /// Baseline survey mood of the channel.
    var mood: Double

    static let all: [GenChannelModel] = [
        // phone: seconds to a few minutes; callers give up after a couple of minutes.
        GenChannelModel(queueBase: 0.08, queueSlope: 0.42, immediate: 1...8, queuedMean: 28,
                        waitCap: 1500, shortAbandon: 0.025, canAbandon: 1.0,
                        patienceMedian: 140, patienceSigma: 0.85,
                        handleMedian: 300, handleSigma: 0.5, fcrShift: 0.02, typicalWait: 30, mood: 0.8),
        // email: hours, and an email is practically never withdrawn.
        // An email desk works its queue within its 4-hour target (METRICS.md's
        // async default): the oldest open email turns amber, not red all day.
        GenChannelModel(queueBase: 0.85, queueSlope: 0.1, immediate: 600...2400, queuedMean: 3000,
                        waitCap: 3.5 * 3600, shortAbandon: 0, canAbandon: 0.004,
                        patienceMedian: 8 * 3600, patienceSigma: 0.6,
                        handleMedian: 360, handleSigma: 0.7, fcrShift: -0.06, typicalWait: 4 * 3600, mood: 0.45),
        // chat: like phone but a little slower; chatters wander off.
        GenChannelModel(queueBase: 0.12, queueSlope: 0.5, immediate: 2...15, queuedMean: 40,
                        waitCap: 1800, shortAbandon: 0.035, canAbandon: 1.0,
                        patienceMedian: 260, patienceSigma: 0.9,
                        handleMedian: 540, handleSigma: 0.5, fcrShift: 0.0, typicalWait: 45, mood: 0.95),
        // whatsapp: minutes; people come back to the conversation later.
        GenChannelModel(queueBase: 0.35, queueSlope: 0.5, immediate: 5...60, queuedMean: 240,
                        waitCap: 4 * 3600, shortAbandon: 0.01, canAbandon: 0.6,
                        patienceMedian: 1800, patienceSigma: 1.0,
                        handleMedian: 720, handleSigma: 0.6, fcrShift: 0.0, typicalWait: 300, mood: 1.0),
        // social: tens of minutes; a public post is seldom taken back.
        GenChannelModel(queueBase: 0.6, queueSlope: 0.3, immediate: 60...600, queuedMean: 1500,
                        waitCap: 3 * 3600, shortAbandon: 0, canAbandon: 0.03,
                        patienceMedian: 1200, patienceSigma: 0.8,
                        handleMedian: 420, handleSigma: 0.6, fcrShift: -0.08, typicalWait: 1800, mood: 0.5),
    ]
}
