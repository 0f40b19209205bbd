/// Each contact is judged by its own channel's settings (METRICS.md,
/// "Channels: live and async"). The class and the service-level seconds of a
/// channel id are looked up once and kept in `channelRules`, indexed by the
/// interned id, so the hot path of an answer is an array read.
struct ChannelRule: Sendable {
    var cls: ChannelClass
    var serviceLevelSeconds: Double
    /// Its waits are first responses: a named channel other than phone
    /// (METRICS.md, "First response"), kept here so that an answer does not
    /// look the name up again.
    var countsFirstResponse: Bool
}

extension MetricsStore {
    /// The rule of a channel id (`NameTable.none`: no channel, which is live).
    mutating func channelRule(_ channel: Int32) -> ChannelRule {
        guard channel >= 0 else { return noChannelRule }
        let i = Int(channel)
        if i < channelRules.count, let known = channelRules[i] { return known }
        channelRules.extend(toHold: i, with: nil)
        let name = names.name(channel)
        let rule = ChannelRule(cls: settings.queue.channelClass(name),
                               serviceLevelSeconds: settings.queue.thresholds(channel: name).serviceLevelSeconds,
                               countsFirstResponse: !names.isPhone(channel))
        channelRules[i] = rule
        return rule
    }

    var noChannelRule: ChannelRule {
        ChannelRule(cls: .live, serviceLevelSeconds: settings.queue.serviceLevelSeconds, countsFirstResponse: false)
    }

    /// The class of a channel id, without caching (for reads of the report).
    func channelClass(_ channel: Int32) -> ChannelClass {
        settings.queue.channelClass(names.name(channel))
    }
}
