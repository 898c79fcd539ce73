/// Reads a value written by `CompactEncoder`, through the value's own `Decodable` conformance.
///
/// Fields are looked up by name, starting where the last one was found (the conformance reads
/// them in the order it wrote them, so the first guess is almost always right); a field the
/// type does not ask for is skipped by its length.
public struct CompactDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBytes { try decode(type, from: $0) }
    }

    /// Decodes from memory that stays valid for the duration of the call (a static string's bytes).
    public func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        var reader = CompactReader(bytes: bytes, position: 0, end: bytes.count)
        guard bytes.count >= CompactFormat.magic.count,
              Array(bytes.prefix(CompactFormat.magic.count)) == CompactFormat.magic else {
            throw CompactReader.corrupt("not a compact catalogue (no ESSC header)")
        }
        reader.position = CompactFormat.magic.count
        let version = try reader.varint()
        guard version == CompactFormat.version else {
            throw CompactReader.corrupt("compact form version \(version), this reader knows \(CompactFormat.version)")
        }
        let keyCount = try reader.count()
        var keys: [String] = []
        keys.reserveCapacity(keyCount)
        for _ in 0..<keyCount { keys.append(try reader.string()) }
        let input = CompactInput(bytes: bytes, keys: keys)
        return try T(from: CompactValueDecoder(input: input, start: reader.position, end: bytes.count, codingPath: []))
    }
}

/// The bytes being decoded and the key table, shared by every container.
final class CompactInput {
    let bytes: UnsafeRawBufferPointer
    let keys: [String]

    init(bytes: UnsafeRawBufferPointer, keys: [String]) {
        self.bytes = bytes
        self.keys = keys
    }
}

/// A cursor over `bytes[position..<end]`.
struct CompactReader {
    let bytes: UnsafeRawBufferPointer
    var position: Int
    let end: Int

    static func corrupt(_ description: String, _ codingPath: [any CodingKey] = []) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: description))
    }

    mutating func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw Self.corrupt("truncated or overlong number at byte \(position)") }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count or a length, which must fit in what is left.
    mutating func count() throws -> Int {
        let value = try varint()
        guard value <= UInt64(end - position) else { throw Self.corrupt("length \(value) past the end at byte \(position)") }
        return Int(value)
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
    }
}

// MARK: - Decoder

struct CompactValueDecoder: Decoder {
    let input: CompactInput
    /// The span of this value's bytes.
    let start: Int
    let end: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try CompactKeyedDecoding<Key>(self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try CompactUnkeyedDecoding(self) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { CompactSingleValueDecoding(decoder: self) }

    var reader: CompactReader { CompactReader(bytes: input.bytes, position: start, end: end) }
}

/// The fields of one value: found by name from where the previous one was found.
final class CompactKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: CompactValueDecoder
    private let fieldsStart: Int
    private let fieldCount: Int
    /// Where the next field is expected, and its number.
    private var cursor: Int
    private var cursorIndex = 0

    var codingPath: [any CodingKey] { decoder.codingPath }

    init(_ decoder: CompactValueDecoder) throws {
        self.decoder = decoder
        var reader = decoder.reader
        fieldCount = try reader.count()
        fieldsStart = reader.position
        cursor = fieldsStart
    }

    var allKeys: [Key] {
        var reader = decoder.reader
        var keys: [Key] = []
        guard let count = try? reader.count() else { return [] }
        for _ in 0..<count {
            guard let (name, _, next) = try? field(at: reader.position) else { break }
            if let key = Key(stringValue: name) { keys.append(key) }
            reader.position = next
        }
        return keys
    }

    /// The field at `position`: its key's name, its value's span, and where the next field starts.
    private func field(at position: Int) throws -> (name: String, value: Range<Int>, next: Int) {
        var reader = CompactReader(bytes: decoder.input.bytes, position: position, end: decoder.end)
        let key = Int(try reader.varint())
        guard key < decoder.input.keys.count else { throw CompactReader.corrupt("unknown key number \(key)", codingPath) }
        let length = try reader.count()
        return (decoder.input.keys[key], reader.position..<reader.position + length, reader.position + length)
    }

    /// The span of `key`'s value, if the field is there; moves the cursor past it.
    private func find(_ key: Key) throws -> Range<Int>? {
        let name = key.stringValue
        var position = cursor
        var index = cursorIndex
        for _ in 0..<fieldCount {
            if index == fieldCount {
                position = fieldsStart
                index = 0
            }
            let field = try field(at: position)
            if field.name == name {
                cursor = field.next
                cursorIndex = index + 1
                return field.value
            }
            position = field.next
            index += 1
        }
        return nil
    }

    private func valueDecoder(_ key: Key) throws -> CompactValueDecoder {
        guard let span = try find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "no field '\(key.stringValue)' in the compact form"))
        }
        return CompactValueDecoder(input: decoder.input, start: span.lowerBound, end: span.upperBound,
                                   codingPath: codingPath + [key])
    }

    func contains(_ key: Key) -> Bool {
        let saved = (cursor, cursorIndex)
        defer { (cursor, cursorIndex) = saved }
        return (try? find(key)) != nil
    }

    /// Nil is absence.
    func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: valueDecoder(key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let span = try find(key) else { return nil }
        return try T(from: CompactValueDecoder(input: decoder.input, start: span.lowerBound, end: span.upperBound,
                                               codingPath: codingPath + [key]))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try valueDecoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try valueDecoder(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { try valueDecoder(Key(stringValue: "super")!) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try valueDecoder(key) }
}

/// The items of a list, in order.
final class CompactUnkeyedDecoding: UnkeyedDecodingContainer {
    let decoder: CompactValueDecoder
    private var reader: CompactReader
    let count: Int?
    private(set) var currentIndex = 0

    var codingPath: [any CodingKey] { decoder.codingPath }
    var isAtEnd: Bool { currentIndex >= count! }

    init(_ decoder: CompactValueDecoder) throws {
        self.decoder = decoder
        reader = decoder.reader
        count = try reader.count()
    }

    private func next() throws -> CompactValueDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(
                codingPath: codingPath, debugDescription: "no item \(currentIndex) in a list of \(count!)"))
        }
        let length = try reader.count()
        defer {
            reader.position += length
            currentIndex += 1
        }
        return CompactValueDecoder(input: decoder.input, start: reader.position, end: reader.position + length,
                                   codingPath: codingPath)
    }

    func decodeNil() throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: next()) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    func superDecoder() throws -> any Decoder { try next() }
}

struct CompactSingleValueDecoding: SingleValueDecodingContainer {
    let decoder: CompactValueDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    /// Nil is never written: an optional is absent instead.
    func decodeNil() -> Bool { false }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard decoder.end - decoder.start == 1 else { throw CompactReader.corrupt("not a Bool", codingPath) }
        return decoder.input.bytes[decoder.start] != 0
    }

    func decode(_ type: String.Type) throws -> String {
        var reader = decoder.reader
        return try reader.string()
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard decoder.end - decoder.start == 8 else { throw CompactReader.corrupt("not a Double", codingPath) }
        let bits = decoder.input.bytes.loadUnaligned(fromByteOffset: decoder.start, as: UInt64.self)
        return Double(bitPattern: UInt64(littleEndian: bits))
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    private func signed() throws -> Int64 {
        var reader = decoder.reader
        let zigzag = try reader.varint()
        return Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
    }

    private func unsigned() throws -> UInt64 {
        var reader = decoder.reader
        return try reader.varint()
    }

    private func fitting<T: FixedWidthInteger>(_ value: some BinaryInteger, _ type: T.Type) throws -> T {
        guard let exact = T(exactly: value) else { throw CompactReader.corrupt("\(value) does not fit in \(T.self)", codingPath) }
        return exact
    }

    func decode(_ type: Int.Type) throws -> Int { try fitting(signed(), Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try fitting(signed(), Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try fitting(signed(), Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try fitting(signed(), Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try signed() }
    func decode(_ type: UInt.Type) throws -> UInt { try fitting(unsigned(), UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try fitting(unsigned(), UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try fitting(unsigned(), UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try fitting(unsigned(), UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try unsigned() }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }
}
