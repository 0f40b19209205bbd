/// The dashboard's panes, in Tab order; `1`–`4` zoom them.
public enum Pane: Int, Sendable, CaseIterable {
    case queue, satisfaction, roi, whatIf

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}
