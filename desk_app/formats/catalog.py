"""Which function reads or writes which format: one table, no if/elif over formats."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.formats.write.output import ExportOptions, Rendered, Step
from desk_app.formats.write.plan_parts import LayoutName
from desk_app.i18n import _
from desk_app.model import DeskError

if TYPE_CHECKING:
    # Types only: the command line's parser reads this table for the format names,
    # and must not pay for the profile loader (~30 ms) to know them.
    from desk_app.formats.read.result import ImportResult
    from desk_app.model import Inquiry
    from desk_app.rules.registry import ProfileRegistry

Render = Callable[["Inquiry", "ProfileRegistry", ExportOptions], Rendered]
Read = Callable[[Path, "ProfileRegistry", str | None, str | None], "ImportResult"]


def _lazy(module: str, name: str) -> Callable[..., Any]:
    """Return a function that imports module.name at its first call.

    Importing every reader and writer (reportlab, python-docx, the PDF reader, icalendar)
    cost ~180 ms of the window's start-up (bench/bench_startup.py) before any
    of them is needed; a command exporting one format loads only that one.
    """

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(f"desk_app.formats.{module}"), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


@dataclass(frozen=True, slots=True)
class Exporter:
    """Name an export format, its file suffix and the function that renders it."""

    name: str
    suffix: str
    label: str
    render: Render
    takes_template: bool = False


def _markdown(inquiry: Inquiry, registry: ProfileRegistry, options: ExportOptions) -> Rendered:
    """Render the Markdown form (it has no page layout), or the readable view of the answer."""
    if options.layout == LayoutName.ANSWER:
        from desk_app.formats.write.markdown.answer import to_markdown_answer

        text = to_markdown_answer(inquiry, registry.get(inquiry.parliament))
        return Rendered(text.encode("utf-8"))
    from desk_app.formats.write.markdown.inquiry import to_markdown

    return Rendered(to_markdown(inquiry, registry).encode("utf-8"))


def _text_file(
    path: Path, registry: ProfileRegistry, parliament: str | None, kind: str | None
) -> ImportResult:
    """Read a Markdown or plain-text file."""
    from desk_app.formats.read.text.reader import from_text, read_text_file

    return from_text(read_text_file(path), registry, parliament=parliament, kind=kind)


def _ics(inquiry: Inquiry, registry: ProfileRegistry, _options: ExportOptions) -> Rendered:
    """Render the due date as a calendar file (it has no page layout)."""
    from desk_app.formats.write.ics.calendar import to_ics

    return Rendered(to_ics(inquiry, registry))


EXPORTERS: dict[str, Exporter] = {
    "md": Exporter("md", "md", "Markdown", _markdown),
    "docx": Exporter(
        "docx", "docx", "Word (DOCX)", _lazy("write.docx.writer", "render_docx"), True
    ),
    "pdf": Exporter("pdf", "pdf", "PDF", _lazy("write.pdf.writer", "pdf_exporter")),
    "ics": Exporter("ics", "ics", "Kalender (ICS)", _ics),
}

IMPORTERS: dict[str, Read] = {
    ".md": _text_file,
    ".markdown": _text_file,
    ".txt": _text_file,
    "": _text_file,
    ".docx": _lazy("read.docx.reader", "from_docx"),
    ".pdf": _lazy("read.pdf.reader", "from_pdf"),
}


def render_inquiry(
    inquiry: Inquiry,
    fmt: str,
    registry: ProfileRegistry,
    layout: str | None = None,
    template: Path | None = None,
    step: Step | None = None,
) -> Rendered:
    """Render an inquiry in a format named in EXPORTERS, with the writer's warnings.

    `step` is told how far a long layout has come, and may raise to stop it.
    """
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        known = ", ".join(sorted(EXPORTERS))
        raise DeskError(
            _("Das Format „{fmt}“ gibt es nicht (möglich: {known}).").format(fmt=fmt, known=known)
        )
    if template is not None and not exporter.takes_template:
        raise DeskError(_("Eine eigene Vorlage gibt es nur für Word-Dateien (--format docx)."))
    return exporter.render(inquiry, registry, ExportOptions(layout, template, step))


def export_inquiry(
    inquiry: Inquiry, fmt: str, registry: ProfileRegistry, layout: str | None = None
) -> bytes:
    """Render an inquiry in a format named in EXPORTERS and return only the bytes."""
    return render_inquiry(inquiry, fmt, registry, layout).data


def import_file(
    path: Path,
    registry: ProfileRegistry,
    parliament: str | None = None,
    kind: str | None = None,
) -> ImportResult:
    """Read a file with the importer its suffix names."""
    if not path.exists():
        raise DeskError(_("Die Datei {path} gibt es nicht.").format(path=path))
    if path.is_dir():
        raise DeskError(_("{path} ist ein Ordner, keine Datei.").format(path=path))
    reader = IMPORTERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(suffix for suffix in IMPORTERS if suffix))
        raise DeskError(
            _(
                "Dateien der Art „{suffix}“ kann Anfragen-Desk nicht einlesen (möglich: {known})."
            ).format(suffix=path.suffix, known=known)
        )
    if parliament is not None:
        registry.get(parliament)  # an unknown id is refused before anything is read
    return reader(path, registry, parliament, kind)
