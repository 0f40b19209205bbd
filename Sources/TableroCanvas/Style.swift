/// What a cell means, not how it looks: the terminal's theme turns a role
/// into colours (256 or 8) or, in monochrome, into bold/reverse/underline, so
/// thresholds stay visible on every terminal.
public enum ColorRole: UInt8, Sendable, CaseIterable {
    case normal, dim, title, accent, good, warning, critical, selected
}

public struct Style: Sendable, Hashable {
    public var role: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
}
