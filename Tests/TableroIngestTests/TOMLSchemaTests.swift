import Testing
@testable import TableroIngest

/// The schema walker on its own, with the kinds of keys the next settings
/// need: booleans, lists of strings, tables of any name, keys of any name.
@Suite("TOML schema")
struct TOMLSchemaTests {
    struct Channel: Equatable {
        var target = 0.0
        var seconds = 0.0
    }

    struct Target: Equatable {
        var bell = false
        var live: [String] = []
        var channels: [String: Channel] = [:]
        var weights: [String: Double] = [:]
    }

    typealias Schema = TOMLSchema<Target>

    static func channel(_ name: String) -> Schema.Entry {
        .table(.init([
            "target": .value(.number(0...100) { t, v in t.channels[name, default: Channel()].target = v }),
            "seconds": .value(.number(0...1e9) { t, v in t.channels[name, default: Channel()].seconds = v }),
        ], unknown: { "unknown key '\($0)' in [queue.channels.\(name)]" }), notATable: "queue.channels.\(name) must be a table")
    }

    static let schema = Schema(.init([
        "alerts": .table(.init(["bell": .value(.bool { t, v in t.bell = v })], unknown: { "unknown key '\($0)' in [alerts]" }),
                         notATable: "'alerts' must be a section ([alerts])"),
        "queue": .table(.init([
            "live_channels": .value(.strings { t, v throws(Schema.Reason) in
                guard !v.contains("") else { throw Schema.Reason("queue.live_channels holds an empty name") }
                t.live = v
            }),
            "channels": .table(.init([:], otherKeys: channel, unknown: { "unknown channel '\($0)'" }),
                               notATable: "queue.channels must be a table"),
        ], unknown: { "unknown key '\($0)' in [queue]" }), notATable: "'queue' must be a section ([queue])"),
        "weights": .table(.init([:], otherKeys: { name in .value(.number(0.001...1e6) { t, v in t.weights[name] = v }) },
                                unknown: { "unknown weight '\($0)'" }), notATable: "'weights' must be a section ([weights])"),
    ], unknown: { "unknown section '\($0)'" }))

    func read(_ text: String) -> Result<Target, Schema.Failure> {
        var target = Target()
        do {
            try Self.schema.read(text, path: "t.toml", into: &target)
            return .success(target)
        } catch {
            return .failure(error)
        }
    }

    func problem(_ text: String) -> String? {
        if case .failure(let failure) = read(text) { return failure.description }
        return nil
    }

    @Test func booleansListsAndTablesOfAnyNameAreRead() throws {
        let text = """
        [alerts]
        bell = true

        [queue]
        live_channels = ["voice", "chat"]

        [queue.channels.voice]
        target = 80
        seconds = 20

        [queue.channels."web chat"]
        target = 70.5

        [weights]
        accuracy = 2
        tone = 0.5
        """
        let target = try read(text).get()
        #expect(target == Target(bell: true, live: ["voice", "chat"],
                                 channels: ["voice": Channel(target: 80, seconds: 20), "web chat": Channel(target: 70.5)],
                                 weights: ["accuracy": 2, "tone": 0.5]))
    }

    @Test func wrongValuesGetTheirLine() {
        #expect(problem("[alerts]\nbell = 1\n") == "t.toml:2: alerts.bell must be true or false")
        #expect(problem("[queue]\nlive_channels = [\"voice\", 3]\n") == "t.toml:2: queue.live_channels must be a list of strings")
        #expect(problem("[queue]\nlive_channels = \"voice\"\n") == "t.toml:2: queue.live_channels must be a list of strings")
        #expect(problem("[queue]\nlive_channels = [\"\"]\n") == "t.toml:2: queue.live_channels holds an empty name")
        #expect(problem("[queue.channels.voice]\ntarget = 80\n\n[queue.channels.chat]\ntarget = 101\n")
            == "t.toml:5: queue.channels.chat.target = 101 is outside 0..100")
        #expect(problem("[queue.channels.voice]\ntargte = 80\n") == "t.toml:2: unknown key 'targte' in [queue.channels.voice]")
        #expect(problem("[queue]\nchannels.voice = 3\n") == "t.toml:2: queue.channels.voice must be a table")
        #expect(problem("[weights]\ntone = 0\n") == "t.toml:2: weights.tone = 0 is outside 0.001..1000000")
        #expect(problem("x = 1\n") == "t.toml:1: unknown section 'x'")
    }

    @Test func aKeyInsideAnInlineTableGetsItsHoldersLine() {
        #expect(problem("# inline\nalerts = { bell = \"yes\" }\n") == "t.toml:2: alerts.bell must be true or false")
    }

    @Test func keysInsideMultilineStringsAreNotTakenForKeys() {
        let lines = TOMLKeyLines("note = \"\"\"\nbell = 1\n\"\"\"\n[alerts]\nbell = 2\n")
        #expect(lines.line(of: ["alerts", "bell"]) == 5)
        #expect(lines.line(of: ["bell"]) == nil)
    }

    @Test func keyPathsReadBareQuotedAndLiteralParts() {
        #expect(TOMLKeyLines.keyPath("a . \"b.c\" .'d' = 1", until: "=") == ["a", "b.c", "d"])
        #expect(TOMLKeyLines.keyPath("queue.channels.\"web chat\"] # x", until: "]") == ["queue", "channels", "web chat"])
        #expect(TOMLKeyLines.keyPath("# comment", until: "=") == nil)
        #expect(TOMLKeyLines.keyPath("\"open = 1", until: "=") == nil)
    }
}
