"""Documents that mimic the parliaments' published forms (docs/DOMAIN.md §2–§3), as DocSpecs."""

from __future__ import annotations

from tests.formats.samples.spec import DocSpec, Item

URL_LONG = "https://www.landtag.nrw.de/portal/WWW/dokumentenarchiv/Dokument/MMD17-1957-anlage-zur-kleinen-anfrage.pdf"
NOTICE = (
    "Die Veröffentlichungen des Landtags Nordrhein-Westfalen sind einzeln gegen eine "
    "Schutzgebühr beim Archiv des Landtags zu beziehen."
)
_FILL = (
    "Die Landesregierung hat in den vergangenen Jahren mehrfach angekündigt, die Förderung "
    "der kommunalen Integrationsarbeit neu zu ordnen und die Träger frühzeitig einzubinden. "
)


def nw_inquiry() -> DocSpec:
    """An NRW Kleine Anfrage over two pages: quoted old questions, notes, a marker before "?"."""
    items = [
        Item("header", "LANDTAG NORDRHEIN-WESTFALEN", right="Drucksache 17/8765"),
        Item("header", "17. Wahlperiode", right="19.02.2020"),
        Item("kind", "Kleine Anfrage 3417"),
        Item("para", "der Abgeordneten Berivan Aymaz und Sigrid Beer BÜNDNIS 90/DIE GRÜNEN"),
        Item("title", "Wie fördert die Landesregierung die Integrationsagenturen?"),
        Item("para", _FILL * 3 + "Die Träger berichten von Kürzungen{1}."),
        Item("para", "In der Kleinen Anfrage 1200 wurde bereits gefragt:"),
        Item("item", "Wie viele Stellen gibt es?", label="1"),
        Item("item", "Wer trägt die Kosten?", label="2"),
        Item(
            "para",
            _FILL * 6 + "Im Jahr 2022 sollen 75 Mio. Euro {2} bereitstehen, so die Ankündigung.",
        ),
        Item("para", "Vor diesem Hintergrund fragen wir die Landesregierung:"),
        Item("item", "Wie viele Integrationsagenturen fördert das Land{3}?", label="1"),
        Item("item", "Welche Mittel sind dafür im Haushalt vorgesehen?", label="2"),
        Item("item", "Wie werden die Träger beteiligt?", label="3"),
        Item("sig", "Berivan Aymaz"),
        Item("sig", "Sigrid Beer"),
    ]
    return DocSpec(
        items,
        notes={1: "Vgl. Drs. 17/1200.", 2: "APr 17/749, S. 15.", 3: URL_LONG},
        first_footer="Datum des Originals: 19.02.2020/Ausgegeben: 19.02.2020",
        running="LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode    Drucksache 17/8765",
        notice=NOTICE,
    )


def bt_inquiry() -> DocSpec:
    """A Bundestag Kleine Anfrage: faction originators, inline sources, "Berlin, den …"."""
    items = [
        Item("header", "Deutscher Bundestag", right="Drucksache 20/15144"),
        Item("header", "20. Wahlperiode", right="24.03.2025"),
        Item("kind", "Kleine Anfrage"),
        Item(
            "para",
            "der Abgeordneten Anna Muster, Ben Beispiel, weiterer Abgeordneter "
            "und der Fraktion der CDU/CSU",
        ),
        Item("title", "Stand der Digitalisierung der Verwaltung"),
        Item(
            "para",
            "Die Bundesregierung hat ein Programm aufgelegt (vgl. https://www.bund.de/programm).",
        ),
        Item("para", "Wir fragen die Bundesregierung:"),
        Item("item", "Wie viele Leistungen sind digital verfügbar?", label="1"),
        Item("item", "Welche Kosten sind entstanden?", label="2"),
        Item("para", "Berlin, den 18. März 2025"),
        Item("sig", "Friedrich Merz, Alexander Dobrindt und Fraktion"),
    ]
    return DocSpec(items)


def by_inquiry() -> DocSpec:
    """A Bavarian Schriftliche Anfrage with sub-questions a) b) c)."""
    items = [
        Item("header", "Bayerischer Landtag", right="Drucksache 19/6524"),
        Item("header", "19. Wahlperiode", right="12.05.2025"),
        Item("kind", "Schriftliche Anfrage"),
        Item("para", "des Abgeordneten Max Huber (FREIE WÄHLER)"),
        Item("title", "Ausbau der Radwege im Landkreis"),
        Item("para", "Die Staatsregierung wird gefragt:"),
        Item("item", "Radwege im Landkreis", label="1"),
        Item("sub", "Wie viele Kilometer wurden 2024 gebaut?", label="a"),
        Item("sub", "Wie viele sind geplant?", label="b"),
        Item("sub", "Was kosten sie?", label="c"),
        Item("item", "Wer ist zuständig?", label="2"),
        Item("sig", "Max Huber"),
    ]
    return DocSpec(items)


def bw_inquiry() -> DocSpec:
    """A Baden-Württemberg Kleine Anfrage with its Begründung after the questions."""
    items = [
        Item("header", "Landtag von Baden-Württemberg", right="Drucksache 17/1234"),
        Item("header", "17. Wahlperiode", right="03.04.2024"),
        Item("kind", "Kleine Anfrage"),
        Item("para", "des Abg. Peter Klein CDU"),
        Item("title", "Lehrkräfte an Grundschulen"),
        Item("para", "Ich frage die Landesregierung:"),
        Item("item", "Wie viele Stellen sind unbesetzt?", label="1"),
        Item("item", "Was tut die Landesregierung dagegen?", label="2"),
        Item("sig", "Peter Klein"),
        Item("heading", "Begründung"),
        Item(
            "para", "An vielen Grundschulen fehlen Lehrkräfte. Die Anfrage soll den Stand klären."
        ),
    ]
    return DocSpec(items)


def ni_inquiry() -> DocSpec:
    """A Niedersachsen Anfrage with "Vorbemerkung der Abgeordneten" and no lead-in."""
    items = [
        Item("header", "Niedersächsischer Landtag", right="Drucksache 18/2345"),
        Item("header", "18. Wahlperiode", right="09.02.2021"),
        Item("kind", "Kleine Anfrage zur schriftlichen Beantwortung"),
        Item("para", "der Abgeordneten Jana Nord (SPD)"),
        Item("title", "Hochwasserschutz an der Aller"),
        Item("heading", "Vorbemerkung der Abgeordneten"),
        Item("para", "Im Winter stieg die Aller über die Ufer."),
        Item("item", "Welche Deiche wurden verstärkt?", label="1"),
        Item("item", "Welche Mittel stehen bereit?", label="2"),
        Item("sig", "Jana Nord"),
    ]
    return DocSpec(items)


def nw_answer() -> DocSpec:
    """An NRW answer: title block, the government's remark, joint answers, "Zu 4. und 5.:"."""
    items = [
        Item("header", "LANDTAG NORDRHEIN-WESTFALEN", right="Drucksache 17/2128"),
        Item("header", "17. Wahlperiode", right="08.03.2018"),
        Item("kind", "Antwort"),
        Item("para", "der Landesregierung"),
        Item("para", "auf die Kleine Anfrage 800 vom 14. Februar 2018"),
        Item("para", "des Abgeordneten Marc Herter SPD"),
        Item("para", "Drucksache 17/1957"),
        Item("title", "Wie steht es um die Schulsozialarbeit in Hamm?"),
        Item(
            "para",
            "Der Minister für Arbeit, Gesundheit und Soziales hat die Kleine Anfrage 800 mit "
            "Schreiben vom 8. März 2018 namens der Landesregierung im Einvernehmen mit der "
            "Ministerin für Schule und Bildung beantwortet.",
        ),
        Item("heading", "Vorbemerkung der Kleinen Anfrage"),
        Item("para", "Die Schulsozialarbeit ist befristet finanziert."),
        Item("heading", "Vorbemerkung der Landesregierung"),
        Item("para", "Die Landesregierung misst der Schulsozialarbeit große Bedeutung bei."),
        Item("item", "Wie viele Stellen für Schulsozialarbeit gibt es in Hamm?", label="1"),
        Item("item", "Wie viele davon sind befristet?", label="2"),
        Item("item", "Wer finanziert diese Stellen derzeit?", label="3"),
        Item(
            "para",
            "Die Fragen 1 bis 3 werden aufgrund des Sachzusammenhangs gemeinsam beantwortet.",
        ),
        Item(
            "para", "In Hamm gibt es 24 Stellen, davon 10 befristet, finanziert von Land und Stadt."
        ),
        Item("item", "Plant die Landesregierung eine Verstetigung?", label="4"),
        Item("item", "Bis wann soll darüber entschieden werden?", label="5"),
        Item("para", "Zu 4. und 5.:"),
        Item("para", "Eine Entscheidung fällt mit dem Haushalt 2019."),
        Item("item", "Welche Rolle spielt der Bund bei der Finanzierung?", label="6"),
        Item("para", "Der Bund beteiligt sich derzeit nicht."),
    ]
    return DocSpec(
        items, running="LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode    Drucksache 17/2128"
    )
