/// A commune of the INSEE Code officiel géographique 2025: a commune, a commune déléguée or
/// associée (part of a commune nouvelle or of an association of communes), or a municipal
/// arrondissement of Paris, Lyon or Marseille.
public struct Commune: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case commune = 0x43 /* C */, deleguee = 0x44 /* D */, associee = 0x41 /* A */, municipalArrondissement = 0x4D /* M */
    }

    /// The INSEE code ("69123", "2A004", "97105"); a commune déléguée may share its parent's.
    public let code: String
    public let kind: Kind
    /// As the COG writes it: "Saint-Yrieix-la-Perche", "L'Abergement-Clémenciat".
    public let name: String
    public let departement: String
    public let region: String
    /// The arrondissement's code ("422"), nil for the few communes of none (Mayotte).
    public let arrondissement: String?
    /// The commune a déléguée, associée or municipal arrondissement belongs to.
    public let parent: String?
    /// One postcode of the commune (a commune may have several, a postcode cover several communes).
    public let postcode: String?
    public let population: Int?
    /// Its centre, where the source gives one (most communes déléguées have none).
    public let location: GeoPoint?

    /// The commune that counts it: its parent, or itself.
    public var currentCode: String { parent ?? code }
}

/// Every commune of the COG 2025, decoded on first use from the generated `CommunesData.swift`
/// (see `Scripts/make-communes.py`), with lookups by code, postcode and name.
public final class CommuneTable: Sendable {
    /// The table, decoded the first time it is asked for (Swift's lazy, thread-safe static).
    public static let shared = CommuneTable(decoding: encoded)

    public let communes: [Commune]
    /// Arrondissement code → name ("422" → "Roanne").
    public let arrondissementNames: [String: String]
    /// Département code → region code.
    public let regionOfDepartement: [String: String]
    private let byCode: [String: Int]
    private let byPostcode: [String: [Int]]
    /// Folded name (see ``foldedName(_:)``) → positions in `communes`: folding 37,548 names is
    /// most of the decoding's cost, and only the import's resolution of commune names needs it,
    /// so it is built on its first lookup.
    private var byName: CommuneNameIndex { NameIndex.shared }

    private enum NameIndex {
        static let shared = CommuneNameIndex(CommuneTable.shared.communes)
    }

    init(decoding text: String) {
        let decoded = CommuneTableText(text)
        let communes = decoded.communes
        var byCode: [String: Int] = [:], byPostcode: [String: [Int]] = [:]
        byCode.reserveCapacity(communes.count)
        byPostcode.reserveCapacity(communes.count / 5)
        for (index, commune) in communes.enumerated() {
            // A commune déléguée that shares its parent's code comes after it and does not replace it.
            if byCode[commune.code] == nil { byCode[commune.code] = index }
            if let postcode = commune.postcode { byPostcode[postcode, default: []].append(index) }
        }
        self.communes = communes
        self.arrondissementNames = decoded.arrondissementNames
        self.regionOfDepartement = decoded.regionOfDepartement
        self.byCode = byCode
        self.byPostcode = byPostcode
    }

    /// The commune of an INSEE code; for a code a commune déléguée shares, the commune.
    public func commune(code: String) -> Commune? { byCode[code].map { communes[$0] } }

    /// The position in `communes` of the commune of an INSEE code (for a code a commune déléguée
    /// shares, the commune's): one number per code.
    public func position(code: String) -> Int? { byCode[code] }

    /// The communes whose postcode (as the table gives one per commune) is this one.
    public func communes(postcode: String) -> [Commune] { (byPostcode[postcode] ?? []).map { communes[$0] } }

    /// The communes of a département with this name, compared by ``nameKey(_:departement:)``.
    public func communes(named name: String, departement: String) -> [Commune] {
        positions(foldedName: Self.foldedName(name)).filter { communes[$0].departement == departement }.map { communes[$0] }
    }

    /// The positions in `communes` of every commune with this folded name (``foldedName(_:)``),
    /// whatever its département, in table order.
    public func positions(foldedName: String) -> [Int] { byName.positions(Array(foldedName.utf8)).map(Int.init) }

    /// The same for a name folded into bytes (``fold(_:into:)``), by a caller that folds many
    /// names into a buffer of its own.
    public func positions(folded: [UInt8]) -> ArraySlice<Int32> { byName.positions(folded) }

    /// The positions in `communes` of the communes whose postcode is this one.
    public func positions(postcode: String) -> [Int] { byPostcode[postcode] ?? [] }

    /// The département of a postcode by the table (a postcode may lie across a border: 42620 is
    /// partly in the Allier), nil when no commune of the table has it.
    public func departements(postcode: String) -> [String] {
        var seen: [String] = []
        for index in byPostcode[postcode] ?? [] where !seen.contains(communes[index].departement) {
            seen.append(communes[index].departement)
        }
        return seen
    }

    /// The codes of these communes and of their communes déléguées, associées and municipal
    /// arrondissements: the actors' commune codes a perimeter covers.
    public func codes(covering codes: Set<String>) -> [String] {
        var covered = codes
        for commune in communes { if let parent = commune.parent, codes.contains(parent) { covered.insert(commune.code) } }
        return covered.sorted()
    }

    /// The communes of an arrondissement.
    public func communes(inArrondissement code: String) -> [Commune] { communes.filter { $0.arrondissement == code } }

    /// How names are compared: without case, accents, hyphens or apostrophes, the articles le, la,
    /// les and l' left out, saint(e)(s) as st(e)(s), a CEDEX and what follows dropped; the
    /// département first. `ST YRIEIX LA PERCHE` and `Saint-Yrieix-la-Perche` give the same key, as
    /// do `MANS (LE)` and `Le Mans`.
    public static func nameKey(_ name: String, departement: String) -> String {
        departement + "|" + foldedName(name)
    }

    /// A name's part of ``nameKey(_:departement:)``: its words folded (see
    /// ``CommuneNameFolding``), articles left out, saint abbreviated, a CEDEX and what follows
    /// dropped, joined by spaces. Written into one buffer, word after word: the import folds the
    /// name of every record it cannot place from a cache, and a string per word was most of it.
    public static func foldedName(_ name: String) -> String {
        var folded: [UInt8] = []
        fold(name, into: &folded)
        return String(decoding: folded, as: UTF8.self)
    }

    /// Writes ``foldedName(_:)`` of `name` into `folded` (emptied first), for a caller that folds
    /// many names and looks them up as bytes (the import's place resolution).
    public static func fold(_ name: String, into folded: inout [UInt8]) {
        var name = name
        name.withUTF8 { fold(utf8: $0, into: &folded) }
    }

    /// ``fold(_:into:)`` over a string's UTF-8 (valid, as a string's always is): ASCII, most of
    /// a name, folded byte by byte with no scalar decoded; the rest by ``CommuneNameFolding``.
    private static func fold(utf8 name: UnsafeBufferPointer<UInt8>, into folded: inout [UInt8]) {
        folded.removeAll(keepingCapacity: true)
        folded.reserveCapacity(name.count)
        /// Where the word being written starts in `folded` (after its separating space).
        var wordStart = 0
        var inWord = false
        /// Ends the word being written; false at a CEDEX, where the name ends.
        func endWord() -> Bool {
            guard inWord else { return true }
            inWord = false
            guard let replacement = Self.replacement(of: folded[wordStart...]) else { return true }
            folded.removeSubrange(wordStart...)
            if replacement.bytes.isEmpty {
                if wordStart > 0 { folded.removeLast() }
            } else {
                folded.append(contentsOf: replacement.bytes)
            }
            return !replacement.endsName
        }
        func startLetters() {
            guard !inWord else { return }
            if !folded.isEmpty { folded.append(0x20) }
            wordStart = folded.count
            inWord = true
        }
        var index = 0
        while index < name.count {
            let byte = name[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x41...0x5A: startLetters(); folded.append(byte + 32)
                case 0x61...0x7A, 0x30...0x39: startLetters(); folded.append(byte)
                default: guard endWord() else { return }
                }
                continue
            }
            let (scalar, length) = Self.scalar(in: name, at: index)
            index += length
            switch scalar.map(CommuneNameFolding.fold) ?? .boundary {
            case .letter(let byte): startLetters(); folded.append(byte)
            case .letters(let bytes): startLetters(); folded.append(contentsOf: bytes)
            case .boundary: guard endWord() else { return }
            }
        }
        _ = endWord()
    }

    /// The scalar whose UTF-8 starts at `index` (a byte from 0x80 on) and its length in bytes,
    /// by the standard library's decoder; nil for a byte that starts none.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar?, Int) {
        var rest = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        guard case .valid(let encoded) = parser.parseScalar(from: &rest) else { return (nil, 1) }
        return (Unicode.UTF8.decode(encoded), encoded.count)
    }

    /// What a folded word becomes in a folded name: nothing (an article, or a CEDEX, which ends
    /// the name), `st` for saint and its forms; nil when it stays as it is.
    private static func replacement(of word: ArraySlice<UInt8>) -> (bytes: [UInt8], endsName: Bool)? {
        func equals(_ text: String) -> Bool { word.elementsEqual(text.utf8) }
        switch word.count {
        case 1, 2, 3: return equals("l") || equals("le") || equals("la") || equals("les") ? ([], false) : nil
        case 5: return equals("saint") ? (Array("st".utf8), false) : equals("cedex") ? ([], true) : nil
        case 6: return equals("sainte") ? (Array("ste".utf8), false) : equals("saints") ? (Array("sts".utf8), false) : nil
        case 7: return equals("saintes") ? (Array("stes".utf8), false) : nil
        default: return nil
        }
    }
}

/// A point on the globe, kept as the generated table writes it: degrees times 10,000 (about 11 m).
public struct GeoPoint: Hashable, Sendable {
    public let latitudeE4: Int32
    public let longitudeE4: Int32

    public init(latitudeE4: Int32, longitudeE4: Int32) {
        self.latitudeE4 = latitudeE4
        self.longitudeE4 = longitudeE4
    }

    public init(latitude: Double, longitude: Double) {
        self.init(latitudeE4: Int32((latitude * 10_000).rounded()), longitudeE4: Int32((longitude * 10_000).rounded()))
    }

    public var latitude: Double { Double(latitudeE4) / 10_000 }
    public var longitude: Double { Double(longitudeE4) / 10_000 }
}
