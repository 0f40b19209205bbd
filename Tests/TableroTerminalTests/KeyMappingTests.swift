import CNCurses
import Testing
import TableroCanvas
@testable import TableroTerminal

@Suite("Key mapping")
struct KeyMappingTests {
    @Test("function keys from KEY_CODE_YES", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_SLEFT, .shiftLeft), (KEY_SRIGHT, .shiftRight),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace),
        (KEY_RESIZE, .resize), (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
    ] as [(Int32, Key)])
    func functionKeys(code: Int32, expected: Key) {
        #expect(KeyMapping.key(status: KEY_CODE_YES, code: UInt32(code)) == expected)
    }

    @Test("control characters from OK", arguments: [
        (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (3, .ctrlC),
        (127, .backspace), (8, .backspace), (1, .unknown(1)),
    ] as [(UInt32, Key)])
    func controlCharacters(code: UInt32, expected: Key) {
        #expect(KeyMapping.key(status: OK, code: code) == expected)
    }

    @Test("characters arrive whole, including non-ASCII")
    func characters() {
        #expect(KeyMapping.key(status: OK, code: 0x71) == .character("q"))
        #expect(KeyMapping.key(status: OK, code: 0xF1) == .character("ñ"))
        #expect(KeyMapping.key(status: OK, code: 0x65E5) == .character("日"))
    }

    @Test("ERR means no more input; unnamed codes are kept")
    func errAndUnknown() {
        #expect(KeyMapping.key(status: ERR, code: 0) == nil)
        #expect(KeyMapping.key(status: KEY_CODE_YES, code: UInt32(KEY_MOUSE)) == .unknown(KEY_MOUSE))
        // A surrogate is not a Unicode scalar.
        #expect(KeyMapping.key(status: OK, code: 0xD800) == .unknown(0xD800))
    }
}
