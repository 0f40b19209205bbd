/// Plain number text for messages and JSON-like output: no grouping, no
/// trailing `.0`, at most `digits` decimals.
public enum Format {
    public static func plain(_ value: Double, digits: Int = 6) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = "\(rounded)"
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
