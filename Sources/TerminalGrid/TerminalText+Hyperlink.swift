/// The address half of an OSC 8 hyperlink (`ESC ] 8 ; ; URI ESC \`).
extension TerminalText {
    /// The longest address a cell may link to; terminals cap theirs near there too.
    public static let maximumHyperlinkLength = 2048

    /// `address` as it may travel inside an OSC 8 sequence, or nil when it must not.
    ///
    /// Only `http:`, `https:` and `mailto:` addresses are linked: a page must never hand the
    /// terminal a `file:` or `javascript:` address. Everything that is not printable ASCII —
    /// controls, ESC, BEL, spaces, non-ASCII letters — is percent-encoded (as UTF-8 bytes), and so
    /// are `;` and `\`, so nothing in an address can end the sequence early, start another or
    /// be read as a parameter by a terminal that splits on `;`.
    public static func hyperlinkURI(_ address: String) -> String? {
        let lowered = address.prefix(8).lowercased()
        guard ["http://", "https://", "mailto:"].contains(where: lowered.hasPrefix) else { return nil }
        var uri = ""
        for byte in address.utf8 {
            if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: ";") && byte != UInt8(ascii: "\\") {
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                uri += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        guard uri.utf8.count <= maximumHyperlinkLength else { return nil }
        return uri
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
