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
        var context = MappingContext(places: places, cacheSlotBits: 0, numbersGroups: false)
        var actors = EncodedActors(capacity: 1)
        let record = CSVFields(fields)
        let result = record.withRecord(0) { view in
            Result { () throws(RowProblem) in try map(view, line: 0, context: &context, into: &actors) }
        }
        guard try result.get() != nil else { return nil }
        return actors.row(0, places: places)
    }

    /// Maps a record into the next actor of `actors`: its codes normalised, its place resolved,
    /// its text columns written from the record's bytes (a string is made only of a value the
    /// mapping makes or a note quotes). What was changed or left empty is noted in `context`
    /// (whose resolver remembers the places it found). Nil, with nothing written, for a SIRENE
    /// unit not flagged ESS; a record that is not importable throws before anything is written.
    func map(_ fields: CSVRecordView, line: Int, context: inout MappingContext,
             into actors: inout EncodedActors) throws(RowProblem) -> MappedActor? {
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
        let key = raw(.key)?.bytes
        guard key != nil || siren != nil else {
            throw RowProblem(message: hasKey ? "no key" : "no SIREN")
        }
        guard let name = raw(.name)?.bytes else { throw RowProblem(message: "no name") }
        let legalCategory = code(.legalCategory, ValueNormaliser.legalCategory)
        let postcode = code(.postcode, ValueNormaliser.postcode)
        let communeCode = code(.communeCode, ValueNormaliser.communeCode)
        let departement = code(.departement, ValueNormaliser.departement)
        let communeName = raw(.commune)?.bytes
        var resolved = context.resolver.resolve(communeCode: communeCode, commune: communeName, postcode: postcode,
                                                departement: departement)
        var postcodeLeftEmpty = false
        for problem in resolved.problems {
            guard let (bytes, column) = raw(problem.field) else { continue }
            context.tally.add(problem.field, column: header[column], problem.kind, line: line, original: Self.text(bytes), reason: problem.reason)
            if problem.field == .postcode && problem.kind == .leftEmpty { postcodeLeftEmpty = true }
        }
        let communes = context.resolver.communes, position = Int(resolved.commune)
        let found = position >= 0
        if found { context.tally.communesFound += 1 }
        if resolved.guessed { context.tally.placesGuessed += 1 }
        // A commune code that names no commune still placed the actor in its département; a
        // postcode in no département is left empty.
        if resolved.place == nil && !found { resolved.guessed = false }
        context.groupPlace = resolved.groupPlace
        context.communeKey = resolved.communeKey

        // Written in the columns' order; nothing below throws.
        if let key { actors.add(key) } else { actors.add(siren) }
        actors.add(siren)
        actors.add(name)
        actors.addSortName(of: name)
        actors.add(raw(.acronym)?.bytes)
        let family: Int32
        if let written = raw(.legalFamily)?.bytes {
            actors.add(written)
            family = context.classificationNumber(written)
        } else {
            family = legalCategory.map { context.familyNumber(legalCategory: $0) } ?? 0
            actors.add(context.classification(family))
        }
        actors.add(legalCategory)
        let naf = code(.naf, ValueNormaliser.naf)
        actors.add(naf)
        let division = naf.map(Self.division) ?? -1
        let section = division < 0 ? nil : Self.sectionOfDivision[Int(division)]
        actors.add(section)
        actors.add(code(.headcount, ValueNormaliser.headcount))
        actors.add(raw(.created)?.bytes)
        actors.add(nil as String?) // `active`, bound as an integer
        actors.add(postcodeLeftEmpty ? nil : postcode)
        if found { actors.add(communes[position].name) } else { actors.add(communeName) }
        let place = resolved.place
        actors.add(place?.departementCode)
        actors.add(place?.regionCode)
        actors.add(place?.formerRegionCode)
        let arrondissement = found ? communes[position].arrondissement : nil
        actors.add(found ? communes[position].code : nil)
        actors.add(arrondissement)
        actors.endActor(guessed: resolved.guessed, active: raw(.state) == nil ? nil : !isLetter(.state, UInt8(ascii: "c")))

        var mapped = MappedActor(unplaced: place == nil, communeKey: resolved.communeKey, division: division)
        if context.numbersGroups {
            let (number, isNew) = context.groupNumber(family: family, section: division < 0 ? 0 : Self.sectionNumber[Int(division)])
            mapped.group = number
            if isNew {
                mapped.newGroup = ActorGroup(departement: place?.departementCode, region: place?.regionCode,
                                             formerRegion: place?.formerRegionCode, arrondissement: arrondissement,
                                             legalFamily: actors.text(actors.count - 1, .legalFamily), nafSection: section)
            }
        }
        return mapped
    }

    /// The division of a NAF code written `62.01Z` (as ``ValueNormaliser/naf(_:)`` writes it): its
    /// first two digits as a number.
    static func division(_ naf: String) -> Int32 {
        var naf = naf
        return naf.withUTF8 { bytes in Int32(bytes[0] - 0x30) * 10 + Int32(bytes[1] - 0x30) }
    }

    /// The NAF section of each division: a code's section is its division's (as
    /// ``Nomenclatures/nafActivity(_:)`` gives it), so the nomenclature is asked once per
    /// division instead of hashed once per actor.
    private static let sectionOfDivision: [String?] = (0..<100).map { Nomenclatures.nafSection(ofDivision: String(format: "%02d", $0)) }
    /// The section as a number for the group keys: 0 for none, else its letter's.
    private static let sectionNumber: [Int32] = sectionOfDivision.map { $0.map { Int32($0.utf8.first!) } ?? 0 }

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

/// What ``RowMapper/map(_:line:context:into:)`` tells of an actor besides its columns.
struct MappedActor {
    var unplaced: Bool
    /// Its commune's key (``ResolvedPlace/communeKey``), -1 for none.
    var communeKey: Int32
    /// Its NAF division, -1 for no NAF code.
    var division: Int32
    /// Its group's number on the mapping thread, when the context numbers groups.
    var group: Int32 = -1
    /// Its group, when it is the first of it the thread met.
    var newGroup: ActorGroup?
}

/// What mapping records keeps from one record to the next: the notes of values changed or left
/// empty, the place resolver with the places it found, and the groups met. Owned by one mapping thread.
struct MappingContext {
    var tally = ValueTally()
    let resolver: PlaceResolver
    /// Whether actors' groups are numbered (for the name order and the counts).
    let numbersGroups: Bool
    /// The ESS family of each catégorie juridique (by its four digits) as a classification
    /// number, 0 for none, -1 not yet met; allocated at the first catégorie (a file may have none).
    private var familyOfCategory: [Int32] = []
    /// The last actor's place, as its group numbers it (``ResolvedPlace/groupPlace``).
    var groupPlace: Int32 = -1
    /// The last actor's commune, as a number (``ResolvedPlace/communeKey``).
    var communeKey: Int32 = -1
    /// The legal families met, numbered from 1 for the group keys. A file has a few dozen: found
    /// by a scan that compares lengths, then bytes, not by a hash; past the first 64 (a legal
    /// family column of free text), by a dictionary.
    private var classifications: [[UInt8]] = []
    /// Every classification's text, by its number.
    private var classificationTexts: [String] = []
    private var moreClassifications: [[UInt8]: Int32] = [:]
    /// The groups of this thread's actors, numbered in the order met.
    private var groups = GroupNumbers()

    /// `cacheSlotBits`: the size of the place cache (see ``PlaceResolver``); small for one record.
    init(places: PlaceIndex, cacheSlotBits: Int = 13, numbersGroups: Bool = true) {
        resolver = PlaceResolver(places: places, slotBits: cacheSlotBits)
        self.numbersGroups = numbersGroups
    }

    /// The last actor's group's number on this thread, and whether it is the first of its group.
    mutating func groupNumber(family: Int32, section: Int32) -> (number: Int32, isNew: Bool) {
        groups.number(place: groupPlace, family: family, section: section)
    }

    /// The classification number of the family of a catégorie juridique (four digits), 0 for none.
    mutating func familyNumber(legalCategory code: String) -> Int32 {
        let index = Int(code) ?? 0
        if familyOfCategory.isEmpty { familyOfCategory = Array(repeating: -1, count: 10_000) }
        if familyOfCategory[index] >= 0 { return familyOfCategory[index] }
        var number: Int32 = 0
        if var family = Classification.family(legalCategory: code) { number = family.withUTF8 { classificationNumber($0) } }
        familyOfCategory[index] = number
        return number
    }

    /// A classification's text by its number, nil for 0.
    func classification(_ number: Int32) -> String? {
        number > 0 ? classificationTexts[Int(number) - 1] : nil
    }

    /// The number of a legal family as written, numbered from 1 in the order met.
    mutating func classificationNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        // Lengths first, then bytes: hashing costs more than a scan of a few dozen.
        for (index, known) in classifications.enumerated() where known.count == bytes.count {
            if known.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { return Int32(index + 1) }
        }
        let value = Array(bytes)
        if classifications.count < 64 {
            classifications.append(value)
            classificationTexts.append(String(decoding: value, as: UTF8.self))
            return Int32(classifications.count)
        }
        if let known = moreClassifications[value] { return known }
        classificationTexts.append(String(decoding: value, as: UTF8.self))
        let number = Int32(classificationTexts.count)
        moreClassifications[value] = number
        return number
    }
}
