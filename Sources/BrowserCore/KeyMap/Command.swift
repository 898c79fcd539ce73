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
    case help
    case quit

    /// The headings of the help overlay, in the order it lists them.
    public enum Group: Int, CaseIterable, Hashable, Sendable {
        case moving, links, page, filters, input, sections, general

        public var title: Localized {
            switch self {
            case .moving: Localized(fr: "Se déplacer", en: "Moving")
            case .links: Localized(fr: "Liens et historique", en: "Links and history")
            case .page: Localized(fr: "Fiche", en: "Record page")
            case .filters: Localized(fr: "Filtres et recherche", en: "Filters and search")
            case .input: Localized(fr: "Saisie et fenêtres", en: "Typing and dialogs")
            case .sections: Localized(fr: "Sections", en: "Sections")
            case .general: Localized(fr: "Général", en: "General")
            }
        }
    }

    public var group: Group {
        switch self {
        case .moveDown, .moveUp, .pageDown, .pageUp, .moveFirst, .moveLast, .toggleFocus: .moving
        case .openRecord, .followLink, .goBack, .goForward: .links
        case .toggleFold, .foldAll, .unfoldAll, .showEvidence: .page
        case .filter, .search, .pickRegion, .clearRegion, .pickDepartement, .pickLegalFamily, .pickNafSection,
             .clearActorFilters: .filters
        case .keepFilter, .clearFilter, .openResult, .applyRegion, .applyFacet, .deleteChar, .clearInput, .closeOverlay: .input
        case .section1, .section2, .section3, .section4, .section5: .sections
        case .help, .quit: .general
        }
    }

    /// The section a `section-N` command switches to.
    public var section: Section? {
        switch self {
        case .section1: .programmes
        case .section2: .actors
        case .section3: .people
        case .section4: .territories
        case .section5: .timeline
        default: nil
        }
    }

    /// One line of the help overlay; at most 56 columns, so it fits beside the keys at 80×24.
    public var help: Localized {
        switch self {
        case .moveDown: Localized(fr: "Ligne suivante (fiche : lien suivant ou défilement)",
                                  en: "Next row (page: next link, or scroll)")
        case .moveUp: Localized(fr: "Ligne précédente (fiche : lien précédent ou défilement)",
                                en: "Previous row (page: previous link, or scroll)")
        case .pageDown: Localized(fr: "Page suivante", en: "Page down")
        case .pageUp: Localized(fr: "Page précédente", en: "Page up")
        case .moveFirst: Localized(fr: "Aller au début", en: "Go to the top")
        case .moveLast: Localized(fr: "Aller à la fin", en: "Go to the bottom")
        case .toggleFocus: Localized(fr: "Passer de la liste à la fiche et inversement",
                                     en: "Switch between the list and the record page")
        case .openRecord: Localized(fr: "Liste : ouvrir la fiche (chronologie : son programme)",
                                    en: "List: open the record (timeline: its programme)")
        case .followLink: Localized(fr: "Fiche : suivre le lien, ou plier/déplier l'axe",
                                    en: "Page: follow the link, or fold/unfold the axis")
        case .goBack: Localized(fr: "Revenir en arrière dans le parcours", en: "Go back along the trail")
        case .goForward: Localized(fr: "Revenir en avant dans le parcours", en: "Go forward along the trail")
        case .toggleFold: Localized(fr: "Plier ou déplier l'axe choisi", en: "Fold or unfold the chosen axis")
        case .foldAll: Localized(fr: "Plier tous les axes", en: "Fold every axis")
        case .unfoldAll: Localized(fr: "Déplier tous les axes", en: "Unfold every axis")
        case .showEvidence: Localized(fr: "Fiche : le passage du document où repose le fait choisi (ou tous ceux de la fiche)",
                                      en: "Page: the document passage the chosen fact rests on (or every fact's)")
        case .filter: Localized(fr: "Filtrer la liste en tapant (accents indifférents)",
                                en: "Filter the list as you type (accents ignored)")
        case .search: Localized(fr: "Chercher dans tout le catalogue", en: "Search the whole catalogue")
        case .pickRegion: Localized(fr: "Choisir une région (pour toutes les sections)",
                                    en: "Choose a region (for every section)")
        case .clearRegion: Localized(fr: "Retirer le filtre région", en: "Drop the region filter")
        case .pickDepartement: Localized(fr: "Acteurs importés : choisir un département",
                                         en: "Imported actors: choose a département")
        case .pickLegalFamily: Localized(fr: "Acteurs importés : choisir une famille juridique",
                                         en: "Imported actors: choose a legal family")
        case .pickNafSection: Localized(fr: "Acteurs importés : choisir une section NAF",
                                        en: "Imported actors: choose a NAF section")
        case .clearActorFilters: Localized(fr: "Acteurs importés : retirer département, famille et NAF",
                                           en: "Imported actors: drop département, family and NAF")
        case .keepFilter: Localized(fr: "Filtre : le garder et revenir à la liste", en: "Filter: keep it, back to the list")
        case .clearFilter: Localized(fr: "Filtre : l'effacer", en: "Filter: clear it")
        case .openResult: Localized(fr: "Recherche : ouvrir le résultat choisi", en: "Search: open the chosen result")
        case .applyRegion: Localized(fr: "Régions : appliquer la région choisie", en: "Regions: apply the chosen region")
        case .applyFacet: Localized(fr: "Département, famille, NAF : appliquer le choix",
                                    en: "Département, family, NAF: apply the choice")
        case .deleteChar: Localized(fr: "Effacer le dernier caractère tapé", en: "Delete the last character typed")
        case .clearInput: Localized(fr: "Effacer toute la saisie", en: "Clear what was typed")
        case .closeOverlay: Localized(fr: "Fermer la fenêtre", en: "Close the dialog")
        case .section1: Localized(fr: "Programmes", en: "Programmes")
        case .section2: Localized(fr: "Acteurs (organisations)", en: "Actors (organisations)")
        case .section3: Localized(fr: "Personnes", en: "People")
        case .section4: Localized(fr: "Territoires", en: "Territories")
        case .section5: Localized(fr: "Chronologie : événements et périodes", en: "Timeline: events and periods")
        case .help: Localized(fr: "Afficher cette aide", en: "Show this help")
        case .quit: Localized(fr: "Quitter", en: "Quit")
        }
    }

    /// The word after the key in the footer.
    public var short: Localized {
        switch self {
        case .moveDown: Localized(fr: "bas", en: "down")
        case .moveUp: Localized(fr: "haut", en: "up")
        case .pageDown: Localized(fr: "page suiv.", en: "page down")
        case .pageUp: Localized(fr: "page préc.", en: "page up")
        case .moveFirst: Localized(fr: "début", en: "top")
        case .moveLast: Localized(fr: "fin", en: "bottom")
        case .toggleFocus: Localized(fr: "panneau", en: "pane")
        case .openRecord: Localized(fr: "ouvrir", en: "open")
        case .followLink: Localized(fr: "suivre", en: "follow")
        case .goBack: Localized(fr: "retour", en: "back")
        case .goForward: Localized(fr: "avant", en: "forward")
        case .toggleFold: Localized(fr: "plier", en: "fold")
        case .foldAll: Localized(fr: "tout plier", en: "fold all")
        case .unfoldAll: Localized(fr: "tout déplier", en: "unfold all")
        case .showEvidence: Localized(fr: "source", en: "evidence")
        case .filter: Localized(fr: "filtrer", en: "filter")
        case .search: Localized(fr: "chercher", en: "search")
        case .pickRegion: Localized(fr: "région", en: "region")
        case .clearRegion: Localized(fr: "sans région", en: "no region")
        case .pickDepartement: Localized(fr: "dép.", en: "dept.")
        case .pickLegalFamily: Localized(fr: "famille", en: "family")
        case .pickNafSection: Localized(fr: "NAF", en: "NAF")
        case .clearActorFilters: Localized(fr: "sans filtres", en: "no filters")
        case .keepFilter: Localized(fr: "garder", en: "keep")
        case .clearFilter: Localized(fr: "effacer", en: "clear")
        case .openResult: Localized(fr: "ouvrir", en: "open")
        case .applyRegion, .applyFacet: Localized(fr: "appliquer", en: "apply")
        case .deleteChar: Localized(fr: "retirer une lettre", en: "delete")
        case .clearInput: Localized(fr: "tout effacer", en: "clear")
        case .closeOverlay: Localized(fr: "fermer", en: "close")
        case .section1, .section2, .section3, .section4, .section5: Localized(fr: "sections", en: "sections")
        case .help: Localized(fr: "aide", en: "help")
        case .quit: Localized(fr: "quitter", en: "quit")
        }
    }

    /// The footer label when this command leads a pair (`move-up/move-down`): one word for both.
    public var pairShort: Localized? {
        switch self {
        case .moveUp, .moveDown: Localized(fr: "déplacer", en: "move")
        case .goBack: Localized(fr: "retour/avant", en: "back/forward")
        case .pageUp, .pageDown: Localized(fr: "page", en: "page")
        case .foldAll, .unfoldAll: Localized(fr: "plier/déplier", en: "fold/unfold")
        case .section1: Localized(fr: "sections", en: "sections")
        default: nil
        }
    }
}
