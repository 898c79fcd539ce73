/// Reads the generated commune table (`CommunesData.swift`, written by `Scripts/make-communes.py`):
/// one line a record, fields separated by tabs. `D code region` opens a département, `A number
/// name` names one of its arrondissements, any other line is a commune: code, kind, name,
/// arrondissement number, parent, postcode, population, latitude and longitude × 10,000.
///
/// It works on the UTF-8 bytes: every process that touches the directory decodes the 37,548
/// communes, and splitting the text into substrings cost a quarter of a second in a release build.
struct CommuneTableText {
    var communes: [Commune] = []
    var arrondissementNames: [String: String] = [:]
    var regionOfDepartement: [String: String] = [:]

    init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in read(bytes) }
    }

    private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        communes.reserveCapacity(38_000)
        var departement = "", region = ""
        var fields: [Range<Int>] = []
        fields.reserveCapacity(9)
        var lineStart = 0
        while lineStart < bytes.count {
            var end = lineStart
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            while end < bytes.count && bytes[end] != 0x0A {
                if bytes[end] == 0x09 {
                    fields.append(fieldStart..<end)
                    fieldStart = end + 1
                }
                end += 1
            }
            fields.append(fieldStart..<end)
            defer { lineStart = end + 1 }
            guard end > lineStart else { continue }
            func string(_ index: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[index]]), as: UTF8.self)
            }
            func optionalString(_ index: Int) -> String? { fields[index].isEmpty ? nil : string(index) }
            func integer(_ index: Int) -> Int? { Self.integer(bytes[fields[index]]) }
            switch (fields.count, bytes[lineStart]) {
            case (3, 0x44 /* D */):
                departement = string(1)
                region = string(2)
                regionOfDepartement[departement] = region
            case (3, 0x41 /* A */):
                arrondissementNames[departement + string(1)] = string(2)
            default:
                precondition(fields.count == 9, "CommunesData.swift: a commune line has \(fields.count) fields, not 9")
                let location = integer(7).flatMap { latitude in
                    integer(8).map { GeoPoint(latitudeE4: Int32(latitude), longitudeE4: Int32($0)) }
                }
                communes.append(Commune(
                    code: string(0), kind: Commune.Kind(rawValue: bytes[fields[1].lowerBound])!, name: string(2),
                    departement: departement, region: region,
                    arrondissement: optionalString(3).map { departement + $0 }, parent: optionalString(4),
                    postcode: optionalString(5), population: integer(6), location: location))
            }
        }
    }

    /// A decimal integer, with an optional minus sign; nil when empty or not a number.
    static func integer(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var index = digits.startIndex
        let negative = index < digits.endIndex && digits[index] == 0x2D
        if negative { index += 1 }
        guard index < digits.endIndex else { return nil }
        var value = 0
        while index < digits.endIndex {
            let digit = Int(digits[index]) - 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return negative ? -value : value
    }
}
