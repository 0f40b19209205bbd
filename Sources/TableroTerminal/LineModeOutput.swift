#if canImport(Glibc)
import Glibc
#endif
import TableroCanvas

/// The fallback for terminals that cannot address the cursor (TERM=dumb,
/// some CI consoles): each frame is printed as plain lines, only when it
/// changed. Keys are read one at a time (TerminalSession turns canonical
/// input and echo off), so `q` alone quits.
@MainActor
final class LineModeOutput {
    private var lastFrame: [String] = []

    init() {}

    func draw(_ canvas: Canvas) {
        let lines = canvas.lines.map { line -> String in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
        guard lines != lastFrame else { return }
        lastFrame = lines
        let text = "\n" + lines.joined(separator: "\n") + "\n"
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(1, $0.baseAddress! + offset, bytes.count - offset) }
            if n <= 0 { break }
            offset += n
        }
    }

    func readKeys() -> [Key] {
        var buffer = [UInt8](repeating: 0, count: 256)
        var data: [UInt8] = []
        // poll before each read instead of O_NONBLOCK, which would stay on
        // the shell's terminal after we exit.
        var fd = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        while poll(&fd, 1, 0) > 0, fd.revents & Int16(POLLIN) != 0 {
            let n = read(0, &buffer, buffer.count)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        return String(decoding: data, as: UTF8.self).unicodeScalars.map { KeyMapping.character($0.value) }
    }

    static func windowSize() -> (cols: Int, lines: Int) {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        return (80, 24)
    }
}
