import TableroCanvas
import TableroCore

/// A level (decided in the core, `Levels`) as the one input to colour. The
/// role carries it in colour; monochrome themes map the same roles to
/// bold/reverse/underline (see `Style`), so a threshold is never colour-only.
extension Level {
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

/// The dashboard's name for the core's levels.
public typealias Thresholds = Levels
