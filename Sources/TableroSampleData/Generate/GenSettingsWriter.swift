import Foundation

/// Writes a commented tablero.toml with every setting of METRICS.md, so a
/// new user sees what can be tuned. The time zone is the one the data was
/// generated in; `agents` and `roi_target` stay commented out (they switch
/// behaviour on rather than tune it).
enum GenSettingsWriter {
    static func text(timeZone: String) -> String {
        let zone = timeZone.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
        # Tablero settings. Every key is optional; the values shown are the defaults,
        # except the time zone, which is the one this sample data was generated in.

        [general]
        currency = "USD"            # ISO code; shown as a symbol where known
        locale = "en"               # en | es: labels and number formatting
        timezone = "\(zone)"  # IANA name; "today" starts at local midnight here

        [queue]
        # Live channels are answered while the customer waits on the line; every
        # other channel (email, social, whatsapp...) is async, with its own targets.
        live_channels = ["phone", "chat", "video"]
        # The live class's targets:
        service_level_seconds = 20  # answered within this many seconds counts for service level
        service_level_target = 80   # % service level the wallboard aims for
        short_abandon_seconds = 5   # abandons sooner than this are short: left out of the rates
        wait_warning_seconds = 60   # a wait turns amber from here
        wait_critical_seconds = 180 # a wait turns red from here
        forget_waiting_after_hours = 12 # a contact waiting longer is dropped from waiting now (unclosed)
        abandon_warning_percent = 5 # abandon rate amber from here
        abandon_critical_percent = 10 # abandon rate red from here
        # agents = 12               # fixes the agent count instead of estimating it

        [queue.async]               # every channel not in live_channels: a reply within hours
        service_level_seconds = 14400 # 4 h
        service_level_target = 80
        wait_warning_seconds = 3600 # 1 h
        wait_critical_seconds = 14400 # 4 h

        # [queue.channels.email]    # any channel may set any of those four keys;
        # service_level_seconds = 86400 # what it leaves out comes from its class

        [satisfaction]
        csat_scale = 5              # CSAT answers run 1..csat_scale
        csat_positive_min = 4       # a CSAT score from here up counts as satisfied
        ces_scale = 7               # CES answers run 1..ces_scale
        csat_target = 85            # % satisfied the dashboard aims for
        nps_target = 30             # NPS the dashboard aims for (-100..100)

        [economics]
        attribution = 100           # % of the benefit lines credited to the service
        acquisition_cost_multiple = 5 # winning a customer costs this many times keeping one
        agent_monthly_cost = 4200   # cost of one more (or one less) agent per month, for what-if
        # roi_target = 100          # % ROI goal: the dashboard then shows the retention needed to reach it

        [alerts]
        bell = false                # ring the terminal bell when a figure turns critical
        flash_seconds = 10          # a figure that turns critical flashes this long

        """
    }

    static func write(timeZone: String, into directory: URL) throws -> Int {
        let file = try GenFileWriter(directory: directory, relativePath: "tablero.toml")
        file.text(text(timeZone: timeZone))
        return try file.close()
    }
}
