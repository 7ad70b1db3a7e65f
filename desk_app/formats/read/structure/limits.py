"""Refuse documents far larger than any inquiry before the structure is built from them.

Every step after reading copies each paragraph and each inline a few times
(the canonical form, the store's codec); a document of millions of them
costs minutes and gigabytes while no inquiry or answer comes near it.
"""

from __future__ import annotations

from collections.abc import Iterable

from desk_app.formats.blocks import Block
from desk_app.i18n import _
from desk_app.model import DeskError, Run

MAX_BLOCKS = 100_000  # paragraphs, items and notes; the 10,000-note export has about 30,000
MAX_INLINES = 300_000  # runs and footnote references together
MAX_CHARACTERS = 20_000_000  # as much as the largest text file that is read


class Budget:
    """Count what a reader has produced so far and refuse as soon as a limit is passed."""

    def __init__(self) -> None:
        self.blocks = 0
        self.inlines = 0
        self.characters = 0

    def add(self, blocks: Iterable[Block]) -> None:
        """Count more blocks; raise a DeskError once the document is larger than any inquiry."""
        for block in blocks:
            self.blocks += 1
            self.inlines += len(block.inlines)
            self.characters += sum(len(i.text) for i in block.inlines if isinstance(i, Run))
        if self.blocks > MAX_BLOCKS:
            raise DeskError(
                _(
                    "Das Dokument hat mehr als {count} Absätze; "
                    "so umfangreich ist keine Anfrage, es wird nicht eingelesen."
                ).format(count=_german(MAX_BLOCKS))
            )
        if self.inlines > MAX_INLINES:
            raise DeskError(
                _(
                    "Das Dokument hat mehr als {count} Textteile und Fußnotenzeichen; "
                    "so umfangreich ist keine Anfrage, es wird nicht eingelesen."
                ).format(count=_german(MAX_INLINES))
            )
        if self.characters > MAX_CHARACTERS:
            raise DeskError(
                _(
                    "Das Dokument hat mehr als {count} Zeichen; "
                    "so umfangreich ist keine Anfrage, es wird nicht eingelesen."
                ).format(count=_german(MAX_CHARACTERS))
            )


def check_size(blocks: list[Block]) -> None:
    """Raise a DeskError when a document holds more paragraphs, inlines or text than any inquiry."""
    Budget().add(blocks)


def _german(number: int) -> str:
    """Return a number with German thousands separators: 100.000."""
    return f"{number:,}".replace(",", ".")
