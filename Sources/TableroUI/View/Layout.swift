import TableroCanvas

/// Where everything goes for a terminal size: header and footer rows, the
/// body, and the panes' rectangles (a 2×2 grid, or one pane when zoomed).
struct Layout {
    enum Mode: Equatable {
        /// Below 40×12: only the "too small" message.
        case tooSmall
        /// Below 80×24: one column, no boxes.
        case compact
        /// 80×24 up to 120×40: a dense 2×2 grid.
        case dense
        /// 120×40 and beyond: the grid with more detail.
        case roomy
    }

    static let minimum = (width: 40, height: 12)
    static let grid = (width: 80, height: 24)
    static let roomyGrid = (width: 120, height: 40)
    /// From here the grid grows into the room (issue 10, "use the room"):
    /// LargeGrid.swift.
    static let largeGrid = (width: 160, height: 50)

    let mode: Mode
    let header: Rect
    let footer: Rect
    let body: Rect
    /// Panes in Tab order with their rectangles (empty in compact and too-small modes).
    let panes: [(Pane, Rect)]

    /// `agentRows`: the rows the agents pane would fill (AgentsPane.rowsWanted),
    /// nil when there are no agent events and so no agents pane.
    init(width: Int, height: Int, zoom: Pane?, agentRows: Int? = nil) {
        if width < Self.minimum.width || height < Self.minimum.height {
            mode = .tooSmall
        } else if width < Self.grid.width || height < Self.grid.height {
            mode = .compact
        } else if width >= Self.roomyGrid.width && height >= Self.roomyGrid.height {
            mode = .roomy
        } else {
            mode = .dense
        }
        header = Rect(x: 0, y: 0, width: width, height: min(1, height))
        footer = Rect(x: 0, y: max(0, height - 1), width: width, height: height >= 2 ? 1 : 0)
        body = Rect(x: 0, y: 1, width: width, height: height - 2)
        guard mode == .dense || mode == .roomy else {
            panes = []
            return
        }
        if let zoom {
            panes = [(zoom, body)]
            return
        }
        if width >= Self.largeGrid.width && height >= Self.largeGrid.height {
            panes = Self.large(body, agentRows: agentRows)
            return
        }
        // The top row (queue, satisfaction) takes 9/22 of the body: at 80×24
        // 9 rows above 13, so the what-if pane holds every slider.
        let top = (body.height * 9 + 11) / 22
        let left = body.width / 2
        let y2 = body.y + top
        panes = [
            (.queue, Rect(x: 0, y: body.y, width: left, height: top)),
            (.satisfaction, Rect(x: left, y: body.y, width: width - left, height: top)),
            (.roi, Rect(x: 0, y: y2, width: left, height: body.height - top)),
            (.whatIf, Rect(x: left, y: y2, width: width - left, height: body.height - top)),
        ]
    }
}

/// Hands out rows of a rectangle from the top, so a pane stacks its blocks
/// in order of importance and stops when the room runs out.
struct Flow {
    let rect: Rect
    private(set) var used = 0

    init(_ rect: Rect) { self.rect = rect }

    var remaining: Int { rect.height - used }

    /// The next `n` rows, or nil when fewer are left.
    mutating func take(_ n: Int) -> Rect? {
        guard n > 0, n <= remaining else { return nil }
        defer { used += n }
        return Rect(x: rect.x, y: rect.y + used, width: rect.width, height: n)
    }

    /// A blank row between blocks, only when `more` rows still follow it.
    mutating func gap(ifMoreThan more: Int) {
        if remaining > more { used += 1 }
    }
}
