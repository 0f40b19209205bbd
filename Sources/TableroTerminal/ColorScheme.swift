import TableroCanvas

/// Attributes independent of ncurses' bit layout, so the role mapping is a
/// pure function that tests can compare.
public struct CellAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = CellAttributes(rawValue: 1)
    public static let reverse = CellAttributes(rawValue: 2)
    public static let underline = CellAttributes(rawValue: 4)
    public static let dim = CellAttributes(rawValue: 8)
}

/// How one cell looks on this terminal: a colour pair (0 = the terminal's
/// own colours) and attributes.
public struct CellAppearance: Sendable, Hashable {
    public var pair: Int
    public var attributes: CellAttributes
    public init(pair: Int, attributes: CellAttributes) {
        self.pair = pair
        self.attributes = attributes
    }
}

/// One colour pair to define with `init_extended_pair`. -1 is the terminal's
/// default colour (`use_default_colors`), so the wallboard keeps the user's
/// background.
public struct PairDefinition: Sendable, Hashable {
    public var pair: Int
    public var foreground: Int
    public var background: Int
}

/// Turns a `Style` (a role plus explicit bold/reverse/underline) into what
/// ncurses draws, for each colour depth. Thresholds must stay visible on
/// every terminal, so monochrome gives each alarming role its own attributes.
public enum ColorScheme {
    /// One pair per role, numbered role.rawValue + 1; pair 0 stays default.
    public static let pairCount = ColorRole.allCases.count

    public static func pair(for role: ColorRole) -> Int { Int(role.rawValue) + 1 }

    public static func appearance(of style: Style, depth: ColorDepth) -> CellAppearance {
        var attributes: CellAttributes = []
        if style.bold { attributes.insert(.bold) }
        if style.reverse { attributes.insert(.reverse) }
        if style.underline { attributes.insert(.underline) }
        switch depth {
        case .monochrome:
            return CellAppearance(pair: 0, attributes: attributes.union(monochrome(style.role)))
        case .eight, .full256:
            let pair = style.role == .normal ? 0 : pair(for: style.role)
            return CellAppearance(pair: pair, attributes: attributes.union(colourExtras(style.role, depth: depth)))
        }
    }

    /// Monochrome: critical shouts (bold+reverse), warning is marked
    /// (bold+underline), good is bold, dim is dim, a selection is reversed.
    static func monochrome(_ role: ColorRole) -> CellAttributes {
        switch role {
        case .normal, .accent: return []
        case .dim: return [.dim]
        case .title: return [.bold]
        case .good: return [.bold]
        case .warning: return [.bold, .underline]
        case .critical: return [.bold, .reverse]
        case .selected: return [.reverse]
        }
    }

    /// Attributes that go with the colour: titles and critical figures are
    /// bold too, so they survive a theme with poor contrast. With eight
    /// colours there is no grey, so dim is the DIM attribute.
    static func colourExtras(_ role: ColorRole, depth: ColorDepth) -> CellAttributes {
        switch role {
        case .title, .critical: return [.bold]
        case .dim: return depth == .eight ? [.dim] : []
        default: return []
        }
    }

    /// The pairs to define at start. ANSI numbers: 0 black, 1 red, 2 green,
    /// 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white.
    public static func pairs(depth: ColorDepth) -> [PairDefinition] {
        ColorRole.allCases.compactMap { role -> PairDefinition? in
            let colours: (Int, Int)
            switch (depth, role) {
            case (.monochrome, _): return nil
            case (_, .normal): colours = (-1, -1)
            case (.full256, .dim): colours = (244, -1)
            case (.eight, .dim): colours = (-1, -1)
            case (.full256, .title): colours = (75, -1)
            case (.eight, .title): colours = (6, -1)
            case (.full256, .accent): colours = (81, -1)
            case (.eight, .accent): colours = (6, -1)
            case (.full256, .good): colours = (71, -1)
            case (.eight, .good): colours = (2, -1)
            case (.full256, .warning): colours = (214, -1)
            case (.eight, .warning): colours = (3, -1)
            case (.full256, .critical): colours = (196, -1)
            case (.eight, .critical): colours = (1, -1)
            case (.full256, .selected): colours = (16, 75)
            case (.eight, .selected): colours = (0, 6)
            }
            return PairDefinition(pair: pair(for: role), foreground: colours.0, background: colours.1)
        }
    }
}
