import ESSDirectory
import Foundation

/// `ess-bench generate --shape SHAPE --rows N [--seed S]`: a generated CSV on standard output.
func runGenerate(_ arguments: [String]) -> Int32 {
    var shape = DirectoryGenerator.Shape.essFrance, rows = 1000, seed: UInt64 = 2016
    var index = 0
    while index < arguments.count {
        let value = index + 1 < arguments.count ? arguments[index + 1] : ""
        switch arguments[index] {
        case "--shape", "--preset":
            guard let parsed = DirectoryGenerator.Shape(rawValue: value) else { return usage("unknown shape '\(value)'") }
            shape = parsed
        case "--rows":
            guard let parsed = Int(value), parsed >= 0 else { return usage("--rows takes a number") }
            rows = parsed
        case "--seed":
            guard let parsed = UInt64(value) else { return usage("--seed takes a number") }
            seed = parsed
        default:
            return usage("unknown argument '\(arguments[index])'")
        }
        index += 2
    }
    writeGenerated(DirectoryGenerator(shape: shape, rows: rows, seed: seed), to: FileHandle.standardOutput)
    return 0
}

/// Writes a generated file in blocks (a million rows never sit in memory).
func writeGenerated(_ generator: DirectoryGenerator, to handle: FileHandle) {
    var block = ""
    block.reserveCapacity(1 << 20)
    generator.generate { line in
        block += line
        block += "\n"
        if block.utf8.count >= 1 << 20 {
            handle.write(Data(block.utf8))
            block.removeAll(keepingCapacity: true)
        }
    }
    handle.write(Data(block.utf8))
}

private func usage(_ message: String) -> Int32 {
    FileHandle.standardError.write(Data((
        "ess-bench generate: \(message)\nusage: ess-bench generate --shape "
            + DirectoryGenerator.Shape.allCases.map(\.rawValue).joined(separator: "|") + " --rows N [--seed S]\n").utf8))
    return 64
}
