import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

/// The `s` prompt and the `L` list on screen (goldens at 80×24, through
/// ViewGoldenTests' mechanism), the footer's status line and the What-if
/// title with the scenario's name.
@Suite struct ScenarioViewTests {
    func golden(_ name: String, _ canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try ViewGoldenTests().golden(name, canvas, sourceLocation: sourceLocation)
    }

    @Test func savePromptGolden() throws {
        var m = ViewFixture.model(width: 80, height: 24)
        m.scenarioDialog = .naming(text: "plan-a", refused: false)
        let canvas = ViewFixture.render(m)
        try golden("scenario-save-80x24", canvas)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("Save scenario"))
        #expect(text.contains("Name: plan-a"))
        #expect(canvas.lines.last!.contains("Enter save") && canvas.lines.last!.contains("Esc cancel"))
    }

    @Test func loadListGolden() throws {
        var m = ViewFixture.model(width: 80, height: 24)
        m.scenarioDialog = .choosing(names: ["alpha", "plan-a", "summer_peak"], selected: 1)
        let canvas = ViewFixture.render(m)
        try golden("scenario-load-80x24", canvas)
        let at = try #require(ViewGoldenTests().find("▶ plan-a", in: canvas))
        #expect(canvas[at.x, at.y].style == SliderRow.selectedStyle)
        let other = try #require(ViewGoldenTests().find("alpha", in: canvas))
        #expect(canvas[other.x, other.y].style != SliderRow.selectedStyle)
        #expect(canvas.lines.last!.contains("Enter load"))
    }

    @Test func emptyListSaysSoInBothLanguages() {
        var m = ViewFixture.model(width: 80, height: 24)
        m.scenarioDialog = .choosing(names: [], selected: 0)
        #expect(ViewFixture.render(m).lines.contains { $0.contains("No saved scenarios") })
        var es = ViewFixture.model(width: 80, height: 24, locale: "es")
        es.scenarioDialog = .choosing(names: [], selected: 0)
        let canvas = ViewFixture.render(es)
        #expect(canvas.lines.contains { $0.contains("No hay escenarios guardados") })
        #expect(canvas.lines.contains { $0.contains("Cargar escenario") })
    }

    @Test func refusedNameShowsTheRuleAsAWarning() throws {
        var m = ViewFixture.model(width: 80, height: 24)
        m.scenarioDialog = .naming(text: "plan a", refused: true)
        let canvas = ViewFixture.render(m)
        let at = try #require(ViewGoldenTests().find("1-40 letters", in: canvas))
        #expect(canvas[at.x, at.y].style.role == .warning)
        m.scenarioDialog = .naming(text: "plan a", refused: false)
        let calm = ViewFixture.render(m)
        #expect(calm[at.x, at.y].style.role == .dim)
    }

    @Test func footerSaysWhatHappenedUntilTheNextKey() {
        var m = ViewFixture.model(width: 80, height: 24)
        _ = update(&m, .scenarioSaved("plan-a"))
        #expect(ViewFixture.render(m).lines.last!.contains("Saved 'plan-a'"))
        _ = update(&m, .key(.tab))
        #expect(!ViewFixture.render(m).lines.last!.contains("Saved"))
        var es = ViewFixture.model(width: 80, height: 24, locale: "es")
        _ = update(&es, .scenarioFailed("plan.toml:2: unknown key '\u{1B}[31m'"))
        let footer = ViewFixture.render(es).lines.last!
        #expect(footer.contains("Error de escenario: plan.toml:2: unknown key"))
        #expect(!footer.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func whatIfTitleNamesTheScenarioAndMarksChanges() {
        var m = ViewFixture.model(width: 80, height: 24)
        #expect(!ViewFixture.render(m).lines.joined().contains("What-if ·"))
        _ = update(&m, .scenarioSaved("plan-a"))
        #expect(ViewFixture.render(m).lines.joined().contains("What-if · plan-a "))
        m.scenario[.retention] = 3
        #expect(ViewFixture.render(m).lines.joined().contains("What-if · plan-a* "))
    }

    @Test func dialogsStayOnTheGridAtEverySize() {
        let dialogs: [ScenarioDialog] = [
            .naming(text: String(repeating: "w", count: 40), refused: true),
            .choosing(names: (1...30).map { "scenario-\($0)" }, selected: 29),
            .choosing(names: nil, selected: 0),
        ]
        for (w, h) in [(0, 0), (12, 5), (40, 12), (60, 20), (80, 24), (200, 60)] {
            for dialog in dialogs {
                var m = ViewFixture.model(width: w, height: h)
                m.scenarioDialog = dialog
                for glyphs in [GlyphSet.unicode, .ascii] {
                    let canvas = ViewFixture.render(m, glyphs)
                    for line in canvas.lines { #expect(DisplayWidth.of(line) == w, "\(w)×\(h) \(dialog)") }
                }
            }
        }
        // The selected last name of a long list is in view.
        var m = ViewFixture.model(width: 80, height: 24)
        m.scenarioDialog = dialogs[1]
        #expect(ViewFixture.render(m).lines.contains { $0.contains("▶ scenario-30") })
    }
}
