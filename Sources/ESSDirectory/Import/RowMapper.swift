import ESSModel

/// Why a record was not imported, for the report (the line comes from the record).
public struct RowProblem: Error, Equatable, Sendable {
    public let message: String
}

/// Reads actors from records, once the header has said which column holds what.
public struct RowMapper: Sendable {
    public let preset: ImportPreset
    /// For each field, the columns that may fill it, the first non-empty one winning.
    public let columns: [ActorField: [Int]]
    public let headerCount: Int
    /// Whether SIRENE units not flagged ESS are kept (`--all`).
    public let keepAll: Bool
    private let places: PlaceIndex
    /// `columns` by the field's position in `ActorField.allCases`: read for every field of a million
    /// records, where hashing the field cost more than the rest of the mapping.
    private let slots: [[Int]]

    /// Matches the header to the preset and the `--map` overrides (column name → field), or
    /// explains which columns are missing.
    public init(header: [String], preset: ImportPreset, map: [String: ActorField] = [:], keepAll: Bool = false,
                places: PlaceIndex) throws(ImportError) {
        let folded = header.map(TextFolding.fold)
        var columns: [ActorField: [Int]] = [:]
        for (field, names) in preset.columns {
            let indices = names.compactMap { folded.firstIndex(of: $0) }
            if !indices.isEmpty { columns[field] = indices }
        }
        for (column, field) in map {
            guard let index = folded.firstIndex(of: TextFolding.fold(column)) else {
                throw ImportError.unknownColumn(column, header: header)
            }
            columns[field] = [index]
        }
        var required = preset.required
        if preset == .generic && columns[.key] == nil && columns[.siren] == nil { required.append(.siren) }
        let missing = required.filter { columns[$0] == nil }
        if !missing.isEmpty { throw ImportError.missingColumns(missing, preset: preset, header: header) }
        self.preset = preset
        self.columns = columns
        self.slots = ActorField.allCases.map { columns[$0] ?? [] }
        self.headerCount = header.count
        self.keepAll = keepAll
        self.places = places
    }

    /// The actor of a record; nil for a SIRENE unit not flagged ESS (unless `keepAll`).
    public func actor(from fields: [String]) throws(RowProblem) -> ActorRow? {
        guard fields.count == headerCount else {
            throw RowProblem(message: "\(fields.count) field\(fields.count == 1 ? "" : "s") where the header has \(headerCount)")
        }
        func value(_ field: ActorField) -> String? {
            for index in slots[field.ordinal] {
                let text = fields[index].trimmedSpaces
                if !text.isEmpty { return text }
            }
            return nil
        }
        if !keepAll, columns[.ess] != nil, value(.ess) != "O" && value(.ess) != "o" { return nil }
        let siren = value(.siren)
        if let siren, siren.utf8.count != 9 || !siren.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            throw RowProblem(message: "SIREN '\(siren)' is not 9 digits (leading zeros lost by a spreadsheet?)")
        }
        guard let key = value(.key) ?? siren else {
            throw RowProblem(message: columns[.key] != nil ? "no key" : "no SIREN")
        }
        guard let name = value(.name) else { throw RowProblem(message: "no name") }
        let legalCategory = value(.legalCategory)
        return ActorRow(
            key: key, siren: siren, name: name, acronym: value(.acronym),
            legalFamily: value(.legalFamily) ?? legalCategory.flatMap(Classification.family(legalCategory:)),
            legalCategory: legalCategory, naf: value(.naf), headcount: value(.headcount),
            created: value(.created), active: value(.state).map { $0 != "C" && $0 != "c" },
            postcode: value(.postcode), commune: value(.commune), place: try place(value))
    }

    /// The département from its code, else the commune code, else the postcode; a value that names
    /// no département is an error, no value at all leaves the actor unplaced.
    private func place(_ value: (ActorField) -> String?) throws(RowProblem) -> Place? {
        if let code = value(.departement) {
            guard let place = places.place(departementCode: code) else {
                throw RowProblem(message: "unknown département code '\(code)'")
            }
            return place
        }
        if let code = value(.communeCode) {
            guard let place = places.place(communeCode: code) else {
                throw RowProblem(message: "commune code '\(code)' is in no known département")
            }
            return place
        }
        if let postcode = value(.postcode) {
            guard let place = places.place(postcode: postcode) else {
                throw RowProblem(message: "postcode '\(postcode)' is in no known département")
            }
            return place
        }
        return nil
    }
}
