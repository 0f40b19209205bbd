import Foundation

/// Where each key of a TOML text is defined, for `path:LINE:` in errors
/// (TOMLKit gives a parsed table without positions).
///
/// Each line is read as a table header (`[a.b]`, `[[a]]`) or an assignment
/// (`key = …`, `a.b = …`), with bare, "quoted" and 'literal' key parts, so
/// a key is found whichever way it is written. Lines inside multi-line
/// strings are skipped.
struct TOMLKeyLines {
    /// The full key path each line defines (the table's path for a header,
    /// the table's path and the key for an assignment), by line from 1.
    private var defined: [(line: Int, path: [String])] = []

    init(_ text: String) {
        // By `isNewline`: a String keeps "\r\n" as one Character, so
        // splitting on "\n" alone would put a CRLF file on one line.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var table: [String] = []
        var inMultilineString = false
        for (index, raw) in lines.enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            let wasInString = inMultilineString
            // An odd number of `"""` or `'''` opens or closes a multi-line string.
            if (line.components(separatedBy: "\"\"\"").count + line.components(separatedBy: "'''").count) % 2 == 1 {
                inMultilineString.toggle()
            }
            if wasInString { continue }
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }
                guard let path = Self.keyPath(inner, until: "]") else { continue }
                table = path
                defined.append((index + 1, path))
            } else if let path = Self.keyPath(line, until: "=") {
                defined.append((index + 1, table + path))
            }
        }
    }

    /// The line (from 1) that defines `path` or something under it (a
    /// header `[queue.extra]` defines `queue.extra`); else the line of the
    /// longest part of it defined (an inline table holding it); nil when
    /// no line does.
    func line(of path: [String]) -> Int? {
        if let exact = defined.first(where: { $0.path.starts(with: path) }) { return exact.line }
        let holders = defined.filter { !$0.path.isEmpty && path.starts(with: $0.path) }
        return holders.max { $0.path.count < $1.path.count }?.line
    }

    /// The dotted key at the start of `text`, up to `terminator` (`]` for a
    /// header, `=` for an assignment); nil when the line is not one.
    static func keyPath(_ text: Substring, until terminator: Character) -> [String]? {
        var rest = text
        var parts: [String] = []
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let first = rest.first else { return nil }
            var part = ""
            if first == "\"" || first == "'" {
                rest = rest.dropFirst()
                var escaped = false
                var closed = false
                while let c = rest.first {
                    rest = rest.dropFirst()
                    if escaped {
                        part.append(c)
                        escaped = false
                    } else if c == "\\" && first == "\"" {
                        escaped = true
                    } else if c == first {
                        closed = true
                        break
                    } else {
                        part.append(c)
                    }
                }
                guard closed else { return nil }
            } else {
                let bare = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
                guard !bare.isEmpty else { return nil }
                part = String(bare)
                rest = rest.dropFirst(bare.count)
            }
            parts.append(part)
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.first == "." {
                rest = rest.dropFirst()
                continue
            }
            return rest.first == terminator ? parts : nil
        }
    }
}
