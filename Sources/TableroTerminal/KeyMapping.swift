import CNCurses
import TableroCanvas

/// Turns what `get_wch` returns into a `Key`. Pure (status and code in, key
/// out) so the table is tested without a terminal.
public enum KeyMapping {
    /// - status: `get_wch`'s result: `OK` for a character, `KEY_CODE_YES`
    ///   for a function key (arrows, `KEY_RESIZE`, …).
    /// - code: the `wint_t` it stored.
    /// Returns nil for `ERR` (no more input).
    public static func key(status: Int32, code: UInt32) -> Key? {
        switch status {
        case KEY_CODE_YES: return functionKey(Int32(bitPattern: code))
        case OK: return character(code)
        default: return nil
        }
    }

    /// Control characters first (the ones a wallboard uses), then any
    /// Unicode scalar as a character.
    static func character(_ code: UInt32) -> Key {
        switch code {
        case 3: return .ctrlC
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 0..<32: return .unknown(Int32(code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(Int32(bitPattern: code)) }
            return .character(Character(scalar))
        }
    }

    static func functionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_SLEFT: return .shiftLeft
        case KEY_SRIGHT: return .shiftRight
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_RESIZE: return .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return .unknown(code)
        }
    }
}
