"""The document an export starts from: our A4 house base, or a user's Word template.

The house base is written as strings and needs no XML library; a user's
template has to be read and merged, so its module (and lxml) is imported
only when a template is given.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from desk_app.formats.write.docx.content import Content
from desk_app.formats.write.docx.house import HouseBase
from desk_app.formats.write.docx.styles import Role
from desk_app.formats.write.docx.wml import Rels
from desk_app.rules.page_style import PageGeometry, Typography


class Base(Protocol):
    """Say what the writer needs from a base and let the base package the result."""

    styles: dict[Role, str]  # the style id each role resolves to
    keeps_headers: bool  # a template's own letterhead stays instead of ours
    document_rels: Rels
    notes_rels: Rels
    first_note_id: int
    abstract_id: int
    num_id: int
    width: int  # between the margins, in twips

    def finish(self, content: Content) -> bytes:
        """Return the DOCX package with the written content."""
        ...


def open_base(
    font: str,
    template: Path | None = None,
    page: PageGeometry | None = None,
    typography: Typography | None = None,
) -> Base:
    """Return a fresh base: the house base in the layout, or the user's template."""
    if template is None:
        return HouseBase(font, page, typography)
    from desk_app.formats.write.docx.template import TemplateBase  # reads XML: lxml

    return TemplateBase.open(template, typography)
