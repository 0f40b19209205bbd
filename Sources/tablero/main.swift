import ArgumentParser
import Foundation

// Command-line mistakes get one line and exit code 2 (the brief), not
// ArgumentParser's usage dump and its default code 64.
do {
    var command = try Tablero.parseAsRoot()
    do {
        try command.run()
    } catch let exit as ExitCode {
        Foundation.exit(exit.rawValue)
    } catch let failure as CommandFailure {
        FileHandle.standardError.write(Data("tablero: \(failure.message)\n".utf8))
        Foundation.exit(failure.code)
    }
} catch {
    let code = Tablero.exitCode(for: error)
    if code == .success {
        print(Tablero.fullMessage(for: error))
        Foundation.exit(0)
    }
    let message = Tablero.message(for: error)
        .split(separator: "\n").first.map(String.init) ?? "invalid command line"
    FileHandle.standardError.write(Data("tablero: \(message.replacingOccurrences(of: "Error: ", with: ""))\n".utf8))
    Foundation.exit(2)
}
