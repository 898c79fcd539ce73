import BrowserCore
import CursesBackend
import Foundation

/// Opens a web or e-mail address in the user's browser: the first program of `$BROWSER` (a
/// colon-separated list, by convention) that can be started, else `xdg-open`. The address is an
/// argument, never shell text, and the program's output goes to /dev/null, away from the screen.
struct AddressOpener: Sendable {
    let environment: [String: String]

    /// The programs tried, in order.
    var candidates: [String] {
        let listed = (environment["BROWSER"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        return listed + ["xdg-open"]
    }

    func task(for address: String) -> BackgroundTask<BrowserProgram.Message> {
        let candidates = candidates
        return BackgroundTask(lane: "open") {
            var tried: [String] = []
            for program in candidates {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = [program, address]
                process.standardInput = FileHandle.nullDevice
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                do {
                    try process.run()
                    process.waitUntilExit()
                } catch {
                    tried.append(program)
                    continue
                }
                // env exits 127 when the program is not found: try the next one.
                if process.terminationStatus == 127 {
                    tried.append(program)
                    continue
                }
                if process.terminationStatus == 0 { return .done }
                return .action(.effectFailed("\(program) could not open \(address) (exit \(process.terminationStatus)); set BROWSER to a browser"))
            }
            return .action(.effectFailed("no program to open \(address) (tried \(tried.joined(separator: ", "))); set BROWSER, e.g. BROWSER=firefox"))
        }
    }
}
