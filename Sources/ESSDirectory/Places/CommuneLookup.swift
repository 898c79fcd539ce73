import ESSReference

/// The commune table as the import's place resolution reads it: codes, postcodes and
/// départements as numbers into arrays, commune names as folded bytes in a table of their own.
/// ``CommuneTable``'s lookups hash strings and hand out copies of communes; a mixed file
/// resolves hundreds of thousands of distinct places, and those hashes and copies were most of
/// the resolution's time (docs/performance.md). Built on the import's first use.
final class CommuneLookup: Sendable {
    static let shared = CommuneLookup(table: .shared)

    let table: CommuneTable
    /// Per commune (by position in the table): its département's number (``departementNumber(_:)``).
    let departements: [Int16]
    /// Per commune: its postcode as a number, -1 for none.
    let postcodes: [Int32]
    /// Per commune: the position of the commune its code names (a commune déléguée may share its
    /// parent's code): the commune's key, the same on every thread.
    let codePositions: [Int32]
    /// Per commune: the position of its parent's code, -1 for none.
    let parents: [Int32]
    /// Per commune: its arrondissement's number among those of the table, -1 for none.
    let arrondissements: [Int32]
    let kinds: [Commune.Kind]
    /// Per commune: its population, 0 where unknown.
    let populations: [Int32]
    /// By commune code number (``codeNumber(_:)``): the position of its commune, -1 for none.
    private let byCode: [Int32]
    /// The positions of the communes of postcode `p` are `postcodePositions[postcodeStarts[p]..<postcodeStarts[p + 1]]`.
    private let postcodeStarts: [Int32]
    private let postcodePositions: [Int32]
    /// By postcode: the départements of its communes, in table order.
    private let postcodeDepartements: [[Int]]

    init(table: CommuneTable) {
        self.table = table
        let communes = table.communes
        var byCode = [Int32](repeating: -1, count: Self.codeNumbers)
        var departements: [Int16] = [], postcodes: [Int32] = [], arrondissements: [Int32] = []
        var arrondissementNumbers: [String: Int32] = [:]
        departements.reserveCapacity(communes.count)
        postcodes.reserveCapacity(communes.count)
        arrondissements.reserveCapacity(communes.count)
        var postcodeCounts = [Int32](repeating: 0, count: 100_001)
        for (position, commune) in communes.enumerated() {
            // A commune déléguée that shares its parent's code comes after it and does not replace it.
            if let number = Self.codeNumber(commune.code), byCode[number] < 0 { byCode[number] = Int32(position) }
            departements.append(Int16(Self.departementNumber(commune.departement) ?? -1))
            let postcode = commune.postcode.flatMap(Self.postcodeNumber) ?? -1
            postcodes.append(Int32(postcode))
            if postcode >= 0 { postcodeCounts[postcode + 1] += 1 }
            arrondissements.append(commune.arrondissement.map { code in
                if let known = arrondissementNumbers[code] { return known }
                let number = Int32(arrondissementNumbers.count)
                arrondissementNumbers[code] = number
                return number
            } ?? -1)
        }
        for index in 1..<postcodeCounts.count { postcodeCounts[index] += postcodeCounts[index - 1] }
        var postcodePositions = [Int32](repeating: 0, count: Int(postcodeCounts.last!))
        var next = postcodeCounts
        for (position, postcode) in postcodes.enumerated() where postcode >= 0 {
            postcodePositions[Int(next[Int(postcode)])] = Int32(position)
            next[Int(postcode)] += 1
        }
        self.byCode = byCode
        self.departements = departements
        self.postcodes = postcodes
        self.arrondissements = arrondissements
        self.postcodeStarts = postcodeCounts
        self.postcodePositions = postcodePositions
        func position(of code: String?) -> Int32 { code.flatMap(table.position(code:)).map(Int32.init) ?? -1 }
        self.codePositions = communes.map { position(of: $0.code) }
        self.parents = communes.map { position(of: $0.parent) }
        kinds = communes.map(\.kind)
        populations = communes.map { Int32($0.population ?? 0) }
        var postcodeDepartements = [[Int]](repeating: [], count: 100_000)
        for postcode in Set(communes.compactMap(\.postcode)) {
            guard let number = Self.postcodeNumber(postcode) else { continue }
            postcodeDepartements[number] = table.departements(postcode: postcode).compactMap(Self.departementNumber)
        }
        self.postcodeDepartements = postcodeDepartements
    }

    /// The position of the commune of a code number (``codeNumber(_:)``), -1 for none (for a code
    /// a commune déléguée shares, the commune's).
    func position(codeNumber: Int) -> Int32 { codeNumber >= 0 && codeNumber < byCode.count ? byCode[codeNumber] : -1 }

    /// The départements of the communes of a postcode, in table order; none for a postcode the table does not have.
    func departements(postcode: Int) -> [Int] { postcode >= 0 && postcode < 100_000 ? postcodeDepartements[postcode] : [] }

    /// The positions of the communes whose postcode is this one, in table order.
    func positions(postcode: Int) -> ArraySlice<Int32> {
        guard postcode >= 0 && postcode < 100_000 else { return [] }
        return postcodePositions[Int(postcodeStarts[postcode])..<Int(postcodeStarts[postcode + 1])]
    }

    /// The positions of the communes whose folded name (``CommuneTable/foldedName(_:)``) is these bytes.
    func positions(foldedName: [UInt8]) -> ArraySlice<Int32> { table.positions(folded: foldedName) }

    // MARK: - Codes as numbers

    /// How many commune code numbers there are: two-character départements (`2A` and `2B` as
    /// 100 and 101) times a thousand.
    private static let codeNumbers = 102_000

    /// `01`…`99` as 1…99, `2A` and `2B` as 100 and 101, `971`…`979` as 171…179; nil for any other value.
    static func departementNumber<Code: Collection<UInt8>>(_ code: Code) -> Int? where Code.Index == Int {
        let start = code.startIndex
        switch code.count {
        case 2:
            guard let first = digit(code[start]) else { return nil }
            if let second = digit(code[start + 1]) { return first * 10 + second }
            guard first == 2 else { return nil }
            return code[start + 1] == UInt8(ascii: "A") ? 100 : code[start + 1] == UInt8(ascii: "B") ? 101 : nil
        case 3:
            guard code[start] == UInt8(ascii: "9"), code[start + 1] == UInt8(ascii: "7"), let third = digit(code[start + 2]) else { return nil }
            return 170 + third
        default:
            return nil
        }
    }

    static func departementNumber(_ code: String) -> Int? {
        var code = code
        return code.withUTF8 { departementNumber($0) }
    }

    /// The code of a département number (``departementNumber(_:)``).
    static func departementCode(_ number: Int) -> String {
        switch number {
        case 100: "2A"
        case 101: "2B"
        case 170...: String(number + 800)
        default: number < 10 ? "0\(number)" : String(number)
        }
    }

    /// The département of a commune code number: its first two characters, three overseas.
    static func departementNumber(codeNumber: Int) -> Int {
        let departement = codeNumber / 1000
        return departement == 97 ? 170 + codeNumber % 1000 / 100 : departement
    }

    /// A postcode number as five digits.
    static func postcodeText(_ postcode: Int) -> String {
        let digits = String(postcode)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// A five-character commune code as a number: its département's two characters, then its three digits.
    static func codeNumber(_ code: String) -> Int? {
        var code = code
        return code.withUTF8 { bytes -> Int? in
            guard bytes.count == 5, let departement = departementNumber(bytes[0..<2]), departement < 102 else { return nil }
            var rest = 0
            for byte in bytes[2...] {
                guard let value = digit(byte) else { return nil }
                rest = rest * 10 + value
            }
            return departement * 1000 + rest
        }
    }

    /// A five-digit postcode as a number.
    static func postcodeNumber(_ postcode: String) -> Int? {
        var postcode = postcode
        return postcode.withUTF8 { bytes -> Int? in
            guard bytes.count == 5 else { return nil }
            var value = 0
            for byte in bytes {
                guard let digit = digit(byte) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
