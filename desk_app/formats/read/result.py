"""What an importer returns: the inquiry and a short report for the user."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.model import Inquiry


@dataclass(slots=True)
class Report:
    """Collect what an importer recognised and what it was unsure of, in German."""

    recognised: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)

    def found(self, line: str) -> None:
        """Note something the importer recognised."""
        self.recognised.append(line)

    def doubt(self, line: str) -> None:
        """Note something the user should check."""
        self.uncertain.append(line)


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
