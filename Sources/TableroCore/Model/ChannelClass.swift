/// Live or async work (METRICS.md, "Channels: live and async"): a customer on
/// the phone waits seconds, one who wrote an email waits hours, so each is
/// judged by its own class's (or channel's) thresholds.
public enum ChannelClass: String, Sendable, CaseIterable, Hashable {
    case live
    case async

    /// `class:live` / `class:async`, the scope of an alert.
    public var scope: String { "class:\(rawValue)" }
}

/// The four service keys a class or a channel is judged by.
public struct ServiceThresholds: Sendable, Equatable {
    public var serviceLevelSeconds: Double
    /// %.
    public var serviceLevelTarget: Double
    public var waitWarningSeconds: Double
    public var waitCriticalSeconds: Double

    public init(serviceLevelSeconds: Double, serviceLevelTarget: Double, waitWarningSeconds: Double, waitCriticalSeconds: Double) {
        self.serviceLevelSeconds = serviceLevelSeconds
        self.serviceLevelTarget = serviceLevelTarget
        self.waitWarningSeconds = waitWarningSeconds
        self.waitCriticalSeconds = waitCriticalSeconds
    }

    /// `[queue.async]`'s defaults: a reply within 4 hours.
    public static let asyncDefaults = ServiceThresholds(serviceLevelSeconds: 14_400, serviceLevelTarget: 80,
                                                        waitWarningSeconds: 3600, waitCriticalSeconds: 14_400)
}

/// What `[queue.channels.NAME]` sets; a key it leaves out comes from the class.
public struct ChannelOverrides: Sendable, Equatable {
    public var serviceLevelSeconds: Double?
    public var serviceLevelTarget: Double?
    public var waitWarningSeconds: Double?
    public var waitCriticalSeconds: Double?

    public init() {}

    func applied(to base: ServiceThresholds) -> ServiceThresholds {
        ServiceThresholds(serviceLevelSeconds: serviceLevelSeconds ?? base.serviceLevelSeconds,
                          serviceLevelTarget: serviceLevelTarget ?? base.serviceLevelTarget,
                          waitWarningSeconds: waitWarningSeconds ?? base.waitWarningSeconds,
                          waitCriticalSeconds: waitCriticalSeconds ?? base.waitCriticalSeconds)
    }
}

extension Settings.Queue {
    /// A channel's class: live when listed in `live_channels` (any case), or
    /// when the contact has no channel at all.
    public func channelClass(_ channel: String?) -> ChannelClass {
        guard let channel, !channel.isEmpty else { return .live }
        let name = channel.lowercased()
        return liveChannels.contains(name) ? .live : .async
    }

    /// A class's thresholds: `[queue]` for live, `[queue.async]` for async.
    public func thresholds(_ cls: ChannelClass) -> ServiceThresholds {
        cls == .live ? live : async
    }

    /// A channel's thresholds: its own `[queue.channels.NAME]` keys over its class's.
    public func thresholds(channel: String?) -> ServiceThresholds {
        let base = thresholds(channelClass(channel))
        guard let channel, let own = channels[channel.lowercased()] else { return base }
        return own.applied(to: base)
    }
}
