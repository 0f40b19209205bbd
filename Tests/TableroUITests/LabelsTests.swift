import Testing
import TableroCore
@testable import TableroUI
import TableroText

@Suite struct LabelsTests {
    @Test func bothLanguagesComplete() {
        for key in LabelKey.allCases {
            let en = english[key], es = spanish[key]
            for text in [en.full, en.short, es.full, es.short] {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(key)")
            }
            // A short form is never longer than the full one.
            #expect(TextFit.width(en.short) <= TextFit.width(en.full), "\(key) en")
            #expect(TextFit.width(es.short) <= TextFit.width(es.full), "\(key) es")
        }
        #expect(LabelKey.allCases.count > 100)
    }

    /// A category or kind without its own label would fall back to "Other"
    /// and show up twice.
    @Test func everyCostAndBenefitHasItsOwnLabel() {
        for labels in [english, spanish] {
            #expect(Set(CostCategory.allCases.map { labels.cost($0).full }).count == CostCategory.allCases.count)
            #expect(Set(BenefitKind.allCases.map { labels.benefit($0).full }).count == BenefitKind.allCases.count)
        }
        #expect(english.benefit(.retention).full == "Retention" && english.cost(.other).full == "Other")
    }

    @Test func glossaryTerms() {
        #expect(spanish[.waitingNow] == Label("En espera ahora", short: "En espera"))
        #expect(spanish[.longestWait].short == "Máx. espera")
        #expect(spanish[.serviceLevel] == Label("Nivel de servicio", short: "NS"))
        #expect(spanish[.firstResponse].short == "1.ª resp.")
        // Issue 10: the words a contact centre uses (GLOSSARY.md): "Pérdida"
        // read as a financial loss; ASA and AHT are TME and TMO in Spanish.
        #expect(spanish[.churn] == Label("Tasa de bajas", short: "Bajas"))
        #expect(spanish[.averageWait] == Label("Tiempo medio de espera (TME)", short: "TME"))
        #expect(spanish[.handleTime] == Label("Tiempo medio de operación (TMO)", short: "TMO"))
        #expect(spanish[.breakEven] == Label("Punto de equilibrio", short: "P. equilibrio"))
        #expect(spanish[.nps].full == "Net Promoter Score (NPS)")
        #expect(spanish[.asOf].full == "Datos a las")
        #expect(spanish[.whatIf] == Label("Escenario (¿y si…?)", short: "¿Y si…?"))
        #expect(spanish[.chanceOfWaiting].short == "P(espera)")
        #expect([spanish[.baseline], spanish[.scenario], spanish[.difference]].map(\.full) == ["Base", "Escenario", "Diferencia"])
        #expect(english[.averageWait].full == "Average wait (ASA)")
        #expect(english[.returnPerCost].full == "Return per $1")
        // Acronyms stay as they are in both languages.
        for (en, es) in [(english[.csat], spanish[.csat]), (english[.nps], spanish[.nps]), (english[.ces], spanish[.ces]),
                         (english[.clv], spanish[.clv]), (english[.roi], spanish[.roi]),
                         (english[.firstContactResolution], spanish[.firstContactResolution])] {
            #expect(es.full.contains(en.short), "\(es.full)")
            #expect(es.short == en.short)
        }
    }

    /// Every full and short term of GLOSSARY.md's table is a label (the
    /// stale and too-small lines are checked below, with their values).
    @Test func everyGlossaryTermIsThere() {
        let englishTerms = [
            "Queue", "Waiting now", "Longest wait", "Average wait (ASA)", "Service level", "Abandon rate",
            "First response", "Handle time (AHT)", "Resolution time", "First contact resolution", "Agents",
            "Satisfaction", "CSAT", "NPS", "Promoters", "Passives", "Detractors", "CES", "Retention rate", "Churn",
            "CLV", "Personnel", "Training", "Technology", "Overhead", "Other", "Upsell", "Cross-sell", "Saved carts",
            "CLV uplift", "Referrals", "Retention", "Total cost", "Benefit", "Net benefit", "ROI", "Return per $1",
            "Attribution", "Acquisition cost ×retention", "What-if", "Baseline", "Scenario", "Difference",
            "Break-even", "Forecast (Erlang C)", "Chance of waiting", "Occupancy", "Agents needed", "Today",
            "7 days", "30 days", "All", "Data quality",
        ]
        let spanishTerms = [
            "Cola", "En espera ahora", "En espera", "Espera más larga", "Máx. espera", "Tiempo medio de espera (TME)",
            "TME", "Nivel de servicio", "NS", "Tasa de abandono", "Abandono", "Tiempo de primera respuesta",
            "1.ª resp.", "Tiempo medio de operación (TMO)", "TMO", "Tiempo de resolución", "Resolución",
            "Resolución en el primer contacto (FCR)", "FCR", "Agentes", "Satisfacción",
            "Satisfacción del cliente (CSAT)", "CSAT", "Net Promoter Score (NPS)", "NPS", "Promotores", "Pasivos",
            "Detractores", "Prom.", "Pas.", "Detr.", "Puntuación de esfuerzo del cliente (CES)", "CES",
            "Tasa de retención de clientes", "Retención", "Tasa de bajas", "Bajas",
            "Valor de vida del cliente (CLV)", "CLV", "Personal", "Formación", "Tecnología", "Gastos generales",
            "Otros", "Ventas adicionales", "Venta cruzada", "Carritos recuperados", "Aumento del CLV",
            "Recomendaciones", "Coste total", "Beneficio", "Beneficio neto", "ROI",
            "Retorno por cada 1 € invertido", "Retorno/coste", "Atribución al servicio", "Atribución",
            "Coste de adquisición (× el de retención)", "CAC ×", "Escenario (¿y si…?)", "¿Y si…?", "Base", "Escenario",
            "Diferencia", "Punto de equilibrio", "P. equilibrio", "Previsión (Erlang C)", "Previsión",
            "Probabilidad de espera", "P(espera)", "Ocupación", "Agentes necesarios", "Agentes nec.", "Hoy",
            "7 días", "30 días", "Todo", "Calidad de datos", "Datos",
        ]
        let en = Set(LabelKey.allCases.flatMap { [english[$0].full, english[$0].short] })
        let es = Set(LabelKey.allCases.flatMap { [spanish[$0].full, spanish[$0].short] })
        for term in englishTerms { #expect(en.contains(term), "missing English \(term)") }
        for term in spanishTerms { #expect(es.contains(term), "missing Spanish \(term)") }
    }

    @Test func labelsWithValues() {
        #expect(english.stale(age: "11 d 0 h") == "Stale: no new data for 11 d 0 h")
        #expect(spanish.stale(age: "7 min") == "Datos sin actualizar desde hace 7 min")
        #expect(english.dayAndTime(localStamp: "2026-11-23T20:11:04-05:00") == "23 Nov 20:11")
        #expect(spanish.dayAndTime(localStamp: "2026-09-03T08:05:00Z") == "3 sept 08:05")
        #expect(english.tooSmall(width: 80, height: 24) == "Terminal too small (needs 80×24)")
        #expect(spanish.tooSmall(width: 80, height: 24) == "Terminal demasiado pequeño (necesita 80×24)")
        #expect(english.window(.lastDays(7)) == "7 days" && spanish.window(.lastDays(30)) == "30 días")
        #expect(spanish.window(.today) == "Hoy" && spanish.window(.all) == "Todo" && spanish.window(.lastDays(14)) == "14 días")
        #expect(spanish.returnPer(currencySymbol: "€") == "Retorno por cada 1 € invertido")
        #expect(english.returnPer(currencySymbol: "€") == "Return per €1")
        #expect(spanish.unit(.retention) == "p. p." && spanish.unit(.agents) == "agentes" && spanish.unit(.personnel) == "%")
        for s in Slider.allCases {
            #expect(!english.slider(s).full.isEmpty && !spanish.slider(s).full.isEmpty)
            #expect(english.slider(s) != spanish.slider(s), "\(s)")
        }
        #expect(Language(locale: "es_MX") == .spanish && Language(locale: "en-GB") == .english && Language(locale: "") == .english)
    }

    @Test func fittingPicksShortWhenNarrow() {
        #expect(spanish[.averageWait].fitting(30) == "Tiempo medio de espera (TME)")
        #expect(spanish[.averageWait].fitting(12) == "TME")
    }

    @Test func spanishNumbersComeFromNumberStyle() {
        let n = spanish.numbers(currency: "EUR")
        #expect(n == NumberStyle(locale: "es", currency: "EUR"))
        #expect(n.number(1234.5, decimals: 1) == "1.234,5")
        #expect(n.percent(81.2) == "81,2 %")
        #expect(n.money(1234) == "1.234 €")
        #expect(english.numbers(currency: "USD").money(1234) == "$1,234")
    }
}

/// Issue 10: labels that say where a figure comes from.
@Suite struct SourceLabelsTests {
    let en = Labels(language: .english), es = Labels(language: .spanish)

    @Test func agents() {
        #expect(en.agents(from: .loggedIn).full == "Logged in")
        #expect(en.agents(from: .answering).full == "Answering (1 h)")
        #expect(es.agents(from: .answering).full == "Atendiendo (1 h)")
        #expect(en.agents(from: nil) == en[.agents])
    }

    @Test func periods() {
        #expect(en.periods([Period(year: 2026, month: 11)]) == "Nov 2026")
        #expect(en.periods([Period(year: 2026, month: 11), Period(year: 2026, month: 10)]) == "Oct – Nov 2026")
        #expect(es.periods([Period(year: 2025, month: 12), Period(year: 2026, month: 2)]) == "dic 2025 – feb 2026")
        #expect(en.periods([]) == nil)
    }

    @Test func forecastBasis() {
        #expect(en.forecastBasis(arrivals: "9", aht: "5 min", lastHour: true).full
                == "Erlang C · live calls of the last hour: 9/h, AHT 5 min")
        #expect(es.forecastBasis(arrivals: "9", aht: "5 min", lastHour: false).short == "Erlang C · 9/h, TMO 5 min")
    }
}
