"""Join printed lines back into running text: line breaks, hyphens, URLs broken across lines."""

from __future__ import annotations

import re

from desk_app.model.links import WEB_START

# Words after which a line-end hyphen is an elided compound ("Teilhabe- und …"), never a break.
_CONJUNCTIONS = {"und", "oder", "bzw", "bzw.", "sowie", "beziehungsweise", "als", "wie", "noch"}
_URL_START = re.compile(WEB_START, re.IGNORECASE)  # matched against a whole word
_URL_BREAK = "/-_.?&=#"  # our exporter and Word break long URLs after these
_URL_CONTINUATION = re.compile(r"[\w\-./?&=#%~+:;,@!$*'()]+")
_SENTENCE_END = re.compile(r"[.!?:;\"“”»«)\]]\s*$")


def ends_sentence(text: str) -> bool:
    """Tell whether text ends like a finished sentence or list line."""
    return bool(_SENTENCE_END.search(text))


def joint(before: str, after: str, full: bool) -> tuple[str, bool]:
    """Return what goes between two lines ("\\n" or "") and whether to drop before's hyphen.

    `full` says the first line reaches the right margin, so a URL at its end
    was cut by the width, not finished.
    """
    before = before.rstrip()
    after = after.lstrip()
    last_word = before.rsplit(None, 1)[-1] if before.split() else ""
    first_word = after.split(None, 1)[0] if after.split() else ""
    url = _URL_START.match(last_word) and _URL_CONTINUATION.fullmatch(first_word)
    if url and (last_word[-1] in _URL_BREAK or full):
        return "", False
    if len(last_word) > 1 and last_word.endswith("-") and last_word[-2].isalpha() and first_word:
        if first_word.lower().rstrip(",.") in _CONJUNCTIONS:
            return "\n", False
        if first_word[0].islower() and last_word[-2].islower():
            return "", True  # a word hyphenated at the line end
        return "", False  # "Nordrhein-" + "Westfalen", "CDU-" + "geführte"
    return "\n", False
