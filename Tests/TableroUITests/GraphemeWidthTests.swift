import Testing
import TableroCanvas
@testable import TableroUI
import TableroCore

/// Issue 10: emoji sequences are measured as grapheme clusters, as terminals
/// draw them (measured in tmux 3.3a: a ZWJ family and a flag take two
/// columns, a keycap one): no border shifts, no fragment on another row.
@Suite struct GraphemeWidthTests {
    let family = "👨‍👩‍👧"          // man ZWJ woman ZWJ girl: 5 scalars, one picture
    let flag = "🇪🇸"               // two regional indicators
    let keycap = "1\u{FE0F}\u{20E3}"

    @Test func clusterWidths() {
        #expect(DisplayWidth.of(family) == 2)
        #expect(DisplayWidth.of(flag) == 2)
        #expect(DisplayWidth.of(keycap) == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)     // e + combining acute
        #expect(DisplayWidth.of("A\(family)B\(flag)C") == 7)
        #expect(TextFit.width("A\(family)B") == 4)
    }

    @Test func aRowStaysOnTheGrid() {
        var canvas = Canvas(width: 12, height: 2)
        let used = canvas.put(0, 0, "|\(family)|\(flag)|\(keycap)|")
        #expect(used == 9)
        #expect(DisplayWidth.of(canvas.lines[0]) == 12)
        #expect(canvas.lines[1].allSatisfy { $0 == " " })
    }

    /// A queue named with emoji, in every pane at 80x24 and 120x40: every
    /// row exactly as wide as the screen.
    @Test(arguments: [(80, 24), (120, 40)])
    func aQueueNamedWithEmoji(_ size: (Int, Int)) {
        let canvas = ViewFixture.render(ViewFixture.model(width: size.0, height: size.1, queueName: "\(family)\(flag) soporte"))
        for (y, line) in canvas.lines.enumerated() { #expect(DisplayWidth.of(line) == size.0, "row \(y): \(line)") }
        if size.0 >= 120 { #expect(canvas.lines.joined().contains(family)) }  // the queue table shows from 120x40
    }
}
