"""Export use cases: render in any format and layout, with the user's Word template, atomically."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from desk_app.formats.catalog import render_inquiry
from desk_app.formats.safe_write import write_atomically
from desk_app.formats.write.plan import choose_layout
from desk_app.i18n import _
from desk_app.model import Inquiry
from desk_app.rules.calendar_days import ExtraDay
from desk_app.rules.deadline_status import is_open
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry
from desk_app.service.format_names import EXPORT_FORMATS, export_formats
from desk_app.service.outcomes import ExportOutcome
from desk_app.service.progress import Progress, counted
from desk_app.storage import InquiryStore

__all__ = ["EXPORT_FORMATS", "choose_layout", "export_formats", "markdown_text", "preview_pdf"]


def markdown_text(inquiry: Inquiry) -> str:
    """Return the Markdown form of an inquiry (the history shows revisions in it)."""
    from desk_app.formats.write.markdown.inquiry import to_markdown

    return to_markdown(inquiry)


def preview_pdf(
    inquiry: Inquiry,
    parliament: Parliament,
    layout: str | None,
    progress: Progress | None = None,
) -> bytes:
    """Return the PDF the preview (and printing) shows; reportlab loads at the first call.

    With `progress`, the layout reports the parts set and stops (Cancelled) when asked.
    """
    from desk_app.formats.write.pdf.writer import to_pdf

    return to_pdf(inquiry, parliament, layout, layout_steps(progress))


def render(
    registry: ProfileRegistry,
    inquiry: Inquiry,
    fmt: str,
    layout: str | None,
    template: Path | None,
    progress: Progress | None = None,
) -> tuple[bytes, list[str]]:
    """Return an inquiry's bytes in a format, with the writer's warnings."""
    rendered = render_inquiry(inquiry, fmt, registry, layout, template, layout_steps(progress))
    return rendered.data, list(rendered.warnings)


def layout_steps(progress: Progress | None) -> Callable[[int, int], None] | None:
    """Return what a writer tells of its layout, as progress reports ("120 von 800 Teilen …")."""
    if progress is None:
        return None
    reporting = progress

    def step(done: int, total: int) -> None:
        text = _("{done} von {total} Teilen gesetzt …").format(
            done=counted(done), total=counted(total)
        )
        reporting.report(done, total, text)

    return step


def export(
    registry: ProfileRegistry,
    inquiry: Inquiry,
    fmt: str,
    path: Path,
    layout: str | None,
    template: Path | None,
    progress: Progress | None = None,
) -> ExportOutcome:
    """Render an inquiry and write it atomically; return the path and the warnings.

    A stop asked while it renders (`progress`) raises Cancelled and writes nothing.
    """
    data, warnings = render(registry, inquiry, fmt, layout, template, progress)
    if progress is not None:
        progress.settle()  # the last moment to stop: from here the file is written whole
    write_atomically(path, data)
    return ExportOutcome(path, warnings)


def save_text(path: Path, text: str) -> None:
    """Write a text file (UTF-8) atomically: a table, a CSV of figures; raise a DeskError."""
    write_atomically(path, text.encode("utf-8"))


def export_calendar(
    registry: ProfileRegistry,
    inquiries: Iterable[Inquiry],
    path: Path,
    extra_days: tuple[ExtraDay, ...],
) -> ExportOutcome:
    """Write one calendar with the due date of each inquiry."""
    from desk_app.formats.write.ics.calendar import DEFAULT_ALARM_DAYS, calendar_for

    data = calendar_for(inquiries, registry, alarm_days=DEFAULT_ALARM_DAYS, extra_days=extra_days)
    write_atomically(path, data)
    return ExportOutcome(path)


def open_inquiries(store: InquiryStore) -> Iterator[Inquiry]:
    """Yield every inquiry not answered or withdrawn with its numbers, title and dates only."""
    # Deadlines and the calendar need no more; decoding each whole inquiry made
    # a calendar of 10,000 take seconds. Without their text, these are never saved.
    for inquiry in store.open_dates():
        if is_open(inquiry):
            yield inquiry
