// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Tablero",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tablero", targets: ["tablero"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Records, per-day aggregates, every formula, Erlang C, scenarios. No I/O, no clock.
        .target(
            name: "TableroCore",
            dependencies: ["CPrefetch", .product(name: "Histogram", package: "hdrhistogram-swift")]
        ),
        // A cache prefetch hint, which Swift lacks, for the contact lookups of a large load (issue 11).
        .target(name: "CPrefetch"),
        // Where a large load's threads run (Linux CPU calls Swift's Glibc leaves out), issue 11.
        .target(name: "CThreadPlacement"),
        // Directory watching, tailing, readers for every file kind, settings, data-quality findings.
        .target(
            name: "TableroIngest",
            dependencies: ["TableroCore", "CThreadPlacement", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // The synthetic contact centre: `generate` and the live `demo` feed, one simulator for both.
        // Imports Ingest to read what the demo carries on (settings, timestamps, CSV tails) as the
        // dashboard reads it, and to append with its writer.
        .target(name: "TableroSampleData", dependencies: ["TableroCore", "TableroIngest"]),
        // Labels in English and Spanish (GLOSSARY.md), for the dashboard and `report` alike.
        // Number and duration formats are Core's NumberStyle, which both also use.
        .target(name: "TableroText", dependencies: ["TableroCore"]),
        // `report` as text tables (in the labels' language) and as the JSON of CLI.md.
        .target(name: "TableroReport", dependencies: ["TableroCore", "TableroText"]),
        // A grid of cells (character + style), styles, keys, display width, glyph sets, the
        // widget protocol: what the UI draws into and the terminal draws out. Imports nothing of ours.
        .target(name: "TableroCanvas"),
        // App model, update, view and widgets. Pure: renders into a Canvas, tested as text.
        .target(name: "TableroUI", dependencies: ["TableroCore", "TableroCanvas", "TableroText"]),
        // ncursesw with the wide API (see ../shared/TERMINAL.md).
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        // The only code that talks to ncurses: draws a Canvas, reads Keys. Knows nothing of the UI.
        .target(name: "TableroTerminal", dependencies: ["TableroCanvas", "CNCurses"]),
        .executableTarget(
            name: "tablero",
            dependencies: [
                "TableroCore", "TableroIngest", "TableroSampleData", "TableroReport",
                "TableroText", "TableroCanvas", "TableroUI", "TableroTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Starts a session and draws a few words; the terminal tests drive it in tmux.
        .executableTarget(name: "tablero-terminal-probe", dependencies: ["TableroTerminal", "TableroCanvas"]),
        .testTarget(name: "TableroCoreTests", dependencies: ["TableroCore"]),
        .testTarget(name: "TableroIngestTests", dependencies: ["TableroIngest"]),
        .testTarget(name: "TableroSampleDataTests", dependencies: ["TableroSampleData", "TableroIngest", "TableroCore"]),
        .testTarget(name: "TableroTerminalTests", dependencies: ["TableroTerminal", "TableroCanvas", "TableroUI"]),
        .testTarget(name: "TableroTests", dependencies: ["TableroReport", "TableroText", "TableroIngest", "TableroCore"]),
        .testTarget(
            name: "TableroUITests", dependencies: ["TableroUI", "TableroText", "TableroCanvas", "TableroCore"], resources: [.copy("Golden")]
        ),
    ]
)
