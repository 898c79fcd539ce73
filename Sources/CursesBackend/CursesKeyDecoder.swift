import CNCurses
import TerminalGrid

/// Turns what `wget_wch` returns into ``Key``s.
///
/// Pure apart from the key codes ncurses assigns at run time to extended capabilities
/// (Alt-Left is `kLFT3` in terminfo, with a code only known once the terminal is set up).
struct CursesKeyDecoder {
    var altLeftCode: Int32
    var altRightCode: Int32

    /// The key for a character `wget_wch` returned with `OK`, or nil for one to ignore.
    ///
    /// Escape (27) is returned as `.escape`; telling it apart from Alt needs the next read,
    /// which the terminal does.
    func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 0: return .control(" ")
        case 1...26: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 28: return .control("\\")
        case 29: return .control("]")
        case 30: return .control("^")
        case 31: return .control("_")
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key for a key code `wget_wch` returned with `KEY_CODE_YES`, or nil for one to
    /// ignore. `KEY_RESIZE` and `KEY_MOUSE` are events, not keys, and are handled before this.
    func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_FIND, KEY_A1: return .home
        case KEY_END, KEY_SELECT, KEY_C1: return .end
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_A3: return .pageUp
        case KEY_C3: return .pageDown
        default:
            if code != 0 && code == altLeftCode { return .altLeft }
            if code != 0 && code == altRightCode { return .altRight }
            let f0 = ess_key_f0()
            if code > f0 && code <= f0 + 63 { return .function(Int(code - f0)) }
            return nil
        }
    }

    /// The Alt combination for Escape followed at once by `next`, or nil when `next` should be
    /// read as a key of its own.
    func altKey(followedByCharacter value: UInt32) -> Key? {
        guard value >= 0x20, value != 0x7F, !(0x80...0x9F).contains(value),
            let scalar = Unicode.Scalar(value)
        else { return nil }
        return .alt(Character(scalar))
    }

    /// Alt with an arrow, for terminals that send Escape before the arrow's own sequence.
    func altKey(followedByKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_LEFT: return .altLeft
        case KEY_RIGHT: return .altRight
        default: return nil
        }
    }
}
