import ESSModel

/// Everything a key can ask the browser to do, named as in the key-map resource.
///
/// Like tig's request table, one list feeds dispatch, the `?` overlay and the footer: each
/// command carries its help text, a short footer label and the group it is listed under.
public enum Command: String, CaseIterable, Hashable, Sendable {
    // Moving
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case moveFirst = "move-first"
    case moveLast = "move-last"
    case toggleFocus = "toggle-focus"
    // Links and history
    case openRecord = "open-record"
    case followLink = "follow-link"
    case goBack = "go-back"
    case goForward = "go-forward"
    // Record page
    case toggleFold = "toggle-fold"
    case foldAll = "fold-all"
    case unfoldAll = "unfold-all"
    case showEvidence = "show-evidence"
    // Filters and search
    case filter
    case search
    case pickRegion = "pick-region"
    case clearRegion = "clear-region"
    case pickDepartement = "pick-departement"
    case pickLegalFamily = "pick-legal-family"
    case pickNafSection = "pick-naf-section"
    case clearActorFilters = "clear-actor-filters"
    // Text input and overlays
    case keepFilter = "keep-filter"
    case clearFilter = "clear-filter"
    case openResult = "open-result"
    case applyRegion = "apply-region"
    case applyFacet = "apply-facet"
    case openNafSection = "open-naf-section"
    case closeNafSection = "close-naf-section"
    case deleteChar = "delete-char"
    case clearInput = "clear-input"
    case closeOverlay = "close-overlay"
    // Sections
    case section1 = "section-1"
    case section2 = "section-2"
    case section3 = "section-3"
    case section4 = "section-4"
    case section5 = "section-5"
    // General
    case reloadDirectory = "reload-directory"
    case help
    case quit
    // Reading long pages: headings and the table of contents
    case previousHeading = "previous-heading"
    case nextHeading = "next-heading"
    case tableOfContents = "table-of-contents"
    case jumpToHeading = "jump-to-heading"
    // Map of France
    case section6 = "section-6"
    case openMap = "open-map"
    case mapOfRecord = "map-of-record"
    case mapWest = "map-west"
    case mapEast = "map-east"
    case mapNorth = "map-north"
    case mapSouth = "map-south"
    case mapNextRegion = "map-next-region"
    case mapOpenPlace = "map-open-place"
    case mapNextLayer = "map-next-layer"

    /// The headings of the help overlay, in the order it lists them.
    public enum Group: Int, CaseIterable, Hashable, Sendable {
        case moving, links, page, filters, input, sections, general, map

        public var title: Localized {
            switch self {
            case .moving: Localized(fr: "Se déplacer", en: "Moving")
            case .links: Localized(fr: "Liens et historique", en: "Links and history")
            case .page: Localized(fr: "Fiche", en: "Record page")
            case .filters: Localized(fr: "Filtres et recherche", en: "Filters and search")
            case .input: Localized(fr: "Saisie et fenêtres", en: "Typing and dialogs")
            case .sections: Localized(fr: "Sections", en: "Sections")
            case .general: Localized(fr: "Général", en: "General")
            case .map: Localized(fr: "Carte", en: "Map")
            }
        }
    }

    /// A command's line of the request table: its group in the help overlay, its help line (at
    /// most 56 columns, so it fits beside the keys at 80×24) and its word in the footer.
    public struct Info: Hashable, Sendable {
        public let group: Group
        public let help: Localized
        public let short: Localized

        /// The group, the help line in French and English, the footer word in French and English.
        init(_ group: Group, _ helpFR: String, _ helpEN: String, short shortFR: String, _ shortEN: String) {
            self.group = group
            self.help = Localized(fr: helpFR, en: helpEN)
            self.short = Localized(fr: shortFR, en: shortEN)
        }
    }

    /// The request table, one line per command, as tig's `REQ_INFO`: dispatch, the `?` overlay
    /// and the footer all read it.
    public var info: Info {
        switch self {
        case .moveDown: Info(.moving, "Ligne suivante (fiche : lien suivant ou défilement)", "Next row (page: next link, or scroll)",
                        short: "bas", "down")
        case .moveUp: Info(.moving, "Ligne précédente (fiche : lien précédent ou défilement)", "Previous row (page: previous link, or scroll)",
                        short: "haut", "up")
        case .pageDown: Info(.moving, "Page suivante", "Page down",
                        short: "page suiv.", "page down")
        case .pageUp: Info(.moving, "Page précédente", "Page up",
                        short: "page préc.", "page up")
        case .moveFirst: Info(.moving, "Aller au début", "Go to the top",
                        short: "début", "top")
        case .moveLast: Info(.moving, "Aller à la fin", "Go to the bottom",
                        short: "fin", "bottom")
        case .toggleFocus: Info(.moving, "Passer de la liste à la fiche et inversement", "Switch between the list and the record page",
                        short: "panneau", "pane")
        case .openRecord: Info(.links, "Liste : ouvrir la fiche (chronologie : son programme)", "List: open the record (timeline: its programme)",
                        short: "ouvrir", "open")
        case .followLink: Info(.links, "Fiche : suivre le lien, ou plier/déplier l'axe", "Page: follow the link, or fold/unfold the axis",
                        short: "suivre", "follow")
        case .goBack: Info(.links, "Revenir en arrière dans le parcours", "Go back along the trail",
                        short: "retour", "back")
        case .goForward: Info(.links, "Revenir en avant dans le parcours", "Go forward along the trail",
                        short: "avant", "forward")
        case .toggleFold: Info(.page, "Plier ou déplier l'axe choisi", "Fold or unfold the chosen axis",
                        short: "plier", "fold")
        case .foldAll: Info(.page, "Plier tous les axes", "Fold every axis",
                        short: "tout plier", "fold all")
        case .unfoldAll: Info(.page, "Déplier tous les axes", "Unfold every axis",
                        short: "tout déplier", "unfold all")
        case .showEvidence: Info(.page, "Fiche : passage du document où repose le fait choisi", "Page: the document passage the chosen fact rests on",
                        short: "source", "evidence")
        case .filter: Info(.filters, "Filtrer la liste en tapant (accents indifférents)", "Filter the list as you type (accents ignored)",
                        short: "filtrer", "filter")
        case .search: Info(.filters, "Chercher dans tout le catalogue", "Search the whole catalogue",
                        short: "chercher", "search")
        case .pickRegion: Info(.filters, "Choisir une région (pour toutes les sections)", "Choose a region (for every section)",
                        short: "région", "region")
        case .clearRegion: Info(.filters, "Retirer le filtre région", "Drop the region filter",
                        short: "sans région", "no region")
        case .pickDepartement: Info(.filters, "Acteurs importés : choisir un département", "Imported actors: choose a département",
                        short: "dép.", "dept.")
        case .pickLegalFamily: Info(.filters, "Acteurs importés : choisir une famille juridique", "Imported actors: choose a legal family",
                        short: "famille", "family")
        case .pickNafSection: Info(.filters, "Acteurs importés : choisir une section NAF", "Imported actors: choose a NAF section",
                        short: "NAF", "NAF")
        case .clearActorFilters: Info(.filters, "Acteurs importés : retirer département, famille et NAF", "Imported actors: drop département, family and NAF",
                        short: "sans filtres", "no filters")
        case .keepFilter: Info(.input, "Filtre : le garder et revenir à la liste", "Filter: keep it, back to the list",
                        short: "garder", "keep")
        case .clearFilter: Info(.input, "Filtre : l'effacer", "Filter: clear it",
                        short: "effacer", "clear")
        case .openResult: Info(.input, "Recherche : ouvrir le résultat choisi", "Search: open the chosen result",
                        short: "ouvrir", "open")
        case .applyRegion: Info(.input, "Régions : appliquer la région choisie", "Regions: apply the chosen region",
                        short: "appliquer", "apply")
        case .applyFacet: Info(.input, "Département, famille, NAF : appliquer le choix", "Département, family, NAF: apply the choice",
                        short: "appliquer", "apply")
        case .openNafSection: Info(.input, "NAF : ouvrir la section en ses divisions", "NAF: open the section into its divisions",
                        short: "divisions", "divisions")
        case .closeNafSection: Info(.input, "NAF : refermer la section ouverte", "NAF: close the open section",
                        short: "refermer", "close section")
        case .deleteChar: Info(.input, "Effacer le dernier caractère tapé", "Delete the last character typed",
                        short: "retirer une lettre", "delete")
        case .clearInput: Info(.input, "Effacer toute la saisie", "Clear what was typed",
                        short: "tout effacer", "clear")
        case .closeOverlay: Info(.input, "Fermer la fenêtre", "Close the dialog",
                        short: "fermer", "close")
        case .section1: Info(.sections, "Programmes", "Programmes",
                        short: "sections", "sections")
        case .section2: Info(.sections, "Acteurs (organisations)", "Actors (organisations)",
                        short: "sections", "sections")
        case .section3: Info(.sections, "Personnes", "People",
                        short: "sections", "sections")
        case .section4: Info(.sections, "Territoires", "Territories",
                        short: "sections", "sections")
        case .section5: Info(.sections, "Chronologie : événements et périodes", "Timeline: events and periods",
                        short: "sections", "sections")
        case .reloadDirectory: Info(.general, "Relire l'annuaire importé (après un import)", "Read the imported directory again (after an import)",
                        short: "recharger", "reload")
        case .help: Info(.general, "Afficher cette aide", "Show this help",
                        short: "aide", "help")
        case .quit: Info(.general, "Quitter", "Quit",
                        short: "quitter", "quit")
        case .previousHeading: Info(.page, "Fiche : intertitre précédent", "Page: previous heading",
                        short: "intertitre préc.", "prev. heading")
        case .nextHeading: Info(.page, "Fiche : intertitre suivant", "Page: next heading",
                        short: "intertitre suiv.", "next heading")
        case .tableOfContents: Info(.page, "Fiche : table des matières (Entrée y va)", "Page: table of contents (Enter goes there)",
                        short: "sommaire", "contents")
        case .jumpToHeading: Info(.input, "Sommaire : aller à l'intertitre choisi", "Contents: go to the chosen heading",
                        short: "aller", "go")
        case .section6: Info(.sections, "Carte de France des acteurs importés", "Map of France of the imported actors",
                        short: "carte", "map")
        case .openMap: Info(.map, "Ouvrir la carte (de partout)", "Open the map (from anywhere)",
                        short: "carte", "map")
        case .mapOfRecord: Info(.map, "Fiche : ses territoires sur la carte", "Page: its territories on the map",
                        short: "sur la carte", "on the map")
        case .mapWest: Info(.map, "Carte : département à l'ouest", "Map: the département to the west",
                        short: "ouest", "west")
        case .mapEast: Info(.map, "Carte : département à l'est", "Map: the département to the east",
                        short: "est", "east")
        case .mapNorth: Info(.map, "Carte : département au nord", "Map: the département to the north",
                        short: "nord", "north")
        case .mapSouth: Info(.map, "Carte : département au sud", "Map: the département to the south",
                        short: "sud", "south")
        case .mapNextRegion: Info(.map, "Carte : région suivante", "Map: next region",
                        short: "région", "region")
        case .mapOpenPlace: Info(.map, "Carte : les acteurs du département choisi", "Map: the actors of the chosen département",
                        short: "acteurs", "actors")
        case .mapNextLayer: Info(.map, "Carte : changer ce qu'elle montre", "Map: switch what it shows",
                        short: "affichage", "layer")
        }
    }

    public var group: Group { info.group }
    public var help: Localized { info.help }
    /// The word after the key in the footer.
    public var short: Localized { info.short }

    /// The section a `section-N` command switches to.
    public var section: Section? {
        switch self {
        case .section1: .programmes
        case .section2: .actors
        case .section3: .people
        case .section4: .territories
        case .section5: .timeline
        case .section6: .map
        default: nil
        }
    }

    /// The footer label when this command leads a pair (`move-up/move-down`): one word for both.
    public var pairShort: Localized? {
        switch self {
        case .moveUp, .moveDown: Localized(fr: "déplacer", en: "move")
        case .goBack: Localized(fr: "retour/avant", en: "back/forward")
        case .pageUp, .pageDown: Localized(fr: "page", en: "page")
        case .mapWest: Localized(fr: "déplacer", en: "move")
        case .foldAll, .unfoldAll: Localized(fr: "plier/déplier", en: "fold/unfold")
        case .previousHeading, .nextHeading: Localized(fr: "intertitres", en: "headings")
        case .section1: Localized(fr: "sections", en: "sections")
        default: nil
        }
    }
}
