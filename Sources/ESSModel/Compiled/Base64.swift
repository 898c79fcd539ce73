/// Standard base64 (RFC 4648, with padding), how the build writes the compiled catalogue into a
/// Swift string literal: a literal must be valid UTF-8, the compact form is arbitrary bytes.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                output.append(position <= chunk.count ? alphabet[Int(value >> (18 - 6 * UInt32(position)) & 63)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The value of each base64 digit, 0xff for a byte that is not one.
    private static let digits: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
        return table
    }()

    /// The bytes of `text`, or nil if it is not base64.
    static func decode(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard text.count % 4 == 0 else { return nil }
        var padding = 0
        if text.count >= 2 {
            if text[text.count - 1] == UInt8(ascii: "=") { padding += 1 }
            if text[text.count - 2] == UInt8(ascii: "=") { padding += 1 }
            if padding == 1 && text[text.count - 2] == UInt8(ascii: "=") { return nil }
        }
        var valid = true
        let output = [UInt8](unsafeUninitializedCapacity: text.count / 4 * 3) { buffer, initialized in
            digits.withUnsafeBufferPointer { digits in
                var out = 0
                var index = 0
                // Every group but the last holds four digits and no padding: read without the
                // padding checks, which were most of the decoding's work.
                let plainEnd = max(0, text.count - 4)
                while index < plainEnd {
                    let a = digits[Int(text[index])], b = digits[Int(text[index + 1])]
                    let c = digits[Int(text[index + 2])], d = digits[Int(text[index + 3])]
                    if (a | b | c | d) == 0xff { valid = false; return }
                    let value = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                    buffer[out] = UInt8(truncatingIfNeeded: value >> 16)
                    buffer[out + 1] = UInt8(truncatingIfNeeded: value >> 8)
                    buffer[out + 2] = UInt8(truncatingIfNeeded: value)
                    out += 3
                    index += 4
                }
                while index < text.count {
                    var value: UInt32 = 0
                    for offset in 0..<4 {
                        let character = text[index + offset]
                        let isPadding = character == UInt8(ascii: "=") && index + offset >= text.count - padding
                        let digit = isPadding ? 0 : digits[Int(character)]
                        if digit == 0xff { valid = false; return }
                        value = value << 6 | UInt32(digit)
                    }
                    buffer[out] = UInt8(truncatingIfNeeded: value >> 16)
                    buffer[out + 1] = UInt8(truncatingIfNeeded: value >> 8)
                    buffer[out + 2] = UInt8(truncatingIfNeeded: value)
                    out += 3
                    index += 4
                }
                initialized = out - padding
            }
        }
        return valid ? output : nil
    }
}
