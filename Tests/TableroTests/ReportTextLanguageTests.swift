import Foundation
import Testing
import TableroCore
import TableroIngest
import TableroReport

/// `report`'s text speaks the language of `general.locale`: the glossary's
/// Spanish labels (GLOSSARY.md) and Spanish numbers, with no English label
/// left behind; English stays as it was.
@Suite struct ReportTextLanguageTests {
    static let events = """
    ts,contact_id,event,channel,queue,agent,first_contact
    2026-11-22T09:00:00Z,c1,arrive,phone,billing,,
    2026-11-22T09:00:10Z,c1,answer,phone,billing,Ana,
    2026-11-22T09:05:10Z,c1,resolve,phone,billing,Ana,true
    2026-11-22T09:02:00Z,c3,arrive,phone,billing,,
    2026-11-22T09:02:03Z,c3,abandon,phone,billing,,
    2026-11-22T09:03:00Z,c4,arrive,phone,billing,,
    2026-11-22T09:04:00Z,c4,abandon,phone,billing,,
    2026-11-22T09:50:00Z,c5,arrive,phone,billing,,

    """

    /// The report text of a small directory whose `tablero.toml` sets `locale`.
    func reportText(locale: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tablero-text-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = [
            "events.csv": Self.events,
            "surveys.csv": "ts,type,score\n2026-11-22T10:00:00Z,csat,5\n2026-11-22T10:00:00Z,nps,10\n",
            "costs.csv": "period,category,amount\n2026-11,personnel,1234567\n",
            "benefits.csv": "period,kind,amount\n2026-11,upsell,2000000\n",
            "tablero.toml": "[general]\nlocale = \"\(locale)\"\ncurrency = \"EUR\"\n",
        ]
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        let settings = try DirectoryLoader.settings(root: dir, settingsPath: nil)
        let asOf = try #require(Timestamp.parse("2026-11-22T10:00:00Z", clock: .utc))
        let store = try DirectoryLoader.load(root: dir, settings: settings, cutoff: asOf).store
        let report = store.report(window: .all, asOf: asOf, scenario: Scenario(settings: settings))
        return ReportText.make(report, clock: .utc, directory: "d")
    }

    /// The label column of a block's rows (two spaces in, two or more spaces out).
    func rowNames(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), let end = line.dropFirst(2).range(of: "  ") else { return nil }
            return String(line.dropFirst(2)[..<end.lowerBound])
        })
    }

    @Test func spanishUsesTheGlossarysLabels() throws {
        let text = try reportText(locale: "es")
        let lines = Set(text.split(separator: "\n").map(String.init))
        // Block titles and row names, word for word from GLOSSARY.md's Spanish column.
        for title in ["Cola", "Satisfacción", "ROI", "Previsión (Erlang C)", "Calidad de datos"] {
            #expect(lines.contains(title), "no block titled \(title)")
        }
        let names = rowNames(text)
        for name in ["En espera ahora", "Espera más larga", "Nivel de servicio (20/14.400 s, objetivo 80 %)", "Tasa de abandono",
                     "Tiempo de primera respuesta", "Resolución en el primer contacto (FCR)", "Agentes",
                     "Satisfacción del cliente (CSAT)", "Promotores / Pasivos / Detractores", "Personal", "Ventas adicionales",
                     "Coste total", "Beneficio", "Beneficio neto", "Retorno por cada 1 € invertido", "Atribución al servicio",
                     "Ocupación", "Probabilidad de espera", "Agentes necesarios"] {
            #expect(names.contains(name), "no row named \(name)")
        }
        #expect(text.contains("Base") && text.contains("Escenario") && text.contains("Diferencia"))
        // Spanish numbers: thousands with a dot, the currency after the figure.
        #expect(text.contains("1.234.567 €"), "\(text)")
        // No English label is left.
        for english in ["Queue", "Waiting now", "Service level", "Total cost", "Net benefit", "Baseline", "Data quality", "answers",
                        "periodo all", "class:live", "_seconds", "_percent"] {
            #expect(!text.contains(english), "English '\(english)' in the Spanish report")
        }
        // The window, the classes and the NPS by GLOSSARY.md's words (an audit).
        #expect(text.contains("periodo Todo"), "\(text)")
        #expect(rowNames(text).contains("En directo"), "\(text)")
        #expect(text.contains("Net Promoter Score (NPS)"), "\(text)")
    }

    @Test func englishIsTheDefaultAndUnchanged() throws {
        let text = try reportText(locale: "en")
        let names = rowNames(text)
        for name in ["Waiting now", "Service level (20/14,400s, target 80%)", "Promoters / Passives / Detractors", "Total cost",
                     "Return per €1", "Chance of waiting"] {
            #expect(names.contains(name), "no row named \(name)")
        }
        #expect(text.hasPrefix("Tablero report: d\nAs of 2026-11-22T10:00:00Z, window all"))
        #expect(text.contains("€1,234,567"), "\(text)")
        #expect(!text.contains("Cola") && !text.contains("Escenario"))
    }
}

/// Issue 13: settings text and names reach `report` text escaped: a currency
/// holding an escape sequence set the window title and ran a CSI; a bidi
/// override in a queue name could reorder the figures on a bidi terminal.
@Suite struct ReportTextEscapingTests {
    @Test func currencyAndNamesAreEscaped() throws {
        var store = MetricsStore()
        let file = store.ledger.fileID(path: "events.csv", kind: .events)
        let t = 1_795_338_000.0
        store.add(ContactEvent(time: t, contactID: "c1", kind: .arrive, channel: "phone", queue: "sales\u{202E}evil"),
                  origin: RowOrigin(file: file, line: 2))
        store.add(CostLine(period: Period(year: 2026, month: 11), category: .personnel, amount: 100))
        var settings = Settings()
        settings.general.currency = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
        let report = MetricsStore(settings: settings).report(window: .all, asOf: t)
        _ = report
        var withSettings = MetricsStore(settings: settings)
        withSettings.add(ContactEvent(time: t, contactID: "c1", kind: .arrive, channel: "phone", queue: "sales\u{202E}evil"),
                         origin: RowOrigin(file: withSettings.ledger.fileID(path: "events.csv", kind: .events), line: 2))
        withSettings.add(CostLine(period: Period(year: 2026, month: 11), category: .personnel, amount: 100))
        let text = ReportText.make(withSettings.report(window: .all, asOf: t + 60), clock: .utc, directory: "d")
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("sales\\u{202e}evil"))
        #expect(text.contains("\\u{1b}]0;"))
    }
}
