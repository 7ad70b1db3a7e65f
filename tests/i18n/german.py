"""Find German words in text that should be English: a test helper, not a language detector.

Common German function words and the app's own domain words are looked for
as whole words, and any word with ä, ö, ü or ß; names that stay German in
every language (institutions, laws, Drucksache, Wahlperiode) are allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD_LIST = """
    der das den dem des ein eine einer eines einem einen und oder nicht ist sind wird werden
    mit für von vom zum zur bei nach vor bis auf aus über unter noch schon kein keine keiner
    wenn dann auch nur wie als ob sich sie wir ich
    frist fristende fristbeginn beginn regel quelle sicherheit hinweis bestätigt unbestätigt
    sekundärquelle tage woche wochen monat monate arbeitstag arbeitstage werktag werktage
    weiterleitung einreichung ausgabe verlängerung antwort anfrage anfragen fragen frage
    unterfrage unterfragen fußnote fußnoten datei datum fehler gespeichert speichern öffnen
    fällig überfällig heute stellungnahme gezählt folgetag übersprungen feiertag nächster
"""
GERMAN_WORDS = frozenset(_WORD_LIST.split())
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def german_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """Return the words of a text that look German, after removing the allowed phrases."""
    for phrase in sorted(allowed, key=len, reverse=True):
        text = text.replace(phrase, " ")
    found = []
    for word in _WORD.findall(text):
        if word.lower() in GERMAN_WORDS or re.search("[äöüßÄÖÜ]", word):
            found.append(word)
    return found
