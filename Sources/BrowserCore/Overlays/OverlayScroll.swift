/// The scroll offset of a text overlay (help, evidence) after a command; settling clamps it to
/// the text, so moving to the last line only asks for more than there is.
func overlayScroll(_ offset: Int, after command: Command, page: Int) -> Int {
    switch command {
    case .moveDown: max(0, offset + 1)
    case .moveUp: max(0, offset - 1)
    case .pageDown: max(0, offset + max(1, page))
    case .pageUp: max(0, offset - max(1, page))
    case .moveFirst: 0
    case .moveLast: .max / 2
    default: offset
    }
}
