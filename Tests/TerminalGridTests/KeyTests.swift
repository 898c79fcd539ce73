import Testing
import TerminalGrid

@Suite struct KeyScriptTests {
    @Test func parsesCharactersAndNames() throws {
        let keys = try Key.parseScript("2/loire<Enter><Tab>j<BS>")
        #expect(keys == [
            .character("2"), .character("/"), .character("l"), .character("o"), .character("i"),
            .character("r"), .character("e"), .enter, .tab, .character("j"), .backspace,
        ])
    }

    @Test func parsesEveryNamedKey() throws {
        let script = "<Esc><S-Tab><Up><Down><Left><Right><PgUp><PgDn><Home><End><Del><Space><lt>"
        #expect(try Key.parseScript(script) == [
            .escape, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
            .delete, .character(" "), .character("<"),
        ])
        #expect(try Key.parseScript("<C-c><A-x><A-Left><A-Right><F1><F12>") == [
            .control("c"), .alt("x"), .altLeft, .altRight, .function(1), .function(12),
        ])
    }

    @Test func namesAreCaseInsensitive() throws {
        #expect(try Key.parseScript("<enter><ESC><pgdn><c-C>") == [.enter, .escape, .pageDown, .control("c")])
    }

    @Test func controlCombinationsTerminalsCannotSendMapToTheirKeys() {
        #expect(Key.parse(name: "C-i") == .tab)
        #expect(Key.parse(name: "C-m") == .enter)
        #expect(Key.parse(name: "C-h") == .backspace)
        #expect(Key.parse(name: "C-[") == .escape)
    }

    @Test func unknownOrUnterminatedNamesThrow() {
        #expect(throws: KeyScriptError.unknownName("Entr")) { try Key.parseScript("<Entr>") }
        #expect(throws: KeyScriptError.unterminatedName("<Enter")) { try Key.parseScript("a<Enter") }
        #expect(throws: KeyScriptError.unknownName("")) { try Key.parseScript("<>") }
    }

    @Test func singleNamesForKeyMapTables() {
        #expect(Key.parse(name: "j") == .character("j"))
        #expect(Key.parse(name: "<PgDn>") == .pageDown)
        #expect(Key.parse(name: "Enter") == .enter)
        #expect(Key.parse(name: "F5") == .function(5))
        #expect(Key.parse(name: "?") == .character("?"))
        #expect(Key.parse(name: "nope") == nil)
        #expect(Key.parse(name: "F0") == nil)
    }
}

@Suite struct KeyDescriptionTests {
    @Test func readableDescriptions() {
        #expect(Key.character("j").description == "j")
        #expect(Key.enter.description == "<Enter>")
        #expect(Key.control("c").description == "<C-c>")
        #expect(Key.altLeft.description == "<A-Left>")
        #expect(Key.pageDown.description == "<PgDn>")
        #expect(Key.backTab.description == "<S-Tab>")
        #expect(Key.character(" ").description == "<Space>")
        #expect(Key.character("<").description == "<lt>")
        #expect(Key.function(3).description == "<F3>")
        #expect(Key.alt("<").description == "<A-lt>")
    }

    @Test func descriptionsRoundTripThroughTheScriptParser() throws {
        let keys: [Key] = [
            .character("a"), .character("É"), .character("漢"), .character("<"), .character(" "),
            .character(">"), .enter, .escape, .backspace, .tab, .backTab, .up, .down, .left,
            .right, .pageUp, .pageDown, .home, .end, .delete, .insert, .function(1),
            .function(12), .control("c"), .control("z"), .alt("x"), .alt("X"), .alt("<"),
            .altLeft, .altRight,
        ]
        let script = Key.script(keys)
        #expect(try Key.parseScript(script) == keys)
        for key in keys {
            #expect(Key.parse(name: key.description) == key, "\(key)")
        }
    }
}
