import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas
import TableroText

/// Renders a widget into a fresh canvas and returns its rows of text.
func render(_ width: Int, _ height: Int, _ draw: (inout Canvas) -> Void) -> [String] {
    var canvas = Canvas(width: width, height: height)
    draw(&canvas)
    return canvas.lines
}

/// Draws into a canvas whose every cell is `x`, then returns what went
/// wrong: cells changed outside `rect`, control characters on the canvas,
/// rows whose width changed (half a wide character). Empty when all is well.
func problemsDrawing(in rect: Rect, canvasWidth: Int = 30, canvasHeight: Int = 12,
                     _ draw: (inout Canvas) -> Void) -> [String] {
    let filler = Canvas.Cell(text: "x", style: Style(.dim))
    var canvas = Canvas(width: canvasWidth, height: canvasHeight)
    canvas.fill(0, 0, width: canvasWidth, height: canvasHeight, "x", Style(.dim))
    draw(&canvas)
    var problems: [String] = []
    for y in 0..<canvasHeight {
        var width = 0
        for x in 0..<canvasWidth {
            let cell = canvas[x, y]
            let inside = x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height
            if !inside, cell != filler { problems.append("\(rect): drawn outside at (\(x),\(y))") }
            if cell.text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                problems.append("\(rect): control character at (\(x),\(y))")
            }
            width += cell.text.isEmpty ? 0 : DisplayWidth.of(cell.text)
        }
        if width != canvasWidth { problems.append("\(rect): row \(y) is \(width) columns wide") }
    }
    return problems
}

/// Hostile data text: long, wide (CJK), with escape and control characters.
let hostile = "日本語のキュー\u{1B}[31mRED\u{07}\r\nsupport-queue-with-a-very-long-name"

let unicode = GlyphSet.unicode
let ascii = GlyphSet.ascii
let english = Labels(language: .english)
let spanish = Labels(language: .spanish)
