"""Inquiries the DOCX tests export: the seed, one with many notes, one with hostile text."""

from __future__ import annotations

from datetime import date

from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Originator,
    Paragraph,
    ParagraphStyle,
    Question,
    Run,
    paragraph,
)

SEED_URLS = (
    "https://www.diakonie-rwl.de/sites/default/files/aktuelles/fw-integrationsarbeit-kommune-2019.pdf",
    "https://www.diakonie-rwl.de/themen/migration-und-flucht/austausch-staatssekretaerin-serap-gueler",
    "https://www.diakonie-rwl.de/themen/migration-und-flucht/austausch-staatssekretaerin-serap-gueler",
)
SEED_TITLE = (
    "Wie bewahrt die Landesregierung bei der strategischen Neuausrichtung des Kommunalen "
    "Integrationsmanagements (KIM) das Subsidiaritätsprinzip?"
)

_PREAMBLE: list[list[str | FootnoteRef]] = [
    [
        (
            "Nordrhein-Westfalen ist geprägt von einer langen Tradition der Zuwanderung und "
            "einer Integrationspolitik, die stets auf einem breiten, parteiübergreifenden "
            "Konsens gründete. NRW verfügt über eine ausdifferenzierte integrationspolitische"
            " Infrastruktur."
        ),
    ],
    [
        (
            "Dabei blicken die Träger auf eine lange Zusammenarbeit mit den Kommunen zurück: "
            "Neben den Kommunalen Integrationszentren (KI)s sind seit 2007 "
            "Integrationsagenturen und zahlreiche freie Träger an der Integrationsarbeit "
            "beteiligt, nicht zu vergessen, die bundesgeförderten Dienste der "
            "Migrationsberatung für Erwachsene (MBE) und die Jugendmigrationsdienste (JMD). "
            "Sie haben mit ihrer Kompetenz, ihrem Engagement und Eigenmitteln gerade in der "
            "Situation verstärkter Zuwanderung 2015/2016 entscheidend dazu beigetragen, dass "
            "die Aufnahme der Menschen gelingen konnte und die Integrationsprozesse gut "
            "angelegt wurden. Das Prinzip der Subsidiarität hat sich hier noch einmal in "
            "besonderer Weise als wertvoll erwiesen."
        ),
    ],
    [
        (
            "Der Prozess zur Weiterentwicklung der Integrationsarbeit, wie ihn die "
            "Landesregierung zur Zeit betreibt, wirft aber grundsätzliche Fragen bezüglich "
            "dem in der Teilhabe- und Integrationsstrategie formulierten Anspruch und dem "
            "tatsächlichen Umsetzungsprozess des Kommunalen Integrationsmanagements (KIM) "
            "auf."
        ),
    ],
    [
        (
            "Die Teilhabe- und Integrationsstrategie 2030 formuliert den Anspruch, „die "
            "Zivilgesellschaft von Beginn an aktiv einzubinden“ und wurde mithilfe eines "
            "neuen „Beirats der Landesregierung für Teilhabe und Integration“ formuliert, dem"
            " Expertinnen und Experten aus Wissenschaft, Wirtschaft, Kultur und Gesellschaft "
            "angehören. Die Strategie zielt auf die Förderung des Zusammenhalts in den "
            "Sozialräumen in einer Gesellschaft der Vielfalt ab. Institutionen der "
            "Wohlfahrtspflege und weitere relevante zivilgesellschaftliche Akteure spielen "
            "bei der strategischen Ausrichtung eine unverzichtbare Rolle. So heißt es zur "
            "Zielrichtung der Teilhabe- und Integrationsstrategie:"
        ),
    ],
    [
        (
            "Es „handelt sich um eine gesamtgesellschaftliche Strategie für mehr Teilhabe und"
            " Zusammenhalt in Nordrhein-Westfalen. [...] Nordrhein-Westfalen lebt von einer "
            "starken Zivilgesellschaft und dem Engagement seiner Bürgerinnen und Bürger.“ Als"
            " übergreifende Anforderungen für eine gelingende Integrations- und "
            "Teilhabestrategie wird Stärkung der Kooperation und Koordination auf allen "
            "Ebenen und Feldern sowie der kontinuierliche Dialog mit allen beteiligten "
            "Akteuren genannt. Darüber hinaus sollen Entscheidungs- und Verwaltungsprozesse "
            "vereinfacht, beschleunigt und flexibilisiert werden."
        ),
    ],
    [
        (
            "Denn es gibt durchaus Optimierungsbedarf der integrationspolitischen "
            "Infrastruktur, beispielweise in Bezug auf die Vermeidung ineffektiver "
            "Parallelstrukturen, Schaffung von Angeboten auf Augenhöhe und die "
            "Identifizierung von eventuellen Angebotslücken. Diese Optimierungsbedarfe "
            "benennt auch die Freie Wohlfahrtspflege in ihrer Stellungnahme selbst"
        ),
        FootnoteRef("1"),
        (
            ". Die genannten Absichten, die eine Stärkung der kommunalen Strukturen und die "
            "Einbindung der Zivilgesellschaft und der Freien Wohlfahrtspflege vorsehen, sind "
            "zu unterstützen. Denn nur vor Ort kann Integration gelebt werden. Nur durch den "
            "Einbezug zivilgesellschaftlicher Akteure kann ein umfassendes "
            "niedrigschwelliges, diverses und zielgruppenspezifisches Angebot geschaffen "
            "werden, das die verschiedenen Anliegen und Nöte von Betroffenen in den Blick "
            "nimmt. So würde auch dem Subsidiaritätsprinzip Rechnung getragen werden."
        ),
    ],
    [
        (
            "Mittlerweile ist die Landesregierung in ihrer Planung eines sogenannten "
            "„Kommunalen Integrationsmanagements“ (KIM) weiter fortgeschritten. Die "
            "Einrichtung eines neuen „kommunalen Integrationsmanagements“ soll unbefristet "
            "und flächendeckend für alle 54 Kreise und kreisfreien Städte in NRW ab "
            "01.07.2020 als Fortführung des Modellprojekts „Einwanderung gestalten“ starten. "
            "Bereits für das 2. Halbjahr 2020 sollen dafür 25 Mio. Euro im Landeshaushalt "
            "(Haushalt EP 07 080 Titel 633 30) zur Verfügung gestellt werden, im Jahr 2021 50"
            " Mio. Euro und 2022 75 Mio. Euro"
        ),
        FootnoteRef("2"),
        (
            ". Die Mittel seien in den Kommunen insbesondere für die Einrichtung weiterer "
            "Personalstellen vorgesehen. Die Mittel gehen dabei an die antragsberechtigten "
            "Kommunen, die eigenständig über den Mitteleinsatz befinden. Staatssekretärin "
            "Serap Güler betont in einem Austauschtreffen mit der Diakonie RWL, dass jede "
            "Kommune selbst entscheide, welche Träger wie stark eingebunden würden"
        ),
        FootnoteRef("3"),
        ".",
    ],
    [
        (
            "Eine fehlende Einbindung der Zivilgesellschaft und der Freien Wohlfahrtspflege "
            "durch die Landesregierung wäre vor dem Hintergrund der Fülle an Aufgaben und "
            "Herausforderungen in der kommunalen Integrationsarbeit mindestens verwunderlich,"
            " wenn nicht sogar in Bezug auf eine vertrauensvolle Arbeit auf Augenhöhe "
            "besorgniserregend."
        ),
    ],
    [
        (
            "Zudem legt die Kommentierung des Einzelplans 07 080 Titel 633 30 nahe, dass die "
            "kommunalen Integrationszentren (KI) zukünftig im Rahmen des individuellen "
            "Case-Management selbst operativ tätig werden können."
        ),
    ],
    [
        (
            "Eine zusätzliche Übernahme von Aufgaben auf operativer Ebene durch die Kommune, "
            "etwa in der Beratungsarbeit und im Sozialraum, schafft neue Doppelstrukturen."
        ),
    ],
    [
        (
            "Es gilt, die bewährte ausdifferenzierte integrationspolitische Infrastruktur mit"
            " einer Pluralität von Akteuren aus der Integrationsarbeit vor Ort zu erhalten – "
            "mit der Freien Wohlfahrtspflege und weiterer zivilgesellschaftlicher "
            "Organisationen als kooperative Mitgestalter des Sozialstaats mit hoher "
            "Expertise."
        ),
    ],
    [
        (
            "Es bleibt zu befürchten, dass aufgrund der geplanten Entwicklungen eine "
            "zunehmende Asymmetrie in der Finanzierungs- und Personalausstattung zugunsten "
            "der Kommunen gegenüber zivilgesellschaftlichen Akteuren entsteht, insbesondere "
            "in denjenigen Kommunen, in denen bisher keinerlei Zusammenarbeit mit sozialen "
            "Trägern bestand."
        ),
    ],
    [
        (
            "Die Subsidiarität gilt es weiter zu achten und die Freie Wohlfahrtspflege und "
            "Zivilgesellschaft dürfen in einem solchen Prozess nicht ins Abseits gestellt "
            "werden."
        ),
    ],
]
_QUESTIONS = [
    (
        "Welche Absprachen in Bezug auf die Gesamtstrategie, Konzeption und Personal gibt"
        " es zwischen den zuständigen Ressorts der Landesregierung und im MKFFI über eine"
        " Weiterentwicklung der Kommunalen Integrationsarbeit, insbesondere hinsichtlich "
        "des geplanten Kommunalen Integrationsmanagements?"
    ),
    (
        "Wie garantiert die Landesregierung auch zukünftig, dass Träger der Freien "
        "Wohlfahrtspflege von Anfang an und auf Augenhöhe gemäß dem Subsidiaritätsprinzip"
        " in die Konzeption und in die Entscheidungsprozesse des Kommunalen "
        "Integrationsmanagements eingebunden werden?"
    ),
    (
        "Inwieweit werden die Freie Wohlfahrtspflege und die Zivilgesellschaft an dem "
        "Neuausrichtungsprozess einschließlich der Erarbeitung der Förderrichtlinien für "
        "das Kommunale Integrationsmanagement beteiligt?"
    ),
    (
        "Welche konkreten Planungen verfolgt die Landesregierung hinsichtlich der "
        "Landeskoordinierungsstelle Kommunalen Integrationszentren (LaKI)?"
    ),
    ("Welche Änderungen plant die Landesregierung am Teilhabe- und Integrationsgesetz NRW?"),
]


def seed_inquiry(drucksache: str | None = "17/8765") -> Inquiry:
    """Build the seed (NRW Kleine Anfrage 3417) by hand, as the text importer reads it."""
    inquiry = Inquiry(
        "NW",
        "kleine-anfrage",
        term=17,
        number="3417",
        drucksache=drucksache,
        title=paragraph(SEED_TITLE),
        originators=[
            Originator("Berivan Aymaz", "BÜNDNIS 90/DIE GRÜNEN"),
            Originator("Sigrid Beer", "BÜNDNIS 90/DIE GRÜNEN"),
        ],
        lead_in="Vor diesem Hintergrund fragen wir die Landesregierung:",
        signature=["Berivan Aymaz", "Sigrid Beer"],
    )
    inquiry.dates.signed = inquiry.dates.issued = date(2020, 2, 19)
    inquiry.preamble = [
        Paragraph([Run(item) if isinstance(item, str) else item for item in items])
        for items in _PREAMBLE
    ]
    inquiry.questions = [Question([paragraph(text)]) for text in _QUESTIONS]
    inquiry.footnotes = {
        str(number): Footnote(str(number), [paragraph(url)])
        for number, url in enumerate(SEED_URLS, start=1)
    }
    return inquiry


def many_notes_inquiry(count: int = 60) -> Inquiry:
    """Build an inquiry with `count` notes in title, preamble and questions; ids run backwards.

    Note texts say "Quelle N" where N is the number the note must get by position.
    """
    ids = [f"n{count - index}" for index in range(count)]  # ids never match numbers
    inquiry = Inquiry("NW", "kleine-anfrage", term=18, number="12", title=paragraph("Viele"))
    inquiry.originators = [Originator("Anna Beispiel", "SPD")]
    inquiry.lead_in = "Ich frage die Landesregierung:"
    inquiry.signature = ["Anna Beispiel"]
    inquiry.title.inlines.append(FootnoteRef(ids[0]))
    position = 1
    for block in range(min(9, (count - 1) // 3)):
        inlines: list = [Run("Absatz "), Run(f"fett {block}", bold=True)]
        for _ in range(3):
            inlines += [Run(" kursiv", italic=True), FootnoteRef(ids[position])]
            position += 1
        inlines.append(Run(" und fett-kursiv", bold=True, italic=True))
        style = ParagraphStyle.QUOTE if block % 4 == 3 else ParagraphStyle.BODY
        inquiry.preamble.append(Paragraph(inlines, style))
    while position < count:
        question = Question([Paragraph([Run("Frage "), FootnoteRef(ids[position]), Run("?")])])
        position += 1
        for _ in range(2):
            if position < count:
                sub = Paragraph([Run("Teil", italic=True), FootnoteRef(ids[position])])
                question.subquestions.append([sub])
                position += 1
        inquiry.questions.append(question)
    numbers = {fid: index + 1 for index, fid in enumerate(ids)}
    inquiry.footnotes = {
        fid: Footnote(fid, [paragraph(f"Quelle {numbers[fid]}")]) for fid in reversed(ids)
    }
    return inquiry
