/// Writes any `Encodable` value in the compact binary form that the record types' readers
/// (CompactRecords.swift) read back.
///
/// The form follows the value's own `Encodable` conformance, so a field added to a record is
/// written without any change here. Layout, all integers as LEB128 varints:
///
///     file     = "ESSC" version  key-count key*  value
///     key      = string                      (every coding key once, in first-use order)
///     value    = string | int | double | bool | list | fields
///     string   = byte-count UTF-8 bytes
///     int      = zigzag varint                 double = 8 bytes, little-endian IEEE 754
///     list     = count (byte-count value)*     fields = count (key-index byte-count value)*
///
/// Fields appear in the order the conformance encoded them; a nil optional is left out, so
/// "absent" and "nil" are the same thing, as they are in the YAML. Every item and field carries
/// its length, so a reader can skip what it does not ask for and never reads past a value.
public struct CompactEncoder {
    public init() {}

    public func encode(_ value: some Encodable) throws -> [UInt8] {
        let keys = CompactKeyTable()
        let root = CompactEncodingNode()
        try value.encode(to: CompactValueEncoder(node: root, keys: keys, codingPath: []))
        var output = CompactFormat.magic
        output.appendVarint(UInt64(CompactFormat.version))
        output.appendVarint(UInt64(keys.names.count))
        for name in keys.names { output.appendString(name) }
        root.write(into: &output)
        return output
    }
}

enum CompactFormat {
    static let magic = Array("ESSC".utf8)
    static let version = 1
}

// MARK: - The value tree built while encoding

/// One encoded value; lists and field sets are only counted once they are complete.
final class CompactEncodingNode {
    enum Content {
        case empty
        case bytes([UInt8])
        case list([CompactEncodingNode])
        case fields([(key: Int, value: CompactEncodingNode)])
    }

    var content = Content.empty

    func write(into output: inout [UInt8]) {
        switch content {
        case .empty:
            // A value that encoded nothing: an empty field set, so it reads back as one.
            output.appendVarint(0)
        case .bytes(let bytes):
            output += bytes
        case .list(let items):
            output.appendVarint(UInt64(items.count))
            for item in items { item.writeWithLength(into: &output) }
        case .fields(let fields):
            output.appendVarint(UInt64(fields.count))
            for field in fields {
                output.appendVarint(UInt64(field.key))
                field.value.writeWithLength(into: &output)
            }
        }
    }

    private func writeWithLength(into output: inout [UInt8]) {
        var bytes: [UInt8] = []
        write(into: &bytes)
        output.appendVarint(UInt64(bytes.count))
        output += bytes
    }

    func appendField(_ key: Int) -> CompactEncodingNode {
        let node = CompactEncodingNode()
        if case .fields(var fields) = content {
            fields.append((key, node))
            content = .fields(fields)
        } else {
            content = .fields([(key, node)])
        }
        return node
    }

    func appendItem() -> CompactEncodingNode {
        let node = CompactEncodingNode()
        if case .list(var items) = content {
            items.append(node)
            content = .list(items)
        } else {
            content = .list([node])
        }
        return node
    }
}

/// Coding keys by name, numbered in the order they are first used.
final class CompactKeyTable {
    private(set) var names: [String] = []
    private var numbers: [String: Int] = [:]

    func number(of key: some CodingKey) -> Int {
        if let number = numbers[key.stringValue] { return number }
        numbers[key.stringValue] = names.count
        names.append(key.stringValue)
        return names.count - 1
    }
}

// MARK: - Encoder and containers

struct CompactValueEncoder: Encoder {
    let node: CompactEncodingNode
    let keys: CompactKeyTable
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .empty = node.content { node.content = .fields([]) }
        return KeyedEncodingContainer(CompactKeyedEncoding<Key>(node: node, keys: keys, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = node.content { node.content = .list([]) }
        return CompactUnkeyedEncoding(node: node, keys: keys, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleValueEncoding(node: node, keys: keys, codingPath: codingPath)
    }
}

struct CompactKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: CompactEncodingNode
    let keys: CompactKeyTable
    let codingPath: [any CodingKey]

    private func field(_ key: Key) -> CompactValueEncoder {
        CompactValueEncoder(node: node.appendField(keys.number(of: key)), keys: keys, codingPath: codingPath + [key])
    }

    /// Nil is absence: the field is left out.
    mutating func encodeNil(forKey key: Key) throws {}

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: field(key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        field(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        field(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { field(Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { field(key) }
}

struct CompactUnkeyedEncoding: UnkeyedEncodingContainer {
    let node: CompactEncodingNode
    let keys: CompactKeyTable
    let codingPath: [any CodingKey]
    var count: Int {
        if case .list(let items) = node.content { items.count } else { 0 }
    }

    private func item() -> CompactValueEncoder {
        CompactValueEncoder(node: node.appendItem(), keys: keys, codingPath: codingPath)
    }

    mutating func encodeNil() throws {
        throw EncodingError.invalidValue(Optional<Int>.none as Any, EncodingError.Context(
            codingPath: codingPath, debugDescription: "the compact form has no nil inside a list"))
    }

    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: item()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        item().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { item().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { item() }
}

struct CompactSingleValueEncoding: SingleValueEncodingContainer {
    let node: CompactEncodingNode
    let keys: CompactKeyTable
    let codingPath: [any CodingKey]

    private func set(_ bytes: [UInt8]) { node.content = .bytes(bytes) }

    mutating func encodeNil() throws {
        throw EncodingError.invalidValue(Optional<Int>.none as Any, EncodingError.Context(
            codingPath: codingPath, debugDescription: "the compact form writes a nil optional as an absent field"))
    }

    mutating func encode(_ value: Bool) throws { set([value ? 1 : 0]) }
    mutating func encode(_ value: String) throws { var bytes: [UInt8] = []; bytes.appendString(value); set(bytes) }
    mutating func encode(_ value: Double) throws {
        set(withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) })
    }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { try encode(Int64(value)) }
    mutating func encode(_ value: Int8) throws { try encode(Int64(value)) }
    mutating func encode(_ value: Int16) throws { try encode(Int64(value)) }
    mutating func encode(_ value: Int32) throws { try encode(Int64(value)) }
    mutating func encode(_ value: Int64) throws {
        var bytes: [UInt8] = []
        bytes.appendVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
        set(bytes)
    }
    mutating func encode(_ value: UInt) throws { try encode(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { try encode(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { try encode(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { try encode(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { var bytes: [UInt8] = []; bytes.appendVarint(value); set(bytes) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: CompactValueEncoder(node: node, keys: keys, codingPath: codingPath))
    }
}

// MARK: - Bytes

extension [UInt8] {
    mutating func appendVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        append(UInt8(rest))
    }

    mutating func appendString(_ text: String) {
        let utf8 = Array(text.utf8)
        appendVarint(UInt64(utf8.count))
        self += utf8
    }
}
