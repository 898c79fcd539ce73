import ESSModel

/// Which column of the file fills which field, for the import's summary: a file whose columns
/// were not recognised is seen at once, not after browsing actors with empty fields.
public struct ColumnUse: Equatable, Sendable {
    /// The header's name for the column.
    public let column: String
    public let field: ActorField
    /// The column is named as the field is (`siren`, `Commune`): the summary need not say which.
    public let isNamedAsField: Bool
}

extension RowMapper {
    /// The columns read, in the file's order.
    var columnUses: [ColumnUse] {
        columns.flatMap { field, indices in indices.map { (index: $0, field: field) } }
            .sorted { $0.index < $1.index }
            .map { ColumnUse(column: header[$0.index], field: $0.field,
                             isNamedAsField: TextFolding.fold(header[$0.index]) == TextFolding.fold($0.field.rawValue)) }
    }
}
