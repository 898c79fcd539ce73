/// The browser's default keys, as a tigrc-style resource read by ``KeyMapParser``.
public enum DefaultKeyMap {
    /// Keys are looked up in the focused context, then its fallbacks (see ``KeyContext``).
    /// The first key written for a command is the one the footer shows.
    public static let text = """
        # ess browser key map: bind CONTEXT KEY COMMAND, footer CONTEXT ITEM...
        # Contexts: global, generic (list, detail and map), map, list, actors (Actors list with imported actors), detail, filter, search, region, facet, naf (the NAF picker, falling back to facet), help, toc (the table of contents), path, neighbourhood, marks, copy, export.

        # Moving, in either pane
        bind generic <Down>     move-down
        bind generic j          move-down
        bind generic <Up>       move-up
        bind generic k          move-up
        bind generic <PgDn>     page-down
        bind generic <C-f>      page-down
        bind generic <PgUp>     page-up
        bind generic <C-b>      page-up
        bind generic <Home>     move-first
        bind generic g          move-first
        bind generic <End>      move-last
        bind generic G          move-last
        bind generic <Tab>      toggle-focus
        bind generic <S-Tab>    toggle-focus

        # Trail, like a web browser
        bind generic <BS>       go-back
        bind generic h          go-back
        bind generic <A-Left>   go-back
        bind generic l          go-forward
        bind generic <A-Right>  go-forward

        # Filters, search, regions
        bind generic /          filter
        bind generic s          search
        bind generic r          pick-region
        bind generic R          clear-region
        # Imported actors of the Actors list: département, legal family, NAF section
        bind generic d          pick-departement
        bind generic c          pick-legal-family
        bind generic n          pick-naf-section
        bind generic x          clear-actor-filters

        # Sections
        bind generic 1          section-1
        bind generic 2          section-2
        bind generic 3          section-3
        bind generic 4          section-4
        bind generic 5          section-5

        bind generic <C-r>      reload-directory
        bind generic ?          help
        bind generic <F1>       help
        bind generic q          quit
        bind global  <C-c>      quit

        # Reading long pages: headings and the table of contents (from the list or the page)
        bind generic ]          next-heading
        bind generic [          previous-heading
        bind generic t          table-of-contents
        # Map of France: section 6, m from anywhere, M for the page's territories
        bind generic 6          section-6
        bind generic m          open-map
        bind generic M          map-of-record

        # List pane
        bind list    <Enter>    open-record
        bind list    <Right>    toggle-focus
        bind list    <Esc>      clear-filter

        # Detail pane: Enter follows a link or folds the axis under the cursor
        bind detail  <Enter>    follow-link
        bind detail  <Space>    toggle-fold
        bind detail  z          fold-all
        bind detail  Z          unfold-all
        bind generic e          show-evidence
        bind detail  <Left>     toggle-focus
        bind detail  <Esc>      toggle-focus

        # Typing a list filter
        bind filter  <Enter>    keep-filter
        bind filter  <Esc>      clear-filter
        bind filter  <BS>       delete-char
        bind filter  <C-u>      clear-input
        bind filter  <Down>     keep-filter

        # Search overlay
        bind search  <Enter>    open-result
        bind search  <Esc>      close-overlay
        bind search  <Down>     move-down
        bind search  <C-n>      move-down
        bind search  <Up>       move-up
        bind search  <C-p>      move-up
        bind search  <PgDn>     page-down
        bind search  <PgUp>     page-up
        bind search  <BS>       delete-char
        bind search  <C-u>      clear-input

        # Region picker
        bind region  <Enter>    apply-region
        bind region  <Esc>      close-overlay
        bind region  <Down>     move-down
        bind region  <C-n>      move-down
        bind region  <Up>       move-up
        bind region  <C-p>      move-up
        bind region  <PgDn>     page-down
        bind region  <PgUp>     page-up
        bind region  <Home>     move-first
        bind region  <End>      move-last
        bind region  <BS>       delete-char
        bind region  <C-u>      clear-input

        # Département, legal family and NAF section pickers
        bind facet   <Enter>    apply-facet
        bind facet   <Esc>      close-overlay
        bind naf     <Right>    open-naf-section
        bind naf     <Left>     close-naf-section
        bind facet   <Down>     move-down
        bind facet   <C-n>      move-down
        bind facet   <Up>       move-up
        bind facet   <C-p>      move-up
        bind facet   <PgDn>     page-down
        bind facet   <PgUp>     page-up
        bind facet   <Home>     move-first
        bind facet   <End>      move-last
        bind facet   <BS>       delete-char
        bind facet   <C-u>      clear-input

        # Help overlay
        bind help    <Esc>      close-overlay
        bind help    ?          close-overlay
        bind help    q          close-overlay
        bind help    <Enter>    close-overlay
        bind help    <Down>     move-down
        bind help    j          move-down
        bind help    <Up>       move-up
        bind help    k          move-up
        bind help    <PgDn>     page-down
        bind help    <Space>    page-down
        bind help    <PgUp>     page-up
        bind help    <Home>     move-first
        bind help    g          move-first
        bind help    <End>      move-last
        bind help    G          move-last

        # Table of contents of the page shown
        bind toc     <Enter>    jump-to-heading
        bind toc     <Esc>      close-overlay
        bind toc     t          close-overlay
        bind toc     q          close-overlay
        bind toc     <Down>     move-down
        bind toc     j          move-down
        bind toc     <Up>       move-up
        bind toc     k          move-up
        bind toc     <Home>     move-first
        bind toc     g          move-first
        bind toc     <End>      move-last
        bind toc     G          move-last
        # Map: the cursor moves between départements
        bind map     <Left>     map-west
        bind map     h          map-west
        bind map     <Right>    map-east
        bind map     l          map-east
        bind map     <Up>       map-north
        bind map     k          map-north
        bind map     <Down>     map-south
        bind map     j          map-south
        bind map     <Tab>      map-next-region
        bind map     <Enter>    map-open-place
        bind map     v          map-next-layer
        # Marks: b marks the record shown, ' lists the marks
        bind generic b          toggle-mark
        bind generic '          show-marks
        bind marks   <Enter>    open-result
        bind marks   <Esc>      close-overlay
        bind marks   '          close-overlay
        bind marks   q          close-overlay
        bind marks   d          delete-mark
        bind marks   <Del>      delete-mark
        bind marks   <Down>     move-down
        bind marks   j          move-down
        bind marks   <Up>       move-up
        bind marks   k          move-up
        bind marks   <PgDn>     page-down
        bind marks   <PgUp>     page-up
        bind marks   <Home>     move-first
        bind marks   <End>      move-last

        # Copy (OSC 52) and export (CSV)
        bind generic y          copy-menu
        bind generic E          export-list
        bind generic o          open-address
        bind copy    <Enter>    copy-choice
        bind copy    y          copy-choice
        bind copy    <Esc>      close-overlay
        bind copy    q          close-overlay
        bind copy    <Down>     move-down
        bind copy    j          move-down
        bind copy    <Up>       move-up
        bind copy    k          move-up
        bind export  <Enter>    write-export
        bind export  <Esc>      close-overlay
        bind export  <BS>       delete-char
        bind export  <C-u>      clear-input

        # Footers, most useful first: what does not fit is dropped, help always stays.
        footer list    open-record toggle-focus filter search pick-region help quit go-back move-up/move-down section-1/section-5
        footer actors  open-record pick-departement pick-legal-family pick-naf-section clear-actor-filters help quit filter search toggle-focus pick-region go-back move-up/move-down
        footer detail  follow-link toggle-focus go-back go-forward help quit search fold-all/unfold-all move-up/move-down
        footer filter  keep-filter clear-filter delete-char
        footer search  move-up/move-down open-result close-overlay
        footer region  move-up/move-down apply-region close-overlay
        footer facet   move-up/move-down apply-facet close-overlay
        footer naf     move-up/move-down open-naf-section close-naf-section apply-facet close-overlay
        footer help    move-up/move-down page-down close-overlay
        footer toc     move-up/move-down jump-to-heading close-overlay
        footer map     map-west/map-south map-open-place map-next-layer map-next-region go-back help quit

        # Paths and relations: the chain of links to a target, the neighbourhood tree
        bind generic p          find-path
        bind generic X          show-neighbourhood
        bind path    <Enter>    open-result
        bind path    <Esc>      close-overlay
        bind path    <Down>     move-down
        bind path    <C-n>      move-down
        bind path    <Up>       move-up
        bind path    <C-p>      move-up
        bind path    <PgDn>     page-down
        bind path    <PgUp>     page-up
        bind path    <BS>       delete-char
        bind path    <C-u>      clear-input
        bind neighbourhood <Enter>  open-result
        bind neighbourhood <Esc>    close-overlay
        bind neighbourhood X        close-overlay
        bind neighbourhood q        close-overlay
        bind neighbourhood <Down>   move-down
        bind neighbourhood j        move-down
        bind neighbourhood <Up>     move-up
        bind neighbourhood k        move-up
        bind neighbourhood <PgDn>   page-down
        bind neighbourhood <PgUp>   page-up
        bind neighbourhood <Home>   move-first
        bind neighbourhood g        move-first
        bind neighbourhood <End>    move-last
        bind neighbourhood G        move-last
        bind neighbourhood <Space>  unfold-node
        bind neighbourhood <Right>  unfold-node
        bind neighbourhood l        unfold-node
        bind neighbourhood <Left>   fold-node
        bind neighbourhood h        fold-node
        footer path    move-up/move-down open-result close-overlay
        footer neighbourhood move-up/move-down unfold-node/fold-node open-result close-overlay
        footer marks   move-up/move-down open-result delete-mark close-overlay
        footer copy    move-up/move-down copy-choice close-overlay
        footer export  write-export close-overlay clear-input
        """
}
