"""Build Hamburg's Drs. 23/4418 in the Bürgerschaft's printed form, from its archive Markdown.

    .venv/bin/python tests/corpus/built/build_hh.py     rewrites hh_23_4418_… beside it

The words are the corpus document's (tests/corpus/documents/hh_23_4418_…, the
"ska_archiv" Markdown of the same Drucksache), unchanged; the page furniture and the
labels follow the Bürgerschaft's printed form (README.md says which evidence).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
SOURCE = HERE.parent / "documents" / "hh_23_4418_schriftliche_kleine_anfrage_mit_antwort.txt"
TARGET = HERE / "hh_23_4418_schriftliche_kleine_anfrage_mit_antwort.txt"
WIDTH = 88  # characters per line, about what the Bürgerschaft's text column holds
FIRST_PAGE = 50  # lines on page 1, its head included
PAGE = 58  # lines on every later page, below the running header
NAME = "Bürgerschaft der Freien und Hansestadt Hamburg"


def sections(text: str) -> dict[str, object]:
    """Return the archive document's parts: title, head line, preamble, questions, answers."""
    body = text.split("\n---\n", 1)[1]
    title = found(r"^# Drs\. [\d/]+: (.+)$", body)
    head = found(r"^> (.+?) · Drucksache vom", body)
    intro = body.split("## Einleitung für die Fragen\n", 1)[1].split("## Fragen und Antworten")[0]
    blocks = re.split(r"^(#{3,4} .+)$", body.split("## Fragen und Antworten\n", 1)[1], flags=re.M)
    parts: list[tuple[str, list[str]]] = []
    for heading, content in zip(blocks[1::2], blocks[2::2], strict=True):
        parts.append((heading.lstrip("# ").strip(), paragraphs(content)))
    return {"title": title, "head": head, "intro": paragraphs(intro), "parts": parts}


def found(pattern: str, text: str) -> str:
    match = re.search(pattern, text, flags=re.M)
    if match is None:
        raise SystemExit(f"{SOURCE.name}: no line matches {pattern}")
    return match.group(1)


def paragraphs(text: str) -> list[str]:
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]


def wrap(paragraph: str, first: str = "") -> list[str]:
    return textwrap.wrap(f"{first}{paragraph}", WIDTH, break_on_hyphens=False)


def printed_lines(parts: dict[str, object]) -> list[str]:
    """Return the body lines as the Bürgerschaft prints them, after the page-1 head."""
    head = str(parts["head"])
    kind, rest = head.split(" der Abgeordneten ", 1)
    people, answer = rest.split(" und Antwort des Senats", 1)
    lines = [kind, f"der Abgeordneten {people}", f"und Antwort des Senats{answer}", ""]
    lines += [*wrap(str(parts["title"]), "Betr.: "), ""]
    lines.append("Einleitung für die Fragen:")
    for paragraph in parts["intro"]:  # type: ignore[attr-defined]
        lines += wrap(paragraph)
    lines.append("")
    for heading, content in parts["parts"]:  # type: ignore[attr-defined]
        if heading.startswith("Frage "):
            lines += wrap(content[0], f"{heading}: ")
            for paragraph in content[1:]:
                lines += wrap(paragraph)
        else:
            lines.append(f"{heading}:")
            for paragraph in content:
                lines += wrap(paragraph)
        lines.append("")
    return lines


def paged(drucksache: str, term: int, issued: str, body: list[str]) -> str:
    """Return the text layer: page 1 with its head, later pages with the running header."""
    pages = [
        [
            f"BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache {drucksache}",
            f"{term}. Wahlperiode {issued}",
            "",
        ]
    ]
    for line in body:
        limit = FIRST_PAGE if len(pages) == 1 else PAGE + 2
        if len(pages[-1]) >= limit:
            number = len(pages) + 1
            even = f"Drucksache {drucksache} {NAME} – {term}. Wahlperiode {number}"
            odd = f"{NAME} – {term}. Wahlperiode Drucksache {drucksache} {number}"
            pages.append([even if number % 2 == 0 else odd, ""])
        if line or pages[-1][-1]:
            pages[-1].append(line)
    return "\f".join("\n".join(page).rstrip("\n") + "\n" for page in pages)


def main() -> None:
    parts = sections(SOURCE.read_text(encoding="utf-8"))
    text = paged("23/4418", 23, "19.06.26", printed_lines(parts))
    TARGET.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
