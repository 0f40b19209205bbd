import Testing
@testable import TableroUI
import TableroCanvas

@Suite struct GlyphSetTests {
    @Test func twinsAreComplete() {
        #expect(unicode.all.count == ascii.all.count + 7)  // ASCII has no eighth blocks
        #expect(unicode.spark.count == 8 && ascii.spark.count == 8)
        #expect(unicode.eighths.count == 7 && ascii.eighths.count == 7)
        for set in [unicode, ascii] {
            for g in set.all {
                #expect(!g.isEmpty)
                #expect(DisplayWidth.of(g) == 1, "\(g) must be one column")
            }
            #expect(Set(set.spark).count == 8, "spark heights must differ")
            #expect(Set([set.promoters, set.passives, set.detractors, set.track]).count == 4)
            #expect(Set([set.seriesA, set.seriesB, set.seriesBoth]).count == 3)
        }
        #expect(unicode.isUnicode && !ascii.isUnicode)
    }

    @Test func asciiIsAscii() {
        for g in ascii.all { #expect(g.unicodeScalars.allSatisfy { $0.isASCII }, "\(g)") }
        #expect(ascii.spark.joined() == "_.,-=+*#")
        #expect(ascii.horizontal + ascii.vertical + ascii.topLeft == "-|+")
        #expect(ascii.arrowUp + ascii.arrowDown + ascii.arrowRight == "^v>")
        #expect(unicode.spark.joined() == "▁▂▃▄▅▆▇█")
        #expect(unicode.eighths.joined() + unicode.full == "▏▎▍▌▋▊▉█")
    }

    @Test func foldTurnsOurPunctuationIntoAscii() {
        #expect(ascii.fold("– … × ≤ ± ▲▼▶ ·") == "- ~ x <= +/- ^v> *")
        #expect(unicode.fold("– …") == "– …")
        // Data text is left alone (the terminal layer decides what it can show).
        #expect(ascii.fold("Cola ñ 1.234 €") == "Cola ñ 1.234 €")
    }
}
