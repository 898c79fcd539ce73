/// How a territory's count of imported actors is introduced, the same in the CLI and the browser:
/// its name when its own perimeter is counted, else its name, that its perimeter is not known, and
/// the wider territory counted instead — never a number under the narrower name alone.
public enum TerritoryCountLabel {
    /// "Arrondissement de Roanne", or "Rovaltain — perimeter not known; counted over Rhône-Alpes".
    public static func text(territory: String, countedOver: String?, _ language: Language) -> String {
        guard let countedOver, countedOver != territory else { return territory }
        return language == .fr
            ? "\(territory) — périmètre inconnu ; compté sur \(countedOver)"
            : "\(territory) — perimeter not known; counted over \(countedOver)"
    }
}
