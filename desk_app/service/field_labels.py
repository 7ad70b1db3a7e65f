"""The names the window gives the parts of an inquiry, and labels cut to a length.

The history and the conflict view both name the fields a change touched;
the names are marked here and translated where they are shown.
"""

from __future__ import annotations

from desk_app.i18n import N_, _

LABEL_LIMIT = 90  # characters of a label before it is cut at a word boundary

# The names the window uses for each part, marked here and translated where shown.
FIELD_NAMES = {
    "title": N_("Titel"),
    "originators": N_("Fragesteller"),
    "originator_intro": N_("Anrede der Fragesteller"),
    "faction": N_("Fraktion"),
    "preamble": N_("Vorbemerkung"),
    "lead_in": N_("Einleitungssatz"),
    "signature": N_("Unterschrift"),
    "sources": N_("Quellen"),
    "parliament": N_("Parlament"),
    "kind": N_("Art"),
    "term": N_("Wahlperiode"),
    "number": N_("Laufende Nummer"),
    "drucksache": N_("Drucksache"),
    "lead_ministry": N_("Federführendes Ministerium"),
    "withdrawn": N_("Zurückgezogen"),
    "answer": N_("Antwort"),
    "notes": N_("Notizen"),
}
DATE_NAMES = {
    "drafted": N_("Entworfen am"),
    "signed": N_("Unterzeichnet am"),
    "submitted": N_("Eingereicht am"),
    "forwarded": N_("Weitergeleitet am"),
    "issued": N_("Drucksache ausgegeben am"),
    "reprinted": N_("Neudruck am"),
    "due_override": N_("Fristende von Hand"),
    "extensions": N_("Verlängerungen"),
    "answered": N_("Beantwortet am"),
    "answer_drucksache": N_("Drucksache der Antwort"),
    "answer_issued": N_("Antwort ausgegeben am"),
    "untracked": N_("Nicht mehr verfolgen"),
}


def date_name(name: str) -> str:
    """Return the window's name of a date field."""
    return _(DATE_NAMES.get(name, N_("Daten")))


def field_name(name: str) -> str:
    """Return the window's name of a field of the inquiry (its texts or tracking data)."""
    return _(FIELD_NAMES.get(name, N_("Daten")))


def shorten(text: str, limit: int = LABEL_LIMIT) -> str:
    """Return text of at most `limit` characters, cut at a word boundary and ended with …."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > 0:
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…"
