"""Recognise list labels typed as text ("1.", "a)") where no list numbering carries them."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from desk_app.model import Inline, Run

_NUMBER = re.compile(r"\s*(\d{1,3})[.)][ \t\u00a0]+(?=\S)")
# Letters only with a parenthesis: "z. B." must not start a list.
_LETTER = re.compile(r"\s*\(?([a-z]{1,2})\)[ \t\u00a0]+(?=\S)")


@dataclass(slots=True)
class LabelSequence:
    """Accept typed labels only in sequence, so "17. Wahlperiode" or "2. Halbjahr" stay text."""

    last_number: int = 0
    last_letter: str = ""

    def match(self, text: str) -> tuple[str, int] | None:
        """Return a label that continues the sequence and the length of its prefix, else None."""
        number = _NUMBER.match(text)
        if number and int(number.group(1)) in (1, self.last_number + 1):
            self.last_number, self.last_letter = int(number.group(1)), ""
            return number.group(1), number.end()
        letter = _LETTER.match(text)
        if letter and letter.group(1) in ("a", _next_letter(self.last_letter)):
            self.last_letter = letter.group(1)
            return letter.group(1), letter.end()
        return None

    def reset(self) -> None:
        """Forget the sequence (a paragraph outside any list came between)."""
        self.last_number, self.last_letter = 0, ""


def _next_letter(letter: str) -> str:
    """Return the letter label after another ("a" → "b", "z" → "aa"); "" gives "a"."""
    if not letter:
        return "a"
    letters = string.ascii_lowercase
    if letter[-1] != "z":
        return letter[:-1] + letters[letters.index(letter[-1]) + 1]
    return "a" * (len(letter) + 1)


def drop_prefix(inlines: list[Inline], count: int) -> list[Inline]:
    """Return inlines without their first `count` characters (a typed list label)."""
    result: list[Inline] = []
    for item in inlines:
        if count > 0 and isinstance(item, Run):
            cut = min(count, len(item.text))
            count -= cut
            if item.text[cut:]:
                result.append(Run(item.text[cut:], item.bold, item.italic))
        else:
            result.append(item)
    return result
