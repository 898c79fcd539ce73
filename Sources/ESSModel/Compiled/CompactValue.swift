/// One value of the compact form (`CompactEncoder`'s layout): the span of its bytes, read by the
/// record types' own readers (CompactRecords.swift).
///
/// A trivial value (pointers and offsets): the readers pass thousands of them around while the
/// catalogue loads, and nothing is counted or copied until a string or a list is made.
struct CompactValue {
    let bytes: UnsafeRawBufferPointer
    /// The file's key table: a field names its key by its number in it.
    let keys: UnsafeBufferPointer<String>
    let start: Int
    let end: Int

    static func corrupt(_ description: String) -> CompactFormError { CompactFormError(description: description) }

    var cursor: CompactCursor { CompactCursor(bytes: bytes, position: start, end: end) }

    /// The value as a whole must be read up to its end: a value longer than its content was
    /// written by some other form.
    private func whole<T>(_ read: (inout CompactCursor) throws -> T) throws -> T {
        var cursor = cursor
        let value = try read(&cursor)
        guard cursor.position == end else { throw Self.corrupt("\(end - cursor.position) stray bytes after a value at byte \(start)") }
        return value
    }

    func string() throws -> String { try whole { try $0.string() } }

    func int() throws -> Int {
        try whole { cursor in
            let zigzag = try cursor.varint()
            return Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
        }
    }

    func double() throws -> Double {
        try whole { cursor in
            guard cursor.end - cursor.position >= 8 else { throw Self.corrupt("a number cut short at byte \(cursor.position)") }
            var pattern: UInt64 = 0
            for offset in 0..<8 { pattern |= UInt64(bytes[cursor.position + offset]) << (8 * UInt64(offset)) }
            cursor.position += 8
            return Double(bitPattern: pattern)
        }
    }

    func bool() throws -> Bool {
        try whole { cursor in
            guard cursor.position < cursor.end, bytes[cursor.position] <= 1 else {
                throw Self.corrupt("no yes-or-no byte at byte \(cursor.position)")
            }
            cursor.position += 1
            return bytes[cursor.position - 1] == 1
        }
    }

    /// A case of a string-backed enumeration, written as its raw value.
    func raw<T: RawRepresentable>(_ type: T.Type = T.self) throws -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else { throw Self.corrupt("'\(text)' is not a \(T.self)") }
        return value
    }

    func recordID() throws -> RecordID { RecordID(rawValue: try string()) }

    func list<T>(_ read: (CompactValue) throws -> T) throws -> [T] {
        var cursor = cursor
        let count = try cursor.count()
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count {
            let length = try cursor.count()
            items.append(try read(CompactValue(bytes: bytes, keys: keys, start: cursor.position, end: cursor.position + length)))
            cursor.position += length
        }
        guard cursor.position == end else { throw Self.corrupt("stray bytes after a list at byte \(start)") }
        return items
    }

    func fields(of type: Any.Type) throws -> CompactFields { try CompactFields(self, type: type) }
}

/// The fields of one record in the compact form, taken by name.
///
/// Fields are looked for from where the last one was found: a reader asks for them in the order
/// the conformance wrote them, so the first guess is almost always right. `finish()` refuses a
/// value with a field no reader asked for, so a field added to a record type and written by its
/// `Encodable` conformance cannot be dropped silently on the way back.
struct CompactFields {
    private let value: CompactValue
    private let type: Any.Type
    private let count: Int
    private let first: Int
    /// Where the next field is expected, and its number.
    private var next: Int
    private var nextIndex = 0
    private var taken = 0

    init(_ value: CompactValue, type: Any.Type) throws {
        self.value = value
        self.type = type
        var cursor = value.cursor
        count = try cursor.count()
        first = cursor.position
        next = first
    }

    /// The field at `position`: its key's name, its value, and where the following field starts.
    private func field(at position: Int) throws -> (name: String, value: CompactValue, next: Int) {
        var cursor = CompactCursor(bytes: value.bytes, position: position, end: value.end)
        let key = try cursor.varint()
        guard key < UInt64(value.keys.count) else { throw CompactValue.corrupt("unknown key number \(key) at byte \(position)") }
        let length = try cursor.count()
        let span = CompactValue(bytes: value.bytes, keys: value.keys, start: cursor.position, end: cursor.position + length)
        return (value.keys[Int(key)], span, cursor.position + length)
    }

    /// The field named `name`, or nil when the record was written without it (a nil optional).
    mutating func optional(_ name: String) throws -> CompactValue? {
        var position = next
        var index = nextIndex
        for _ in 0..<count {
            if index == count {
                position = first
                index = 0
            }
            let field = try field(at: position)
            if field.name == name {
                next = field.next
                nextIndex = index + 1
                taken += 1
                return field.value
            }
            position = field.next
            index += 1
        }
        return nil
    }

    mutating func required(_ name: String) throws -> CompactValue {
        guard let found = try optional(name) else { throw CompactValue.corrupt("no field '\(name)' in a \(type)") }
        return found
    }

    /// Checks that every field written was read (each is written once, so counting is enough).
    func finish() throws {
        guard taken < count else { return }
        var position = first
        var names: [String] = []
        for _ in 0..<count {
            let field = try field(at: position)
            names.append(field.name)
            position = field.next
        }
        throw CompactValue.corrupt("a \(type) in the compact form has fields its reader does not read (of \(names.joined(separator: ", "))): "
            + "add them to its reader in CompactRecords.swift")
    }
}

/// A position in the bytes, reading forward to `end`.
struct CompactCursor {
    let bytes: UnsafeRawBufferPointer
    var position: Int
    let end: Int

    mutating func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw CompactValue.corrupt("truncated or overlong number at byte \(position)") }
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
        guard value <= UInt64(end - position) else { throw CompactValue.corrupt("length \(value) past the end at byte \(position)") }
        return Int(value)
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
    }
}

/// Bytes that are not the compact form of a catalogue this reader knows.
public struct CompactFormError: Error, CustomStringConvertible, Equatable {
    public let description: String
}
