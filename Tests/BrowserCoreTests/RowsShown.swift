import BrowserCore

extension BrowserState {
    /// The rows `section` lists when it is shown. A section's rows are built when it is first
    /// shown, so a test looking at another section's list shows that section, on a copy.
    func rowsShown(in section: Section) -> ListRows {
        var copy = self
        if section != copy.section, let command = Command.allCases.first(where: { $0.section == section }) {
            _ = update(&copy, .commandIssued(command))
        }
        return copy.sections[section]?.rows ?? ListRows()
    }
}
