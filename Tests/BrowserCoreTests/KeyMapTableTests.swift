@testable import BrowserCore
import Foundation
import TerminalGrid
import Testing

/// The default key map is built at start from a table written in advance
/// (DefaultKeyMap+Table.swift) instead of parsing its text: both must give the same map, and the
/// table must be exactly what this test writes from the text. After a change to
/// `DefaultKeyMap.text`, `ESS_RECORD_KEYMAP=1 swift test --filter KeyMapTableTests` writes it anew.
@Suite struct KeyMapTableTests {
    static let tableFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/BrowserCore/KeyMap/DefaultKeyMap+Table.swift").standardizedFileURL

    @Test func theStandardMapIsTheParsedText() throws {
        let parsed = try KeyMapParser.parse(DefaultKeyMap.text).get()
        #expect(KeyMap.standard == parsed)
        #expect(KeyMap.standard.text == parsed.text)
    }

    @Test func theTableIsWhatTheTextGives() throws {
        let expected = Self.source(of: try KeyMapParser.parse(DefaultKeyMap.text).get())
        if ProcessInfo.processInfo.environment["ESS_RECORD_KEYMAP"] == "1" {
            try expected.write(to: Self.tableFile, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOf: Self.tableFile, encoding: .utf8)
        #expect(written == expected, "DefaultKeyMap+Table.swift is stale: run ESS_RECORD_KEYMAP=1 swift test --filter KeyMapTableTests")
    }

    // MARK: - Writing the table

    static func source(of map: KeyMap) -> String {
        var lines = [
            "// Generated from DefaultKeyMap.text by KeyMapTableTests (ESS_RECORD_KEYMAP=1). Do not edit.",
            "",
            "import TerminalGrid",
            "",
            "extension DefaultKeyMap {",
            "    /// ``text`` read in advance: its bindings in order, then each context's footer. The start",
            "    /// builds the standard map from these instead of parsing the text (KeyMapTableTests checks",
            "    /// that both give the same map).",
            "    static let bindings: [(KeyContext, Key, Command)] = [",
        ]
        for binding in map.bindings {
            lines.append("        (.\(binding.context), \(literal(binding.key)), .\(binding.command)),")
        }
        lines += ["    ]", "", "    static let footers: [(KeyContext, [[Command]])] = ["]
        for context in KeyContext.allCases {
            guard let items = map.footers[context] else { continue }
            let written = items.map { "[" + $0.commands.map { ".\($0)" }.joined(separator: ", ") + "]" }
            lines.append("        (.\(context), [" + written.joined(separator: ", ") + "]),")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    static func literal(_ key: Key) -> String {
        switch key {
        case .character(let c): ".character(\(quoted(c)))"
        case .control(let c): ".control(\(quoted(c)))"
        case .alt(let c): ".alt(\(quoted(c)))"
        case .function(let n): ".function(\(n))"
        case .enter: ".enter"
        case .escape: ".escape"
        case .backspace: ".backspace"
        case .tab: ".tab"
        case .backTab: ".backTab"
        case .up: ".up"
        case .down: ".down"
        case .left: ".left"
        case .right: ".right"
        case .pageUp: ".pageUp"
        case .pageDown: ".pageDown"
        case .home: ".home"
        case .end: ".end"
        case .delete: ".delete"
        case .insert: ".insert"
        case .altLeft: ".altLeft"
        case .altRight: ".altRight"
        }
    }

    static func quoted(_ c: Character) -> String {
        "\"" + String(c).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
