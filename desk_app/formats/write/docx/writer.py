"""Export an inquiry as a Word document with real footnotes, in the parliament's layout.

Everything printed comes from the shared render plan; this module only
decides how Word shows it. The result is bytes: writing them safely is the
caller's job (formats.safe_write).
"""

from __future__ import annotations

from pathlib import Path

from desk_app.formats.write.docx.answer import AnswerBodyWriter
from desk_app.formats.write.docx.base import open_base
from desk_app.formats.write.docx.body import BodyWriter, repeated_markers
from desk_app.formats.write.docx.content import Content
from desk_app.formats.write.docx.footnotes import Footnotes
from desk_app.formats.write.docx.numbering import question_list
from desk_app.formats.write.docx.page import header_stories
from desk_app.formats.write.docx.stable import core_xml
from desk_app.formats.write.docx.styles import Role, twips
from desk_app.formats.write.docx.text import ExportReport, TextWriter
from desk_app.formats.write.output import ExportOptions, Rendered
from desk_app.formats.write.plan import build_plan
from desk_app.model import Inquiry
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry


class DocxExport:
    """Hold an exported document and what the export had to change (in German)."""

    __slots__ = ("data", "warnings")

    def __init__(self, data: bytes, warnings: list[str] | None = None):
        self.data = data
        self.warnings = warnings if warnings is not None else []


def export_docx(
    inquiry: Inquiry,
    parliament: Parliament,
    layout: str | None = None,
    template: Path | None = None,
) -> DocxExport:
    """Render an inquiry as DOCX bytes and report characters that had to be dropped."""
    plan = build_plan(inquiry, parliament, layout)
    base = open_base(plan.font, template, plan.page, plan.typography)
    styles = base.styles
    report = ExportReport()

    notes = Footnotes(
        base.notes_rels, plan.notes, styles, report, repeated_markers(plan), base.first_note_id
    )
    questions = question_list(
        base.abstract_id,
        base.num_id,
        plan.subquestion_label,
        styles[Role.QUESTION],
        styles[Role.SUBQUESTION],
        twips(plan.typography.question_indent),
    )
    writer = TextWriter(base.document_rels, report, notes.marker, styles[Role.HYPERLINK])
    body = (AnswerBodyWriter if plan.answer is not None else BodyWriter)(writer, styles, questions)
    body.write(plan)
    stories = None if base.keeps_headers else header_stories(plan, styles, report, base.width)
    core = core_xml(plan.meta, report)
    return DocxExport(
        base.finish(Content(body.xml(), notes.xml(), questions, stories, core)), report.lines()
    )


def to_docx(
    inquiry: Inquiry,
    parliament: Parliament,
    layout: str | None = None,
    template: Path | None = None,
) -> bytes:
    """Return an inquiry as DOCX bytes (see export_docx for the warnings)."""
    return export_docx(inquiry, parliament, layout, template).data


def render_docx(inquiry: Inquiry, registry: ProfileRegistry, options: ExportOptions) -> Rendered:
    """Render DOCX for the export catalog, with the inquiry's parliament from the registry."""
    parliament = registry.get(inquiry.parliament)
    result = export_docx(inquiry, parliament, options.layout, options.template)
    return Rendered(result.data, tuple(result.warnings))
