"""Export an inquiry as PDF in the parliament's layout, with notes at the foot of their page."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from typing import Any, NamedTuple

from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError, PageTemplate

from desk_app.formats.write.output import ExportOptions, Rendered, Step
from desk_app.formats.write.pdf.answer import build_answer_story
from desk_app.formats.write.pdf.fonts import register_fonts
from desk_app.formats.write.pdf.footnote_frame import FootnoteFrame
from desk_app.formats.write.pdf.long_text import cut_long_paragraphs
from desk_app.formats.write.pdf.markup import FNREF
from desk_app.formats.write.pdf.notes import NoteLedger, Placement
from desk_app.formats.write.pdf.page import PageDecor, PageText, PdfPage, pdf_page
from desk_app.formats.write.pdf.story import ParagraphMaker, build_notes, build_story
from desk_app.formats.write.pdf.stream_filters import binary_streams
from desk_app.formats.write.pdf.styles import build_styles
from desk_app.formats.write.plan import RenderPlan, build_plan
from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

CREATOR = "Anfragen-Desk"
# The reproducible-builds convention: seconds since 1970 that stand for "now" in the metadata.
FIXED_DATE_VARIABLE = "SOURCE_DATE_EPOCH"
_LOG = logging.getLogger(__name__)


# A NamedTuple rather than a frozen dataclass: every PDF process builds it at import (~1 ms less).
class PdfRender(NamedTuple):
    """Hold a rendered PDF and where its markers and notes were drawn."""

    data: bytes
    placement: Placement


class _NoteDocTemplate(BaseDocTemplate):
    """Record, through the marker callback, the page each marker is really drawn on."""

    def __init__(self, stream: Any, ledger: NoteLedger, **kwargs: Any) -> None:
        super().__init__(stream, **kwargs)
        self._ledger = ledger

    def beforeDocument(self) -> None:
        self.canv.setNamedCB(FNREF, self._marker_drawn)

    def _marker_drawn(self, canv: Any, _kind: str, label: str) -> None:
        self._ledger.record_marker(label, canv.getPageNumber())


def to_pdf(
    inquiry: Inquiry, parliament: Parliament, layout: str | None = None, step: Step | None = None
) -> bytes:
    """Return the inquiry as PDF bytes in the requested (or the fitting) layout."""
    return export_pdf(inquiry, parliament, layout, step).data


def export_pdf(
    inquiry: Inquiry, parliament: Parliament, layout: str | None = None, step: Step | None = None
) -> Rendered:
    """Render the inquiry as PDF and say which notes could not stay on their marker's page."""
    result = render_pdf(build_plan(inquiry, parliament, layout), step)
    misplaced = result.placement.misplaced()
    if not misplaced:
        return Rendered(result.data)
    # A misplaced note is a layout defect, not a reason to withhold the document.
    _LOG.warning("PDF: Fußnoten nicht auf der Seite ihres Zeichens: %s", misplaced)
    numbers = ", ".join(str(number) for number in misplaced)
    warning = _("Fußnoten nicht auf der Seite ihres Zeichens: {numbers}.").format(numbers=numbers)
    return Rendered(result.data, (warning,))


def pdf_exporter(inquiry: Inquiry, registry: ProfileRegistry, options: ExportOptions) -> Rendered:
    """Render the PDF export for the exporter table."""
    return export_pdf(inquiry, registry.get(inquiry.parliament), options.layout, options.step)


def render_pdf(plan: RenderPlan, step: Step | None = None) -> PdfRender:
    """Lay out a render plan and return the PDF with the record of note placement.

    `step` hears how many of the story's parts are set as reportlab goes; an
    exception it raises (the user stopped) ends the layout, nothing returned.
    """
    faces = register_fonts()
    page = pdf_page(plan)  # the parliament's layout: margins, header room, sizes
    styles = build_styles(faces, plan.typography)
    maker = ParagraphMaker(faces, page.text_width)
    notes = build_notes(plan, styles, maker)
    decor_text = PageText(
        header_left=plan.header_left,
        header_right=[*plan.header_right, *([plan.reprint_mark] if plan.reprint_mark else [])],
        running_left=plan.running_header_left,
        running_right=plan.running_header_right,
        footer=plan.first_page_footer,
    )
    # A note taller than a third of a page may break at any page's foot; a shorter
    # one rather takes its marker line along to the next page.
    ledger = NoteLedger(notes, page.text_width, (page.later_frame_top - page.bottom) / 3)
    decor = PageDecor(decor_text, faces, ledger, page)
    check_fixed_date()  # reportlab would fail on a bad value with a traceback
    buffer = io.BytesIO()
    doc = _NoteDocTemplate(
        buffer,
        ledger,
        pagesize=(page.width, page.height),
        title=plan.meta.title,
        author=plan.meta.author,
        subject=plan.meta.subject,
        keywords=plan.meta.keywords,
        creator=CREATOR,
        # Not reportlab's invariant mode, which dates every PDF 2000-01-01: the real
        # time, or the fixed one asked for (reportlab reads the variable itself).
        invariant=0,
        initialFontName=faces.regular,
        lang="de-DE",
    )
    doc.addPageTemplates(_templates(decor, ledger, page))
    if step is not None:
        doc.setProgressCallBack(_progress_to(step))
    try:
        story = build_answer_story if plan.answer is not None else build_story
        with binary_streams():
            doc.build(cut_long_paragraphs(story(plan, styles, maker), page.text_width))
    except LayoutError as error:
        raise DeskError(_("Das PDF ließ sich nicht setzen: {error}").format(error=error)) from None
    return PdfRender(buffer.getvalue(), ledger.placement)


def _progress_to(step: Step) -> Callable[[str, int], None]:
    """Turn reportlab's progress calls (a size estimate, then parts done) into step(done, total)."""
    total = 0

    def heard(kind: str, value: int) -> None:
        nonlocal total
        if kind == "SIZE_EST":
            total = value
        elif kind == "PROGRESS":
            step(value, total)

    return heard


def check_fixed_date() -> int | None:
    """Return the fixed creation time that byte-stable output asks for, or None (the real time)."""
    raw = os.environ.get(FIXED_DATE_VARIABLE, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise DeskError(
            _(
                "{variable} muss eine ganze Zahl von Sekunden seit 1970 sein, nicht „{value}“."
            ).format(variable=FIXED_DATE_VARIABLE, value=raw)
        ) from None


def _templates(decor: PageDecor, ledger: NoteLedger, page: PdfPage) -> list[PageTemplate]:
    """Build the page-1 template and the template of every later page."""

    def frame(name: str, top: float) -> FootnoteFrame:
        return FootnoteFrame(
            page.left,
            page.bottom,
            page.text_width,
            top - page.bottom,
            0,
            0,
            0,
            0,
            id=name,
            ledger=ledger,
        )

    first = PageTemplate(
        "first",
        frames=[frame("first", decor.first_frame_top())],
        onPage=decor.first_page,
        onPageEnd=decor.notes,
        autoNextPageTemplate="later",
    )
    later = PageTemplate(
        "later",
        frames=[frame("later", page.later_frame_top)],
        onPage=decor.later_page,
        onPageEnd=decor.notes,
    )
    return [first, later]
