import Testing
import TableroCanvas
@testable import TableroTerminal

@Suite("Colour roles and capabilities")
struct ColorSchemeTests {
    @Test("monochrome keeps every threshold visible", arguments: [
        (ColorRole.critical, CellAttributes([.bold, .reverse])),
        (.warning, [.bold, .underline]),
        (.good, [.bold]),
        (.dim, [.dim]),
        (.selected, [.reverse]),
        (.title, [.bold]),
        (.normal, []),
    ] as [(ColorRole, CellAttributes)])
    func monochrome(role: ColorRole, expected: CellAttributes) {
        let look = ColorScheme.appearance(of: Style(role), depth: .monochrome)
        #expect(look == CellAppearance(pair: 0, attributes: expected))
    }

    @Test("critical, warning and good look different from each other in monochrome")
    func monochromeDistinct() {
        let looks = [ColorRole.critical, .warning, .good, .normal].map {
            ColorScheme.appearance(of: Style($0), depth: .monochrome)
        }
        #expect(Set(looks).count == looks.count)
    }

    @Test("explicit style attributes are added to the role's", arguments: [ColorDepth.monochrome, .eight, .full256])
    func explicitAttributes(depth: ColorDepth) {
        let look = ColorScheme.appearance(of: Style(.normal, bold: true, reverse: true, underline: true), depth: depth)
        #expect(look.attributes.isSuperset(of: [.bold, .reverse, .underline]))
    }

    @Test("each role but normal has its own pair in colour", arguments: [ColorDepth.eight, .full256])
    func pairs(depth: ColorDepth) {
        let definitions = ColorScheme.pairs(depth: depth)
        #expect(definitions.count == ColorRole.allCases.count)
        #expect(Set(definitions.map(\.pair)) == Set(1...ColorRole.allCases.count))
        for role in ColorRole.allCases {
            let look = ColorScheme.appearance(of: Style(role), depth: depth)
            #expect(look.pair == (role == .normal ? 0 : ColorScheme.pair(for: role)))
        }
        let colours = { (role: ColorRole) in definitions.first { $0.pair == ColorScheme.pair(for: role) }! }
        #expect(colours(.critical).foreground != colours(.warning).foreground)
        #expect(colours(.warning).foreground != colours(.good).foreground)
        // Eight colours: indices 0–7 only; default background kept (-1).
        if depth == .eight {
            #expect(definitions.allSatisfy { (-1...7).contains($0.foreground) && (-1...7).contains($0.background) })
        }
        #expect(colours(.critical).background == -1)
        #expect(ColorScheme.pairs(depth: .monochrome).isEmpty)
    }

    private func decide(
        hasColors: Bool = true, colors: Int = 256, pairs: Int = 65536, flag: Bool = false,
        env: String? = nil, codeset: String = "UTF-8", ascii: Bool = false
    ) -> TerminalCapabilities {
        TerminalCapabilities.decide(
            hasColors: hasColors, colorCount: colors, colorPairs: pairs, noColorFlag: flag,
            noColorEnvironment: env, codeset: codeset, forceASCII: ascii, cursorAddressing: true)
    }

    @Test("colour depth from the terminal, NO_COLOR and --no-color")
    func colourDepth() {
        #expect(decide().colors == .full256)
        #expect(decide(colors: 8, pairs: 64).colors == .eight)
        #expect(decide(colors: 16, pairs: 256).colors == .eight)
        #expect(decide(hasColors: false).colors == .monochrome)
        #expect(decide(flag: true).colors == .monochrome)
        #expect(decide(env: "1").colors == .monochrome)
        // NO_COLOR set but empty does not count (no-color.org).
        #expect(decide(env: "").colors == .full256)
        // Too few pairs for one per role.
        #expect(decide(colors: 8, pairs: 8).colors == .monochrome)
    }

    @Test("Unicode only with a UTF-8 codeset and not forced to ASCII")
    func codeset() {
        #expect(decide(codeset: "UTF-8").unicode)
        #expect(decide(codeset: "utf8").unicode)
        #expect(!decide(codeset: "ANSI_X3.4-1968").unicode)
        #expect(!decide(codeset: "ISO-8859-1").unicode)
        #expect(!decide(codeset: "UTF-8", ascii: true).unicode)
    }

    @Test("errors are one line")
    func errors() {
        #expect(TerminalError.unknownTerminal("foo").description == "unknown terminal type 'foo'")
        #expect(!TerminalError.notATerminal.description.contains("\n"))
    }
}
