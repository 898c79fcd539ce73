import ESSModel
import Foundation
import ESSReference

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
    /// The header's column names, for the report.
    let header: [String]
    /// Whether SIRENE units not flagged ESS are kept (`--all`).
    public let keepAll: Bool
    private let places: PlaceIndex
    /// `columns` by the field's position in `ActorField.allCases`, end to end (field `n`'s columns
    /// are `slotColumns[slotStarts[n]..<slotStarts[n + 1]]`): read for every field of a million
    /// records, where hashing the field cost more than the rest of the mapping.
    private let slotColumns: [Int]
    private let slotStarts: [Int]
    /// Whether the file has these columns, asked of every record.
    private let hasKey, hasSiren, hasEss: Bool

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
        if preset == .generic && columns[.key] == nil && columns[.siren] == nil && columns[.siret] == nil { required.append(.siren) }
        let missing = required.filter { columns[$0] == nil }
        if !missing.isEmpty { throw ImportError.missingColumns(missing, preset: preset, header: header) }
        self.preset = preset
        self.columns = columns
        let slots = ActorField.allCases.map { columns[$0] ?? [] }
        self.slotColumns = Array(slots.joined())
        self.slotStarts = slots.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        (hasKey, hasSiren, hasEss) = (columns[.key] != nil, columns[.siren] != nil, columns[.ess] != nil)
        self.headerCount = header.count
        self.header = header
        self.keepAll = keepAll
        self.places = places
    }

    /// The actor of a record; nil for a SIRENE unit not flagged ESS (unless `keepAll`).
    public func actor(from fields: [String]) throws(RowProblem) -> ActorRow? {
        var context = MappingContext(places: places, cacheSlotBits: 0)
        let record = CSVFields(fields)
        let result = record.withRecord(0) { view in
            Result { () throws(RowProblem) in try actor(from: view, line: 0, context: &context) }
        }
        return try result.get()
    }

    /// The actor of a record, its codes normalised and its place resolved; what was changed or
    /// left empty is noted in `context` (whose resolver remembers the places it found). Read
    /// from the scanned bytes: a string is made only of a value the actor keeps or a note quotes.
    func actor(from fields: CSVRecordView, line: Int, context: inout MappingContext) throws(RowProblem) -> ActorRow? {
        guard fields.count == headerCount else {
            throw RowProblem(message: "\(fields.count) field\(fields.count == 1 ? "" : "s") where the header has \(headerCount)")
        }
        /// The first non-empty column of the field (spaces and tabs around it taken off), and its index.
        func raw(_ field: ActorField) -> (bytes: Bytes, column: Int)? {
            var slot = slotStarts[field.ordinal]
            let end = slotStarts[field.ordinal + 1]
            while slot < end {
                let bytes = Self.trimmed(fields[slotColumns[slot]])
                if !bytes.isEmpty { return (bytes, slotColumns[slot]) }
                slot += 1
            }
            return nil
        }
        func value(_ field: ActorField) -> String? { raw(field).map { Self.text($0.bytes) } }
        /// Whether the field is this one letter, either case.
        func isLetter(_ field: ActorField, _ lowercase: UInt8) -> Bool {
            guard let bytes = raw(field)?.bytes, bytes.count == 1 else { return false }
            return bytes[0] | 0x20 == lowercase
        }
        /// The field's code as `normalise` recovers it; a value it cannot read is left empty.
        func code(_ field: ActorField, _ normalise: (Bytes) -> String?) -> String? {
            guard let (bytes, column) = raw(field) else { return nil }
            guard let normalised = normalise(bytes) else {
                context.tally.add(field, column: header[column], .leftEmpty, line: line, original: Self.text(bytes), reason: Self.expected[field])
                return nil
            }
            if !Self.equal(normalised, bytes) {
                context.tally.add(field, column: header[column], .normalised, line: line, original: Self.text(bytes), result: normalised)
            }
            return normalised
        }
        if !keepAll, hasEss, !isLetter(.ess, UInt8(ascii: "o")) { return nil }
        var siren: String?
        if let (bytes, column) = raw(.siren) {
            siren = ValueNormaliser.siren(bytes)
            if let siren, !Self.equal(siren, bytes) {
                context.tally.add(.siren, column: header[column], .normalised, line: line, original: Self.text(bytes), result: siren)
            } else if siren == nil {
                // Without a key of its own, the SIREN is the key: a record that has none is not importable.
                guard hasKey else {
                    throw RowProblem(message: "SIREN '\(Self.text(bytes))' is not 9 digits")
                }
                context.tally.add(.siren, column: header[column], .leftEmpty, line: line, original: Self.text(bytes), reason: Self.expected[.siren])
            }
        }
        if siren == nil, !hasSiren, let siret = code(.siret, ValueNormaliser.siret) { siren = String(siret.prefix(9)) }
        guard let key = value(.key) ?? siren else {
            throw RowProblem(message: hasKey ? "no key" : "no SIREN")
        }
        guard let name = value(.name) else { throw RowProblem(message: "no name") }
        let legalCategory = code(.legalCategory, ValueNormaliser.legalCategory)
        let postcode = code(.postcode, ValueNormaliser.postcode)
        let communeCode = code(.communeCode, ValueNormaliser.communeCode)
        let departement = code(.departement, ValueNormaliser.departement)
        let communeName = value(.commune)
        var resolved = context.resolver.resolve(communeCode: communeCode, commune: communeName, postcode: postcode,
                                                departement: departement)
        var kept: [ActorField: String?] = [:]
        for problem in resolved.problems {
            guard let (bytes, column) = raw(problem.field) else { continue }
            context.tally.add(problem.field, column: header[column], problem.kind, line: line, original: Self.text(bytes), reason: problem.reason)
            if problem.kind == .leftEmpty { kept[problem.field] = .some(nil) }
        }
        let commune = context.resolver.commune(of: resolved)
        if commune != nil { context.tally.communesFound += 1 }
        if resolved.guessed { context.tally.placesGuessed += 1 }
        // A commune code that names no commune still placed the actor in its département; a
        // postcode in no département is left empty.
        if resolved.place == nil && commune == nil { resolved.guessed = false }
        context.groupPlace = resolved.groupPlace
        context.communeKey = resolved.communeKey
        return ActorRow(
            key: key, siren: siren, name: name, acronym: value(.acronym),
            legalFamily: value(.legalFamily) ?? legalCategory.flatMap { context.families.value($0, Classification.family(legalCategory:)) },
            legalCategory: legalCategory, naf: code(.naf, ValueNormaliser.naf), headcount: code(.headcount, ValueNormaliser.headcount),
            created: value(.created), active: raw(.state) == nil ? nil : !isLetter(.state, UInt8(ascii: "c")),
            postcode: kept[.postcode] != nil ? nil : postcode,
            commune: commune?.name ?? communeName,
            communeCode: commune?.code, arrondissement: commune?.arrondissement,
            placeGuessed: resolved.guessed, place: resolved.place)
    }

    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Without the spaces and tabs around it.
    private static func trimmed(_ bytes: Bytes) -> Bytes {
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return Bytes(rebasing: bytes[start..<end])
    }

    private static func text(_ bytes: Bytes) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the string's UTF-8 is these bytes.
    private static func equal(_ text: String, _ bytes: Bytes) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.count == bytes.count && (utf8.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, utf8.count) == 0)
        }
    }

    /// What each code field should look like, for the report of a value left empty.
    static let expected: [ActorField: String] = [
        .siren: "not 9 digits", .siret: "not 14 digits", .postcode: "not a 5-digit postcode", .communeCode: "not a 5-character commune code",
        .departement: "not a département code", .legalCategory: "not a 4-digit catégorie juridique",
        .naf: "not a NAF rév. 2 code (88.99B)", .headcount: "not a tranche d'effectifs (NN, 00 … 53)",
    ]
}

/// What mapping records keeps from one record to the next: the notes of values changed or left
/// empty, and the place resolver with the places it found. Owned by one mapping thread.
struct MappingContext {
    var tally = ValueTally()
    let resolver: PlaceResolver
    /// The ESS family of each catégorie juridique met (a file has a few dozen for a million rows).
    var families = Memo<String, String?>()
    /// The last actor's place, as its group numbers it (``ResolvedPlace/groupPlace``).
    var groupPlace: Int32 = -1
    /// The last actor's commune, as a number (``ResolvedPlace/communeKey``).
    var communeKey: Int32 = -1
    /// The legal families and NAF sections met, numbered from 1 for the group keys (one
    /// numbering for both: each has its own place in a key). A file has a few dozen: found by
    /// a scan that compares lengths, then strings, not by a hash; past the first 64 (a legal
    /// family column of free text), by a dictionary.
    private var classifications: [String] = []
    private var moreClassifications: [String: Int32] = [:]
    /// The groups of this thread's actors, numbered in the order met.
    private var groups: [BatchOrder.GroupKey: Int32] = [:]

    /// `cacheSlotBits`: the size of the place cache (see ``PlaceResolver``); small for one record.
    init(places: PlaceIndex, cacheSlotBits: Int = 13) { resolver = PlaceResolver(places: places, slotBits: cacheSlotBits) }

    /// The last actor's group's number on this thread, and whether it is the first of its group.
    mutating func groupNumber(legalFamily: String?, nafSection: String?) -> (number: Int32, isNew: Bool) {
        let key = BatchOrder.GroupKey(place: groupPlace, family: number(legalFamily), section: number(nafSection))
        if let known = groups[key] { return (known, false) }
        let number = Int32(groups.count)
        groups[key] = number
        return (number, true)
    }

    private mutating func number(_ value: String?) -> Int32 {
        guard let value else { return 0 }
        // Lengths first: comparing two strings of different storage costs more than a hash.
        let length = value.utf8.count
        if let known = classifications.firstIndex(where: { $0.utf8.count == length && $0 == value }) { return Int32(known + 1) }
        if classifications.count < 64 {
            classifications.append(value)
            return Int32(classifications.count)
        }
        if let known = moreClassifications[value] { return known }
        let number = Int32(classifications.count + moreClassifications.count + 1)
        moreClassifications[value] = number
        return number
    }
}
