/// Public French reference tables carried by the binary: the communes of the INSEE COG with their
/// geography, NAF rév. 2, catégories juridiques and tranches d'effectifs. Generated from the tables
/// described in docs/directory.md by the scripts in `Scripts/`; each table is decoded on first use,
/// so a command that needs none of them pays nothing.
public enum ReferenceTables {}
