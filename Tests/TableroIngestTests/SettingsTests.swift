import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// `tablero.toml` through `SettingsLoader`.
@Suite("settings")
struct SettingsTests {
    func problem(_ text: String) -> String? {
        do {
            _ = try SettingsLoader.parse(text, path: "tablero.toml")
            return nil
        } catch let p as SettingsLoader.Problem {
            return p.description
        } catch {
            return "unexpected error \(error)"
        }
    }

    @Test func defaultsWhenAbsentOrEmpty() throws {
        #expect(try SettingsLoader.load(path: "/nonexistent/tablero.toml") == Settings())
        #expect(try SettingsLoader.parse("", path: "tablero.toml") == Settings())
        #expect(try SettingsLoader.parse("# only a comment\n[queue]\n", path: "tablero.toml") == Settings())
        let d = Settings()
        #expect(d.general.currency == "USD")
        #expect(d.general.locale == "en")
        #expect(d.general.timezone == "UTC")
        #expect(d.queue.serviceLevelSeconds == 20)
        #expect(d.queue.serviceLevelTarget == 80)
        #expect(d.queue.shortAbandonSeconds == 5)
        #expect(d.queue.waitWarningSeconds == 60)
        #expect(d.queue.waitCriticalSeconds == 180)
        #expect(d.queue.forgetWaitingAfterHours == 12)
        #expect(d.queue.agents == nil)
        #expect(d.satisfaction.csatScale == 5)
        #expect(d.satisfaction.csatPositiveMin == 4)
        #expect(d.satisfaction.cesScale == 7)
        #expect(d.satisfaction.csatTarget == 85)
        #expect(d.satisfaction.npsTarget == 30)
        #expect(d.economics.attribution == 100)
        #expect(d.economics.acquisitionCostMultiple == 5)
        #expect(d.economics.agentMonthlyCost == 4200)
        #expect(d.economics.roiTarget == nil)
    }

    @Test func missingFileThatMustExistIsAnError() {
        #expect(throws: SettingsLoader.Problem.self) {
            try SettingsLoader.load(path: "/nonexistent/tablero.toml", mustExist: true)
        }
        do {
            _ = try DirectoryLoader.settings(root: "/tmp", settingsPath: "/nonexistent/x.toml")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "/nonexistent/x.toml: no such file")
        }
    }

    @Test func everyKeyIsRead() throws {
        let text = """
        [general]
        currency = "EUR"
        locale = "ES"
        timezone = "Europe/Madrid"

        [queue]
        service_level_seconds = 30
        service_level_target = 90.5
        short_abandon_seconds = 3
        wait_warning_seconds = 45
        wait_critical_seconds = 120
        forget_waiting_after_hours = 6.5
        agents = 12

        [satisfaction]
        csat_scale = 10
        csat_positive_min = 8
        ces_scale = 5
        csat_target = 90
        nps_target = -10

        [economics]
        attribution = 50
        acquisition_cost_multiple = 7
        agent_monthly_cost = 3900.5
        roi_target = 150
        """
        let s = try SettingsLoader.parse(text, path: "tablero.toml")
        #expect(s.general.currency == "EUR")
        #expect(s.general.locale == "es")
        #expect(s.general.timezone == "Europe/Madrid")
        #expect(s.queue.serviceLevelSeconds == 30)
        #expect(s.queue.serviceLevelTarget == 90.5)
        #expect(s.queue.shortAbandonSeconds == 3)
        #expect(s.queue.waitWarningSeconds == 45)
        #expect(s.queue.waitCriticalSeconds == 120)
        #expect(s.queue.forgetWaitingAfterHours == 6.5)
        #expect(s.queue.agents == 12)
        #expect(s.satisfaction.csatScale == 10)
        #expect(s.satisfaction.csatPositiveMin == 8)
        #expect(s.satisfaction.cesScale == 5)
        #expect(s.satisfaction.csatTarget == 90)
        #expect(s.satisfaction.npsTarget == -10)
        #expect(s.economics.attribution == 50)
        #expect(s.economics.acquisitionCostMultiple == 7)
        #expect(s.economics.agentMonthlyCost == 3900.5)
        #expect(s.economics.roiTarget == 150)
    }

    @Test func settingsFileInTheDataDirectoryIsUsed() throws {
        let dir = try TempDataDir([
            "tablero.toml": "[general]\ntimezone = \"America/New_York\"\n[satisfaction]\ncsat_scale = 10\n",
            "events.csv": "ts,contact_id,event\n2026-11-22 09:00:00,c1,arrive\n",
            "surveys.csv": "ts,type,score\n2026-11-22 09:00:00,csat,9\n",
        ])
        let loaded = try dir.load()
        #expect(loaded.store.settings.general.timezone == "America/New_York")
        #expect(loaded.files.map(\.path) == ["events.csv", "surveys.csv"]) // settings are not a data file
        #expect(loaded.store.newestRowTime == utc(2026, 11, 22, 14))
        #expect(!loaded.store.ledger.hasProblems)
    }

    @Test func syntaxErrorGivesPathAndLine() throws {
        let p = try #require(problem("[queue]\nservice_level_seconds = 20\nwait_warning_seconds = = 3\n"))
        #expect(p.hasPrefix("tablero.toml:3: "))
        let q = try #require(problem("[general]\ncurrency = \"EUR\n"))
        #expect(q.hasPrefix("tablero.toml:2: "))
        let r = try #require(problem("[queue\n"))
        #expect(r.hasPrefix("tablero.toml:1: "))
        let dup = try #require(problem("[queue]\nagents = 1\nagents = 2\n"))
        #expect(dup.hasPrefix("tablero.toml:3: "))
    }

    @Test func unknownKeyIsRejectedWithItsLine() {
        #expect(problem("[queue]\nservice_level_seconds = 20\nservice_levl_seconds = 20\n")
            == "tablero.toml:3: unknown key 'service_levl_seconds' in [queue]")
        #expect(problem("[general]\ncurrency = \"EUR\"\nagents = 3\n")
            == "tablero.toml:3: unknown key 'agents' in [general]")
        // The line is the key's own, in its section, not an earlier key of the same name or prefix.
        #expect(problem("[queue]\nagents = 3\n\n[general]\nagents = 1\n")
            == "tablero.toml:5: unknown key 'agents' in [general]")
        #expect(problem("[satisfaction]\ncsat_scale_x = 3\ncsat_scale = \"5\"\n")
            == "tablero.toml:2: unknown key 'csat_scale_x' in [satisfaction]")
        #expect(problem("[satisfaction]\ncsat_scale_note = 3\n")
            == "tablero.toml:2: unknown key 'csat_scale_note' in [satisfaction]")
    }

    @Test func crlfFileGivesTheRightLine() {
        #expect(problem("[queue]\r\nagents = 3\r\n\r\n[general]\r\nagents = 1\r\n")
            == "tablero.toml:5: unknown key 'agents' in [general]")
        #expect(problem("[general]\r\ncurrency = \"EUR\"\r\ntimezone = \"Nowhere\"\r\n")
            == "tablero.toml:3: unknown time zone 'Nowhere'")
    }

    @Test func subTableIsAnUnknownKeyOnItsHeaderLine() {
        #expect(problem("[queue]\nagents = 3\n[queue.extra]\nx = 1\n") == "tablero.toml:3: unknown key 'extra' in [queue]")
    }

    @Test func unknownSectionIsRejectedWithItsLine() {
        #expect(problem("[general]\ncurrency = \"EUR\"\n\n[bogus]\nx = 1\n") == "tablero.toml:4: unknown section 'bogus'")
        #expect(problem("currency = \"EUR\"\n") == "tablero.toml:1: unknown section 'currency'")
        #expect(problem("[queue]\nagents = 3\n[general ] # main\nx = 1\n") == "tablero.toml:4: unknown key 'x' in [general]")
    }

    /// Issue 13: a quoted key, a dotted key and an array of tables get the
    /// line they are on, like a bare key.
    @Test func quotedKeysAndArraysOfTablesGetTheirLine() {
        #expect(problem("# settings\n\"bogus\" = 1\n") == "tablero.toml:2: unknown section 'bogus'")
        #expect(problem("[general]\ncurrency = \"EUR\"\n\n[[queue]]\nagents = 1\n") == "tablero.toml:4: 'queue' must be a section ([queue])")
        #expect(problem("[queue]\nagents = 3\n'agents_x' = 1\n") == "tablero.toml:3: unknown key 'agents_x' in [queue]")
        #expect(problem("[general]\n\"currency\" = 5\n") == "tablero.toml:2: general.currency must be a string")
        #expect(problem("[\"general\"]\nlocale = \"en\"\n\n[ 'queue' ]\nagents = 0\n") == "tablero.toml:5: queue.agents = 0 is outside 1..1000000")
        #expect(problem("# dotted\nqueue.agents = 2\nqueue.agnets = 3\n") == "tablero.toml:3: unknown key 'agnets' in [queue]")
        #expect(problem("[queue]\nagents = 2.5\n") == "tablero.toml:2: queue.agents must be a whole number")
    }

    /// Several errors: the first in the file is reported, whatever its kind.
    @Test func theFirstErrorInTheFileIsReported() {
        #expect(problem("[queue]\nagents = \"x\"\n[bogus]\n") == "tablero.toml:2: queue.agents must be a number")
        #expect(problem("[bogus]\n[queue]\nagents = \"x\"\n") == "tablero.toml:1: unknown section 'bogus'")
    }

    @Test func unknownTimeZoneIsRejected() {
        #expect(problem("[general]\ntimezone = \"Mars/Olympus_Mons\"\n") == "tablero.toml:2: unknown time zone 'Mars/Olympus_Mons'")
        #expect(problem("[general]\ntimezone = \"\"\n") == "tablero.toml:2: unknown time zone ''")
        #expect(problem("[general]\ntimezone = \"America/New_York\"\n") == nil)
    }

    @Test func wrongTypesAreRejected() {
        #expect(problem("[queue]\nservice_level_seconds = \"20\"\n") == "tablero.toml:2: queue.service_level_seconds must be a number")
        #expect(problem("[general]\ncurrency = 5\n") == "tablero.toml:2: general.currency must be a string")
        #expect(problem("[queue]\nagents = true\n") == "tablero.toml:2: queue.agents must be a number")
        #expect(problem("[queue]\nagents_note = 1\n") == "tablero.toml:2: unknown key 'agents_note' in [queue]")
        #expect(problem("[general]\nlocale = \"en\"\n[economics]\nagent_monthly_cost = \"lots\"\n")
            == "tablero.toml:4: economics.agent_monthly_cost must be a number")
        #expect(problem("[economics]\nroi_target = [1, 2]\n") == "tablero.toml:2: economics.roi_target must be a number")
        #expect(problem("queue = 5\n") == "tablero.toml:1: 'queue' must be a section ([queue])")
    }

    @Test func valuesOutOfRangeAreRejected() {
        #expect(problem("[queue]\nservice_level_target = 150\n") == "tablero.toml:2: queue.service_level_target = 150 is outside 0..100")
        #expect(problem("[satisfaction]\ncsat_scale = 1\n") == "tablero.toml:2: satisfaction.csat_scale = 1 is outside 2..100")
        #expect(problem("[queue]\nservice_level_seconds = -1\n") == "tablero.toml:2: queue.service_level_seconds = -1 is outside 0..1000000000")
        #expect(problem("[general]\nlocale = \"fr\"\n") == "tablero.toml:2: general.locale must be \"en\" or \"es\"")
    }

    @Test func loaderRejectsAnUnknownZoneGivenInSettings() throws {
        let dir = try TempDataDir()
        #expect(throws: SettingsLoader.Problem.self) {
            try dir.load(settings: settings(timezone: "Nowhere/Land"))
        }
    }
}

/// METRICS.md, "Channels: live and async" and "[alerts]".
@Suite("Settings: channels and alerts")
struct ChannelSettingsTests {
    @Test func classesChannelsAbandonBandsAndAlertsAreRead() throws {
        let text = """
        [queue]
        live_channels = ["Phone", "chat", "whatsapp"]
        abandon_warning_percent = 4
        abandon_critical_percent = 8

        [queue.async]
        service_level_seconds = 7200
        wait_critical_seconds = 10800

        [queue.channels.Email]
        service_level_seconds = 86400

        [alerts]
        bell = true
        flash_seconds = 5
        """
        let s = try SettingsLoader.parse(text, path: "tablero.toml")
        #expect(s.queue.liveChannels == ["phone", "chat", "whatsapp"])
        #expect(s.queue.abandonWarningPercent == 4 && s.queue.abandonCriticalPercent == 8)
        #expect(s.queue.async == ServiceThresholds(serviceLevelSeconds: 7200, serviceLevelTarget: 80,
                                                   waitWarningSeconds: 3600, waitCriticalSeconds: 10_800))
        // email: its own SL seconds over the async class's other keys.
        #expect(s.queue.thresholds(channel: "email") == ServiceThresholds(serviceLevelSeconds: 86_400, serviceLevelTarget: 80,
                                                                          waitWarningSeconds: 3600, waitCriticalSeconds: 10_800))
        #expect(s.queue.channelClass("WhatsApp") == .live)
        #expect(s.alerts.bell && s.alerts.flashSeconds == 5)
    }

    @Test func badChannelSettingsNameTheirLine() {
        func problem(_ text: String) -> String {
            do {
                _ = try SettingsLoader.parse(text, path: "tablero.toml")
                return "accepted"
            } catch {
                return "\(error)"
            }
        }
        #expect(problem("[queue.async]\nservice_level_seconds = -5\n")
            == "tablero.toml:2: queue.async.service_level_seconds = -5 is outside 0..1000000000")
        #expect(problem("[queue.channels.email]\n\nspeed = 3\n")
            == "tablero.toml:3: unknown key 'speed' in [queue.channels.email]")
        #expect(problem("[queue]\nlive_channels = \"phone\"\n") == "tablero.toml:2: queue.live_channels must be a list of strings")
        #expect(problem("[alerts]\nbell = \"yes\"\n") == "tablero.toml:2: alerts.bell must be true or false")
        #expect(problem("[queue.channels]\nemail = 3\n") == "tablero.toml:2: 'queue.channels.email' must be a section ([queue.channels.email])")
    }
}

/// Issue 13: contradictory settings were accepted (`csat_positive_min = 6`
/// with `csat_scale = 5` showed CSAT 0 % for ever); they are a settings error
/// on the line of the key that cannot hold.
@Suite("Settings that contradict each other")
struct ContradictorySettingsTests {
    func problem(_ text: String) -> String {
        do {
            _ = try SettingsLoader.parse(text, path: "tablero.toml")
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    @Test func positiveMinAboveTheScale() {
        #expect(problem("[satisfaction]\ncsat_scale = 5\ncsat_positive_min = 6\n")
            == "tablero.toml:3: satisfaction.csat_positive_min = 6 is above csat_scale = 5: no answer could be satisfied")
        // The default scale (5) counts too.
        #expect(problem("[satisfaction]\n\ncsat_positive_min = 7\n").hasPrefix("tablero.toml:3: satisfaction.csat_positive_min = 7 is above"))
        #expect(problem("[satisfaction]\ncsat_scale = 10\ncsat_positive_min = 9\n") == "accepted")
    }

    @Test func abandonWarningAboveCritical() {
        #expect(problem("[queue]\nabandon_warning_percent = 12\n")
            == "tablero.toml:2: queue.abandon_warning_percent = 12 is above abandon_critical_percent = 10")
    }
}
