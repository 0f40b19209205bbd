import TableroCanvas

/// How a figure stands against its target: the one input to colour. The
/// role carries it in colour; monochrome themes map the same roles to
/// bold/reverse/underline (see `Style`), so a threshold is never colour-only.
public enum Level: Sendable, Equatable, CaseIterable {
    case good, warning, critical, unknown

    public var role: ColorRole {
        switch self {
        case .good: .good
        case .warning: .warning
        case .critical: .critical
        case .unknown: .dim
        }
    }

    /// The style of a figure at this level: bold when it asks for attention.
    public var style: Style {
        switch self {
        case .good: Style(.good, bold: true)
        case .warning: Style(.warning, bold: true)
        case .critical: Style(.critical, bold: true)
        case .unknown: Style(.dim)
        }
    }
}
