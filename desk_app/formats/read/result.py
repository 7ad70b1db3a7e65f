"""What an importer returns: the inquiry and a short report for the user."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.model import Inquiry

# A report is read by a person: past this many lines, more say nothing new (a huge
# document once printed 65 MB of doubts), so the rest is only counted.
MAX_LINES = 200


@dataclass(slots=True)
class Report:
    """Collect what an importer recognised and what it was unsure of, in German."""

    recognised: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)
    left_out: list[int] = field(default_factory=lambda: [0, 0])
    title_guessed: bool = False  # kept apart from the lines, which may be cut

    def found(self, line: str) -> None:
        """Note something the importer recognised."""
        self._add(self.recognised, 0, line)

    def doubt(self, line: str) -> None:
        """Note something the user should check."""
        self._add(self.uncertain, 1, line)

    def _add(self, lines: list[str], which: int, line: str) -> None:
        """Append a line, or past the limit count it in the last line instead."""
        if len(lines) < MAX_LINES:
            lines.append(line)
            return
        self.left_out[which] += 1
        count = self.left_out[which]
        summary = f"{count} weitere {'Zeile' if count == 1 else 'Zeilen'} des Berichts ausgelassen."
        if count == 1:
            lines.append(summary)
        else:
            lines[-1] = summary


@dataclass(slots=True)
class ImportResult:
    """Hold an imported inquiry with the importer's report."""

    inquiry: Inquiry
    recognised: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)

    @property
    def report(self) -> list[str]:
        """Return the report lines: what was recognised, then what is uncertain."""
        return [*self.recognised, *(f"Unsicher: {line}" for line in self.uncertain)]


def shorten(text: str, limit: int = 60) -> str:
    """Return text cut to a limit with an ellipsis, for report lines."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
