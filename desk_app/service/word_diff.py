"""Compare two texts word by word: what stayed, what was inserted, what was removed."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class DiffPiece:
    """Hold a stretch of text that stayed, was inserted since a revision, or was removed."""

    kind: Literal["same", "inserted", "removed"]
    text: str


# Words (with inner hyphens or apostrophes), single punctuation marks, whitespace:
# "es?" against "es heute?" is one inserted word, not a changed one.
_TOKEN = re.compile(r"\s+|\w+(?:[-'’]\w+)*|[^\w\s]")


def word_diff(old: str, new: str) -> list[DiffPiece]:
    """Compare two texts word by word: what `new` added is inserted, what it lost removed."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    pieces: list[DiffPiece] = []
    # Lines first, then words within changed lines: long texts stay fast.
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag == "equal":
            pieces.append(DiffPiece("same", "".join(old_lines[i1:i2])))
        else:
            pieces += _word_pieces("".join(old_lines[i1:i2]), "".join(new_lines[j1:j2]))
    return _merged(pieces)


def _word_pieces(old: str, new: str) -> list[DiffPiece]:
    old_words, new_words = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    pieces = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(DiffPiece("same", "".join(old_words[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(DiffPiece("removed", "".join(old_words[i1:i2])))
        if j2 > j1:
            pieces.append(DiffPiece("inserted", "".join(new_words[j1:j2])))
    return pieces


def _merged(pieces: Iterable[DiffPiece]) -> list[DiffPiece]:
    """Join neighbours of one kind; drop empty pieces."""
    merged: list[DiffPiece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if merged and merged[-1].kind == piece.kind:
            merged[-1] = DiffPiece(piece.kind, merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged
