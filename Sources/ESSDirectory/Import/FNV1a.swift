/// A 64-bit FNV-1a over strings' UTF-8, each value ended by a byte UTF-8 never has: what the
/// import's hash tables hash their string keys with. `String`'s own hashing checks each value's
/// normalisation first and costs a `Hasher.combine` per value; this is one pass and one combine.
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ text: String?) {
        guard var text else { return add(nil as UnsafeBufferPointer<UInt8>?) }
        text.withUTF8 { add($0) }
    }

    /// A value's bytes, then the byte that ends it (nil for an absent value).
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>?) {
        if let bytes { add(bytes: bytes) }
        value = (value ^ (bytes == nil ? 0xFF : 0xFE)) &* 0x100_0000_01B3
    }

    mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
    }

    /// Adds a number's eight bytes.
    mutating func add(number: UInt64) {
        var number = number
        for _ in 0..<8 {
            value = (value ^ (number & 0xFF)) &* 0x100_0000_01B3
            number >>= 8
        }
    }

    /// The equality that goes with this hash: the same UTF-8 bytes (`String`'s `==` also takes
    /// canonically equivalent forms as equal, which would hash apart here).
    static func sameBytes(_ a: String?, _ b: String?) -> Bool {
        guard var a, var b else { return a == nil && b == nil }
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }
}
