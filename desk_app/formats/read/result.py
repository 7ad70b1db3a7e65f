"""What an importer returns: the inquiry and a short report for the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from desk_app.i18n import N_, _, ngettext
from desk_app.model import Inquiry

# A report is read by a person: past this many lines, more say nothing new (a huge
# document once printed 65 MB of doubts), so the rest is only counted.
MAX_LINES = 200


class Confidence(Enum):
    """Say how sure an importer is of one field; the value is the German word shown."""

    CERTAIN = N_("sicher")
    GUESSED = N_("vermutet")
    MISSING = N_("nicht gefunden")

    @property
    def key(self) -> str:
        """Return the stable English key of `--json` output: certain, guessed or missing."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class FieldMark:
    """Hold what an importer said about one field: its confidence and why."""

    confidence: Confidence
    detail: str = ""


class ReportLines(list[str]):
    """Keep a report's lines together with the report they belong to.

    The readers hand `report.recognised` to `ImportResult`, not the report
    itself; through this back-reference the result still finds the report's
    field marks and `title_guessed`.
    """

    __slots__ = ("report",)

    def __init__(self, lines: list[str], report: Report) -> None:
        super().__init__(lines)
        self.report = report


@dataclass(slots=True)
class Report:
    """Collect what an importer recognised and what it was unsure of, in German."""

    recognised: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)
    left_out: list[int] = field(default_factory=lambda: [0, 0])
    title_guessed: bool = False  # kept apart from the lines, which may be cut
    marks: dict[str, FieldMark] = field(default_factory=dict)  # field name → what was said

    def __post_init__(self) -> None:
        self.recognised = ReportLines(self.recognised, self)

    def mark(self, name: str, confidence: Confidence, detail: str = "") -> None:
        """Say how sure the importer is of one field (e.g. "title", "dates.signed"); last wins."""
        self.marks[name] = FieldMark(confidence, detail)

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
        summary = ngettext(
            "{count} weitere Zeile des Berichts ausgelassen.",
            "{count} weitere Zeilen des Berichts ausgelassen.",
            count,
        ).format(count=count)
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
    source: Report | None = None  # the report itself, with its field marks

    def __post_init__(self) -> None:
        if self.source is None:
            self.source = getattr(self.recognised, "report", None)
        if self.source is None:  # made from bare lines: a report that only has the lines
            self.source = Report(list(self.recognised), list(self.uncertain))

    @property
    def report(self) -> list[str]:
        """Return the report lines: what was recognised, then what is uncertain."""
        return [
            *self.recognised,
            *(_("Unsicher: {line}").format(line=line) for line in self.uncertain),
        ]

    @property
    def full_report(self) -> Report:
        """Return the importer's report, with its field marks and whether the title was guessed."""
        assert self.source is not None, "set in __post_init__"
        return self.source


def shorten(text: str, limit: int = 60) -> str:
    """Return text cut to a limit with an ellipsis, for report lines."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
