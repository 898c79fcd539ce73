extension CatalogueContents {
    /// Reads the records `CompactEncoder` wrote of a catalogue's contents: the header (magic,
    /// version, key table), then every record through its type's reader (CompactRecords.swift).
    /// Damaged or foreign bytes are an error, never a crash: every length is checked against
    /// what is left before it is followed.
    public init(compactForm bytes: UnsafeRawBufferPointer) throws {
        let magic = CompactFormat.magic
        guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw CompactValue.corrupt("not a compact catalogue (no ESSC header)")
        }
        var cursor = CompactCursor(bytes: bytes, position: magic.count, end: bytes.count)
        let version = try cursor.varint()
        guard version == CompactFormat.version else {
            throw CompactValue.corrupt("compact form version \(version), this reader knows \(CompactFormat.version)")
        }
        let keyCount = try cursor.count()
        var keys: [String] = []
        keys.reserveCapacity(keyCount)
        for _ in 0..<keyCount { keys.append(try cursor.string()) }
        let start = cursor.position
        self = try keys.withUnsafeBufferPointer { keys in
            try CatalogueContents(compact: CompactValue(bytes: bytes, keys: keys, start: start, end: bytes.count))
        }
    }

    public init(compactForm bytes: [UInt8]) throws {
        self = try bytes.withUnsafeBytes { try CatalogueContents(compactForm: $0) }
    }
}
