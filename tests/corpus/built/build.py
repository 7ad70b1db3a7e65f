"""Build the NRW pair from the seed inquiry in the Landtag's printed form (see README.md).

    .venv/bin/python tests/corpus/built/build.py     rewrites the two .txt files beside it

The inquiry's words, notes and page division are the seed's (resources/seed/); the page
furniture follows the Landtag's layout (resources/parliaments/NW/parliament.toml
[layout], docs/DOMAIN.md §3). The answer's own sentences are not the government's: they
are the ones tests/cli/test_answer_import.py already uses.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
SEED = HERE.parents[2] / "resources" / "seed" / "nw_17_kleine_anfrage_3417.md"

# Not the real numbers (the seed prints none): the ones the project's answer test uses.
INQUIRY_DRUCKSACHE = "17/8765"
ANSWER_DRUCKSACHE = "17/9012"
WIDTH = 95  # characters per line, about what Arial 11 pt fills on an A4 line


def seed_parts() -> dict[str, object]:
    """Split the seed into its printed parts, keeping its page division."""
    text = SEED.read_text(encoding="utf-8")
    text = re.sub(r"<sup>(\d+)</sup>", r"\1", text)  # a raised marker is a digit in a text layer
    before_footer, after_footer = text.split(
        "Datum des Originals: 19.02.2020/Ausgegeben: 19.02.2020"
    )
    page2, page3 = after_footer.split("\n---\n")
    notes = re.findall(r"^(\d) <(.+?)>$", page3, flags=re.M)
    page3 = re.sub(r"^\d <.+?>$", "", page3, flags=re.M)
    title = re.search(r"### \*\*(.+?)\*\*", before_footer).group(1)
    page1_body = before_footer.split("**", 2)[2].strip()
    lead_in = "Vor diesem Hintergrund fragen wir die Landesregierung:"
    closing, questions_and_names = page3.split(lead_in)
    questions = re.findall(r"^\d\. .+$", questions_and_names, flags=re.M)
    return {
        "title": title,
        "page1": paragraphs(page1_body),
        "page2": paragraphs(page2),
        "closing": paragraphs(closing),
        "lead_in": lead_in,
        "questions": questions,
        "notes": notes,
    }


def paragraphs(text: str) -> list[str]:
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]


def wrap(paragraph: str) -> list[str]:
    return textwrap.wrap(paragraph, WIDTH, break_on_hyphens=False)


def lines_of(paragraph_list: list[str]) -> list[str]:
    return [line for paragraph in paragraph_list for line in wrap(paragraph)]


def running_header(drucksache: str, page: int) -> str:
    return f"LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode - {page} - Drucksache {drucksache}"


def first_header(drucksache: str, day: str) -> list[str]:
    head = ["LANDTAG NORDRHEIN-WESTFALEN", "17. Wahlperiode", ""]
    return [*head, f"Drucksache {drucksache}", "", day, ""]


def note_lines(notes: list[tuple[str, str]]) -> list[str]:
    return ["", *(f"{number} {url}" for number, url in notes)]


def question_lines(question: str) -> list[str]:
    return [*wrap(question), ""]


def inquiry(seed: dict) -> str:
    page1 = [
        *first_header(INQUIRY_DRUCKSACHE, "19.02.2020"),
        "Kleine Anfrage 3417",
        "",
        "der Abgeordneten Berivan Aymaz und Sigrid Beer BÜNDNIS 90/DIE GRÜNEN",
        "",
        *wrap(seed["title"]),
        "",
        *lines_of(seed["page1"]),
        "",
        "Datum des Originals: 19.02.2020/Ausgegeben: 19.02.2020",
    ]
    page2 = [running_header(INQUIRY_DRUCKSACHE, 2), "", *lines_of(seed["page2"])]
    page2 += note_lines(seed["notes"])
    page3 = [
        running_header(INQUIRY_DRUCKSACHE, 3),
        "",
        *lines_of(seed["closing"]),
        "",
        seed["lead_in"],
        "",
        *(line for question in seed["questions"] for line in question_lines(question)),
        "Berivan Aymaz",
        "Sigrid Beer",
    ]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f" + "\n".join(page3) + "\n"


ANSWERS = {  # tests/cli/test_answer_import.py
    "2": [
        "Die Fragen 1 und 2 werden aufgrund des Sachzusammenhangs gemeinsam beantwortet.",
        "Die Ressorts stimmen sich regelmäßig ab; die Träger werden beteiligt.",
    ],
    "3": ["Die Förderrichtlinien werden mit den Spitzenverbänden erörtert."],
    "4": ["Die LaKI bleibt bestehen."],
    "5": ["Derzeit keine."],
}


def answer(seed: dict) -> str:
    page1 = [
        *first_header(ANSWER_DRUCKSACHE, "20.03.2020"),
        "Antwort",
        "",
        "der Landesregierung",
        "",
        "auf die Kleine Anfrage 3417 vom 19. Februar 2020",
        "der Abgeordneten Berivan Aymaz und Sigrid Beer BÜNDNIS 90/DIE GRÜNEN",
        f"Drucksache {INQUIRY_DRUCKSACHE}",
        "",
        *wrap(seed["title"]),
        "",
        *wrap(
            "Der Minister für Kinder, Familie, Flüchtlinge und Integration hat die Kleine Anfrage"
            " 3417 mit Schreiben vom 20. März 2020 namens der Landesregierung beantwortet."
        ),
        "",
        "Vorbemerkung der Kleinen Anfrage",
        "",
        *lines_of(seed["page1"]),
        "",
        "Datum des Originals: 20.03.2020/Ausgegeben: 20.03.2020",
    ]
    page2 = [running_header(ANSWER_DRUCKSACHE, 2), "", *lines_of(seed["page2"])]
    page2 += note_lines(seed["notes"])
    body = [running_header(ANSWER_DRUCKSACHE, 3), "", *lines_of(seed["closing"]), ""]
    body += ["Vorbemerkung der Landesregierung", ""]
    body += ["Die Landesregierung misst der Freien Wohlfahrtspflege eine große Bedeutung bei.", ""]
    for question in seed["questions"]:
        body += question_lines(question)
        for sentence in ANSWERS.get(question.split(".")[0], []):
            body += [*wrap(sentence), ""]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f" + "\n".join(body).rstrip() + "\n"


def main() -> None:
    seed = seed_parts()
    (HERE / "nw_17_3417_kleine_anfrage.txt").write_text(inquiry(seed), encoding="utf-8")
    (HERE / "nw_17_3417_antwort.txt").write_text(answer(seed), encoding="utf-8")


if __name__ == "__main__":
    main()
