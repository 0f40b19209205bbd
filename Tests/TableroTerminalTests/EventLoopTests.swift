#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TableroTerminal

/// The loop without a terminal: a session that was never started, so only
/// the caller's descriptors and the timeout can wake it.
@Suite("Event loop")
@MainActor
struct EventLoopTests {
    @Test("times out when nothing happens")
    func timeout() {
        let loop = EventLoop(session: TerminalSession())
        #expect(loop.wait(timeoutMilliseconds: 10) == [.timeout])
        #expect(loop.wait(timeoutMilliseconds: 0) == [.timeout])
    }

    @Test("a readable caller descriptor wakes it, before the timeout")
    func readable() {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        let loop = EventLoop(session: TerminalSession())
        var byte: UInt8 = 1
        #expect(write(fds[1], &byte, 1) == 1)
        // An hour's timeout: the test only finishes because the pipe wakes it.
        #expect(loop.wait(timeoutMilliseconds: 3_600_000, descriptors: [fds[0]]) == [.readable(fds[0])])
    }
}
