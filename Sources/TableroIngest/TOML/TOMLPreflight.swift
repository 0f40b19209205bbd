/// Checks a TOML text for what crashes the TOML parser instead of giving an
/// error. toml++ (inside TOMLKit) asserts, and aborts the process even in a
/// release build, on a non-ASCII character where a bare key is expected
/// (`[\u{FFFD}atisfaction]`): found by the reader fuzz test. A tablero.toml
/// saved with such a typo would have killed the dashboard on hot reload.
///
/// Outside strings and comments TOML is ASCII (bare keys, numbers, dates,
/// booleans), so any other byte there is an error on its line, reported
/// before the parser sees the text. The same assertion fires on a table
/// header with no name (`[` alone on a line, `[=]`, `[ # x`), so a header
/// must start with a bare-key character or a quote.
enum TOMLPreflight {
    /// `(line, reason)` of the first problem, or nil.
    static func problem(in text: String) -> (line: Int, reason: String)? {
        var line = 1
        var bytes = Array(text.utf8)[...]
        enum State { case plain, comment, basic, literal, multiBasic, multiLiteral }
        var state = State.plain
        // Brackets and braces open inside a value (an array over several
        // lines may start a line with `[`), and whether the line so far is blank.
        var valueDepth = 0
        var lineStart = true
        var sawEquals = false
        while let b = bytes.first {
            let rest = bytes
            bytes = bytes.dropFirst()
            if b == 0x0A {
                line += 1
                if state == .comment || state == .basic || state == .literal { state = .plain }
                lineStart = true
                sawEquals = false
                continue
            }
            let wasLineStart = lineStart
            if b != 0x20 && b != 0x09 && b != 0x0D { lineStart = false }
            switch state {
            case .plain:
                if b == 0x3D { sawEquals = true }
                if (b == 0x5B || b == 0x7B) && (valueDepth > 0 || sawEquals) { valueDepth += 1 }
                else if (b == 0x5D || b == 0x7D) && valueDepth > 0 { valueDepth -= 1 }
                else if b == 0x5B && wasLineStart && valueDepth == 0 {
                    // A table header: its name must start right after `[` or `[[` (spaces allowed).
                    var after = rest.dropFirst()
                    if after.first == 0x5B { after = after.dropFirst() }
                    let name = after.drop { $0 == 0x20 || $0 == 0x09 }
                    let ok = name.first.map { c in
                        (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || (0x30...0x39).contains(c)
                            || c == 0x5F || c == 0x2D || c == 0x22 || c == 0x27
                    } ?? true  // `[` at the end of the file: the parser says so itself
                    if !ok { return (line, "a table header needs a name: [section]") }
                }
                if b == 0x23 { state = .comment }  // #
                else if rest.starts(with: [0x22, 0x22, 0x22]) { state = .multiBasic; bytes = rest.dropFirst(3) }
                else if rest.starts(with: [0x27, 0x27, 0x27]) { state = .multiLiteral; bytes = rest.dropFirst(3) }
                else if b == 0x22 { state = .basic }
                else if b == 0x27 { state = .literal }
                else if b >= 0x80 { return (line, "a character outside quotes that TOML does not allow there (quote a key that is not A-Z, a-z, 0-9, _ or -)") }
            case .comment:
                break
            case .basic:
                if b == 0x5C { bytes = bytes.dropFirst() }  // skip the escaped character
                else if b == 0x22 { state = .plain }
            case .literal:
                if b == 0x27 { state = .plain }
            case .multiBasic:
                if b == 0x5C { if bytes.first == 0x0A { line += 1 }; bytes = bytes.dropFirst() }
                else if rest.starts(with: [0x22, 0x22, 0x22]) { state = .plain; bytes = rest.dropFirst(3) }
            case .multiLiteral:
                if rest.starts(with: [0x27, 0x27, 0x27]) { state = .plain; bytes = rest.dropFirst(3) }
            }
        }
        return nil
    }
}
