import Testing
import TableroCore

/// The kinds of data file: their names are the `kind` strings of
/// `report --json` (CLI.md), so they must not drift.
@Suite struct DataKindTests {
    @Test func namesAreTheFilesAndTheJSONs() {
        #expect(DataKind.allCases.map(\.rawValue) == ["events", "contacts", "queue_log", "surveys", "costs", "benefits",
                                                      "customers", "settings", "agents", "quality", "directory"])
    }

    @Test func onlyEventsAndQueueLogAreLiveStreams() {
        #expect(DataKind.allCases.filter(\.isLiveStream) == [.events, .queueLog])
    }

    @Test func listedByName() {
        #expect([DataKind.surveys, .queueLog, .events].sorted() == [.events, .queueLog, .surveys])
    }
}
