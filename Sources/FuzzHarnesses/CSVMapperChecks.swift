import ESSDirectory
import ESSModel

/// The row mapper's promises, on records the fuzzer wrote (part of `csv-reader`).
enum CSVMapperChecks {
    /// A few départements and their regions (current and former), enough for every way the
    /// mapper places an actor: département code, commune code, postcode, Corsica, overseas.
    static let places: PlaceIndex = {
        let yaml = """
            sources: [{id: doc, title: Un document, file: 000_doc.txt}]
            territories:
              - {id: france, name: France, level: france}
              - {id: region-ara, name: Auvergne-Rhône-Alpes, level: region, code: "84", parent: france}
              - {id: region-corse, name: Corse, level: region, code: "94", parent: france}
              - {id: region-guadeloupe, name: Guadeloupe, level: region, code: "01", parent: france}
              - {id: ancienne-region-ra, name: Rhône-Alpes, level: ancienne-region, code: "82", parent: france,
                 current: region-ara, departements: [departement-ain, departement-loire]}
              - {id: departement-ain, name: Ain, level: departement, code: "01", parent: region-ara}
              - {id: departement-loire, name: Loire, level: departement, code: "42", parent: region-ara}
              - {id: departement-corse-du-sud, name: Corse-du-Sud, level: departement, code: "2A", parent: region-corse}
              - {id: departement-guadeloupe, name: Guadeloupe, level: departement, code: "971", parent: region-guadeloupe}
            """
        switch CatalogueLoader.load(files: [CatalogueFile(path: "places.yaml", contents: yaml)]) {
        case .success(let catalogue): return PlaceIndex(catalogue: catalogue)
        case .failure(let errors): preconditionFailure("the harness's places do not load: \(errors)")
        }
    }()

    /// The header each preset reads: the generator's for the two real shapes, every field's name
    /// for `generic`.
    static func header(_ preset: ImportPreset) -> (fields: [String], separator: String) {
        switch preset {
        case .essFrance: (DirectoryGenerator(shape: .essFrance, rows: 0).header.split(separator: ";").map(String.init), ";")
        case .sirene: (DirectoryGenerator(shape: .sirene, rows: 0).header.split(separator: ",").map(String.init), ",")
        case .generic: (ActorField.allCases.map(\.rawValue), ";")
        }
    }

    /// The bytes as the body of a file under the preset's own header: the mapper must accept
    /// the header, and each record below it must map or be refused with a reason.
    static func checkUnderPresetHeader(_ preset: ImportPreset, body: [UInt8]) {
        let (header, separator) = header(preset)
        var reader = CSVReader(bytes: Array((header.joined(separator: separator) + "\n").utf8) + body)
        let readHeader = try? reader.next()?.fields
        precondition(readHeader == header, "the \(preset.rawValue) header does not read back")
        let mapper: RowMapper
        do { mapper = try RowMapper(header: header, preset: preset, places: places) } catch {
            preconditionFailure("the \(preset.rawValue) header is refused: \(error)")
        }
        while true {
            do {
                guard let row = try reader.next() else { break }
                precondition(row.line >= 2, "a body record at line \(row.line)")
                check(mapper, row.fields)
            } catch {
                if error.isFatal { break }
            }
        }
    }

    /// The input's first record as the header: the mapper takes it or says which columns are
    /// missing; when it takes it, the following records map or are refused with a reason.
    static func checkUnderOwnHeader(_ preset: ImportPreset, header: [String], rows: ArraySlice<CSVRow>) {
        let mapper: RowMapper
        do { mapper = try RowMapper(header: header, preset: preset, places: places) } catch {
            precondition(!error.description.isEmpty, "an empty header error")
            return
        }
        for row in rows { check(mapper, row.fields) }
    }

    static func check(_ mapper: RowMapper, _ fields: [String]) {
        let countProblem = "\(fields.count) field\(fields.count == 1 ? "" : "s") where the header has \(mapper.headerCount)"
        let actor: ActorRow?
        do { actor = try mapper.actor(from: fields) } catch {
            precondition(!error.message.isEmpty, "a record refused without a reason")
            precondition((error.message == countProblem) == (fields.count != mapper.headerCount),
                         "record of \(fields.count) fields, header of \(mapper.headerCount): \(error.message)")
            return
        }
        precondition(fields.count == mapper.headerCount, "a record of \(fields.count) fields mapped under \(mapper.headerCount) columns")
        guard let actor else { return }
        for value in [actor.key, actor.name] {
            precondition(!value.isEmpty && !isSpaceOrTab(value.utf8.first!) && !isSpaceOrTab(value.utf8.last!), "key or name '\(value)'")
        }
        if let siren = actor.siren {
            precondition(siren.utf8.count == 9 && siren.utf8.allSatisfy { (0x30...0x39).contains($0) }, "SIREN '\(siren)'")
        }
        if mapper.preset != .generic { precondition(actor.siren != nil, "a \(mapper.preset.rawValue) actor without a SIREN") }
    }

    static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
