/// Something that draws itself into a rectangle of a canvas and never
/// outside it (a number tile, a gauge, a chart, a table): what a view lays
/// out. Widgets are values; drawing reads them and writes only cells, so any
/// widget can be tested by drawing it into a small canvas and reading the
/// text back.
public protocol Widget {
    func draw(into canvas: inout Canvas, _ rect: Rect, glyphs: GlyphSet)
}
