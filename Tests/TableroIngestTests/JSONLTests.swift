import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// JSONL: one object per line, the CSV column names as keys.
@Suite("JSONL files")
struct JSONLTests {
    @Test func keysCaseInsensitiveValuesNumbersBooleansStrings() throws {
        let text = """
        {"TS": "2026-11-22T09:00:00Z", "Contact_ID": 42, "Event": "ARRIVE", "channel": "chat", "queue": "sales"}
        {"ts": 1795338030, "contact_id": "42", "event": "answer", "agent": "ana", " unknown ": [1, 2]}
        {"ts": 1795338090.5, "contact_id": "42", "event": "resolve", "first_contact": true}
        {"ts": "2026-11-22T09:05:00Z", "contact_id": 43, "event": "arrive", "first_contact": null}
        {"ts": "2026-11-22T09:05:10Z", "contact_id": 43, "event": "abandon", "first_contact": "no"}

        """
        let loaded = try loadOne("events.jsonl", text)
        let q = loaded.quality("events.jsonl")
        #expect(q.errors.isEmpty)
        #expect(q.rows == 5)
        #expect(q.rejected == 0)
        #expect(utc(2026, 11, 22, 9) + 30 == 1795338030)
        let r = loaded.report()
        #expect(r.queue.offered == 2)
        #expect(r.queue.answered == 1)
        #expect(r.queue.asaSeconds == 30)
        #expect(r.queue.ahtSeconds == 60.5)
        #expect(r.queue.fcrPercent == 100)
        #expect(r.queue.abandoned == 1)
        #expect(r.byChannel["chat"]?.offered == 1)
    }

    @Test func numbersForNumericColumns() throws {
        let text = """
        {"ts": "2026-11-22T09:00:00Z", "type": "csat", "score": 1}
        {"ts": "2026-11-22T09:00:00Z", "type": "csat", "score": 4.5}
        {"ts": "2026-11-22T09:00:00Z", "type": "nps", "score": 0}
        {"ts": "2026-11-22T09:00:00Z", "type": "nps", "score": "10"}
        """
        let loaded = try loadOne("surveys.jsonl", text)
        #expect(loaded.quality("surveys.jsonl").errors.isEmpty)
        let s = loaded.report().satisfaction
        #expect(s.csatResponses == 2)
        #expect(s.csatMean == 2.75)
        #expect(s.npsResponses == 2)
        #expect(s.promoters == 1)
        #expect(s.detractors == 1)
    }

    /// DATA.md: numbers have no exponent. A bare JSON `1E1` or `1.7953380E9`
    /// was read as 10 and as a 2026 time (an audit), while `"1e2"` as a
    /// string and `1e2` in CSV were bad rows. An e inside a string (the
    /// comment) or in true/false is no exponent; the good rows count.
    @Test func numbersWithAnExponentAreBadRows() throws {
        let text = """
        {"ts": "2026-11-22T09:00:00Z", "type": "nps", "score": 1E1}
        {"ts": "2026-11-22T09:00:00Z", "type": "nps", "score": 10, "comment": "true 1e2 \\" 3e4"}
        {"ts": 1.7953380E9, "type": "csat", "score": 5}
        {"ts": "2026-11-22T09:00:00Z", "type": "csat", "score": 4.0}
        """
        let loaded = try loadOne("surveys.jsonl", text)
        #expect(loaded.quality("surveys.jsonl").errors == [
            "surveys.jsonl:1: number '1E1' has an exponent",
            "surveys.jsonl:3: number '1.7953380E9' has an exponent",
        ])
        let s = loaded.report().satisfaction
        #expect(s.npsResponses == 1 && s.promoters == 1)
        #expect(s.csatResponses == 1 && s.csatMean == 4)
    }

    @Test func booleanFieldAsNumberOrString() throws {
        let text = """
        {"ts": "2026-11-22T09:00:00Z", "contact_id": "a", "event": "resolve", "first_contact": 1}
        {"ts": "2026-11-22T09:00:00Z", "contact_id": "b", "event": "resolve", "first_contact": "YES"}
        {"ts": "2026-11-22T09:00:00Z", "contact_id": "c", "event": "resolve", "first_contact": 0}
        {"ts": "2026-11-22T09:00:00Z", "contact_id": "d", "event": "resolve", "first_contact": 2}
        """
        let loaded = try loadOne("events.jsonl", text)
        let q = loaded.quality("events.jsonl")
        #expect(q.errors == ["events.jsonl:4: first_contact '2' is not a boolean"])
        #expect(loaded.report().queue.fcrPercent.map { ($0 * 3).rounded() } == 200)
    }

    @Test func brokenLineIsRejectedAndTheNextLineRead() throws {
        let text = "{\"ts\": \"2026-11-22T09:00:00Z\", \"contact_id\": \"a\", \"event\": \"arrive\"}\r\n"
            + "{\"ts\": \"2026-11-22T09:00:01Z\", \"contact_id\": \"b\", \"event\": \r\n"
            + "\r\n"
            + "[1, 2, 3]\n"
            + "not json at all\n"
            + "{\"ts\": \"2026-11-22T09:00:02Z\", \"contact_id\": \"c\", \"event\": {\"x\": 1}}\n"
            + "{\"ts\": null, \"contact_id\": \"d\", \"event\": \"arrive\"}\n"
            + "{\"contact_id\": \"e\", \"event\": \"arrive\"}\n"
            + "{\"ts\": \"2026-11-22T09:00:03Z\", \"contact_id\": \"f\", \"event\": \"arrive\"}"
        let loaded = try loadOne("events.jsonl", text)
        let q = loaded.quality("events.jsonl")
        #expect(q.errors == [
            "events.jsonl:2: not a JSON object",
            "events.jsonl:4: not a JSON object",
            "events.jsonl:5: not a JSON object",
            "events.jsonl:6: event is not a string, number or boolean",
            "events.jsonl:7: missing ts",
            "events.jsonl:8: missing ts",
        ])
        #expect(q.rows == 8)
        #expect(q.rejected == 6)
        #expect(loaded.report().queue.offered == 2)
    }

    @Test func bomAndCRLFAreFine() throws {
        let text = "\u{FEFF}{\"ts\": \"2026-11-22T09:00:00Z\", \"contact_id\": \"a\", \"event\": \"arrive\"}\r\n"
            + "{\"ts\": \"2026-11-22T09:00:07Z\", \"contact_id\": \"a\", \"event\": \"answer\"}\r\n"
        let loaded = try loadOne("events.jsonl", text)
        #expect(loaded.quality("events.jsonl").errors.isEmpty)
        #expect(loaded.report().queue.asaSeconds == 7)
    }

    @Test func sameRulesAsCSV() throws {
        let text = """
        {"ts": "2026-11-22T09:00:00Z", "contact_id": "a", "event": "arive"}
        {"ts": "2026-11-22 09:00:00", "contact_id": "a", "event": "arrive", "queue": "q"}
        {"ts": "2026-11-22T08:59:00Z", "contact_id": "a", "event": "answer"}
        """
        let loaded = try loadOne("events.jsonl", text)
        #expect(loaded.quality("events.jsonl").errors == [
            "events.jsonl:1: unknown event 'arive'",
            "events.jsonl:3: answer before arrive for contact 'a' (negative wait)",
        ])
    }

    @Test func contactsAndPeriodKindsReadAsJSONL() throws {
        let dir = try TempDataDir([
            "contacts.jsonl": #"{"contact_id": 7, "arrived_at": "2026-11-22T09:00:00Z", "answered_at": "2026-11-22T09:00:20Z", "resolved_at": "2026-11-22T09:05:20Z", "handle_seconds": 250}"#,
            "costs.jsonl": #"{"period": "2026-11", "category": "Personnel", "amount": 1000.5}"#,
            "benefits.jsonl": #"{"period": "2026-11-22", "kind": "upsell", "amount": 300}"#,
            "customers.jsonl": #"{"period": "2026-11", "customers_start": 1000, "customers_end": 1010, "new_customers": 30, "lost_customers": 20, "gross_margin": 0.4}"#,
        ])
        let loaded = try dir.load()
        #expect(!loaded.store.ledger.hasProblems)
        #expect(loaded.report().queue.ahtSeconds == 250)
        #expect(loaded.store.costs == [CostLine(period: Period(year: 2026, month: 11), category: .personnel, amount: 1000.5)])
        #expect(loaded.store.benefits == [BenefitLine(period: Period(year: 2026, month: 11, day: 22), kind: .upsell, amount: 300)])
        #expect(loaded.store.customers == [CustomerPeriod(period: Period(year: 2026, month: 11), start: 1000, end: 1010,
                                                          new: 30, lost: 20, grossMargin: 0.4)])
    }
}
