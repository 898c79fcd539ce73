import ESSModel
import Testing

@Suite("Record pages")
struct PageTests {
    let catalogue = SmallCatalogue.catalogue

    @Test func programmePageInFrench() throws {
        let page = try #require(catalogue.page(for: "progress", language: .fr))
        #expect(page.id == "progress")
        #expect(page.type == .programme)
        #expect(page.title == "PROGRESS")
        #expect(page.subtitle == "Programme territorial · Loire")
        #expect(page.blocks == [
            .field(label: "Type", value: "Programme territorial"),
            .field(label: "Nom complet", value: "PROGramme Roannais pour l’ESS"),
            .field(label: "Territoire", value: "Loire · Auvergne-Rhône-Alpes"),
            .field(label: "Période", value: "depuis 2009 (fin 2009)"),
            .heading("Résumé"),
            .paragraph("Un programme roannais."),
            .heading("Axes et objectifs (2 axes, 2 objectifs)"),
            .axis(id: "progress-axe-1", number: 1, title: "Développer les collaborations",
                  objectives: ["Constituer un réseau", "Mise en œuvre des actions"]),
            .axis(id: "progress-axe-2", number: 2, title: "Accompagner la création", objectives: []),
            .heading("Chiffres clés"),
            .item(text: "200 acteurs", detail: "acteurs associés (2009)"),
            .item(text: "16 actions", detail: "actions"),
            .heading("Gouvernance"),
            .item(text: "Comité de pilotage", detail: "organe décisionnel · une fois par an"),
            .heading("Liens"),
            .group("Partenaires"),
            .link(target: "loire-active", text: "Loire Active", detail: "collaboration"),
            .link(target: "france-active", text: "France Active", detail: "Réseau · France"),
            .group("Membres"),
            .link(target: "cress-rhone-alpes", text: "CRESS Rhône-Alpes", detail: "Comité de pilotage"),
            .group("Territoire"),
            .link(target: "departement-loire", text: "Loire", detail: "Département"),
            .heading("Événements"),
            .link(target: "creation-loire-active", text: "Création de Loire Active", detail: "2010"),
            .heading("Source"),
            .link(target: "doc-a", text: "Document A", detail: "000_a.txt"),
        ])
        #expect(page.linkTargets == ["loire-active", "france-active", "cress-rhone-alpes", "departement-loire",
                                     "creation-loire-active", "doc-a"])
    }

    @Test func programmePageInEnglishTranslatesLabelsNotContent() throws {
        let page = try #require(catalogue.page(for: "progress", language: .en))
        #expect(page.subtitle == "Territorial programme · Loire")
        #expect(page.blocks.prefix(4) == [
            .field(label: "Type", value: "Territorial programme"),
            .field(label: "Full name", value: "PROGramme Roannais pour l’ESS"),
            .field(label: "Territory", value: "Loire · Auvergne-Rhône-Alpes"),
            .field(label: "Period", value: "since 2009 (fin 2009)"),
        ])
        #expect(page.blocks.contains(.heading("Axes and objectives (2 axes, 2 objectives)")))
        #expect(page.blocks.contains(.group("Partners")))
        #expect(page.blocks.contains(.link(target: "france-active", text: "France Active", detail: "Network · France")))
    }

    @Test func personPage() throws {
        let page = try #require(catalogue.page(for: "samuel-jabrin", language: .fr))
        #expect(page.subtitle == "conseiller en charge de l’ESS")
        #expect(page.blocks == [
            .field(label: "Fonction", value: "conseiller en charge de l’ESS, Loire Active"),
            .heading("Liens"),
            .group("Élu·e de"),
            .link(target: "loire-active", text: "Loire Active", detail: "conseiller en charge de l’ESS"),
            .heading("Source"),
            .link(target: "doc-a", text: "Document A", detail: "000_a.txt"),
        ])
    }

    @Test func eventPage() throws {
        let page = try #require(catalogue.page(for: "sress-adoption", language: .fr))
        #expect(page.subtitle == "14 – 16 décembre 2016")
        #expect(page.blocks == [
            .field(label: "Date", value: "14 – 16 décembre 2016"),
            .heading("Liens"),
            .group("Étape de"),
            .link(target: "sress", text: "Stratégie régionale de l’Economie Sociale et Solidaire",
                  detail: "Stratégie régionale · Pays de la Loire"),
            .heading("Source"),
            .link(target: "doc-b", text: "Document B", detail: "001_b.txt"),
        ])
        let undated = try #require(catalogue.page(for: "undated", language: .en))
        #expect(undated.blocks.first == .field(label: "Date", value: "date not given"))
    }

    @Test func formerRegionPage() throws {
        let page = try #require(catalogue.page(for: "ancienne-region-rhone-alpes", language: .fr))
        #expect(page.subtitle == "Ancienne région · 82")
        #expect(Array(page.blocks.prefix(3)) == [
            .field(label: "Niveau", value: "Ancienne région"),
            .field(label: "Code INSEE", value: "82"),
            .field(label: "Régions", value: "Auvergne-Rhône-Alpes"),
        ])
        let region = try #require(catalogue.page(for: "region-ara", language: .fr))
        #expect(region.blocks.contains(.field(label: "Anciennes régions", value: "Rhône-Alpes")))
    }

    @Test func unknownIDHasNoPage() {
        #expect(catalogue.page(for: "nope", language: .fr) == nil)
    }

    @Test func builtInProgrammePages() throws {
        let catalogue = try BuiltIn.catalogue()
        let sress = try #require(catalogue.page(for: "sress-pays-de-la-loire", language: .fr))
        #expect(sress.blocks.contains(.heading("Axes et objectifs (3 axes, 15 objectifs)")))
        #expect(sress.blocks.contains(.heading("Gouvernance")))
        #expect(sress.blocks.contains(.item(text: "Comité technique", detail:
            "organe de mise en œuvre opérationnelle : suit et coordonne le plan d'actions et l'adapte aux spécificités locales ; d'autres acteurs peuvent y être associés selon les thématiques (territoire, filière, financements) · une fois par trimestre")))
        let progress = try #require(catalogue.page(for: "progress", language: .fr))
        #expect(progress.blocks.contains(.heading("Axes et objectifs (5 axes, 2 objectifs)")))
        #expect(progress.blocks.contains(.item(text: "16 actions", detail: "actions dégagées par le travail participatif")))
    }
}
