"""Real Word footnotes: w:footnoteReference runs in the body, the notes in footnotes.xml.

Word and LibreOffice number notes by the position of their references, which
is the render plan's order, so the ids here are only links. A note referenced
a second time gets a NOTEREF field to its first reference, because a Word
footnote can have only one reference.
"""

from __future__ import annotations

from collections.abc import Mapping

from desk_app.formats.write.docx.escape import attr
from desk_app.formats.write.docx.styles import Role
from desk_app.formats.write.docx.text import ExportReport, TextWriter
from desk_app.formats.write.docx.wml import Paragraph, Rels, ppr_style
from desk_app.formats.write.plan import PlannedNote

SPECIAL_TYPES = ("separator", "continuationSeparator", "continuationNotice")
# Word's convention: the separator is note -1, the continuation separator note 0.
SEPARATOR_IDS = (("separator", "-1"), ("continuationSeparator", "0"))


def separator(kind: str, note_id: str) -> str:
    """Return a separator note: the short line above the notes."""
    return (
        f'<w:footnote w:type="{kind}" w:id="{note_id}"><w:p><w:pPr>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f"<w:r><w:{kind}/></w:r></w:p></w:footnote>"
    )


def footnote_properties(separator_id: str, continuation_id: str) -> str:
    """Return the settings' w:footnotePr naming the two separator notes."""
    return (
        f'<w:footnotePr><w:footnote w:id="{separator_id}"/>'
        f'<w:footnote w:id="{continuation_id}"/></w:footnotePr>'
    )


class Footnotes:
    """Write each planned note once, at its first marker, and a reference run at every marker."""

    def __init__(
        self,
        rels: Rels,
        notes: list[PlannedNote],
        styles: Mapping[Role, str],
        report: ExportReport,
        repeated: set[str],
        first_id: int = 1,
    ):
        self._notes = {note.footnote_id: note for note in notes}
        self._styles = styles
        self._repeated = repeated
        self._written: dict[str, int] = {}
        self._xml: list[str] = []
        self._next_id = first_id
        self._reference = f'<w:rPr><w:rStyle w:val="{attr(styles[Role.NOTE_REFERENCE])}"/></w:rPr>'
        self._writer = TextWriter(
            rels, report, self._inner_marker, hyperlink_style=styles[Role.HYPERLINK]
        )

    def xml(self) -> str:
        """Return the notes written so far, in reference order."""
        return "".join(self._xml)

    def marker(self, paragraph: Paragraph, footnote_id: str) -> None:
        """Append the marker of a note to a paragraph (writing the note the first time)."""
        note = self._notes.get(footnote_id)
        if note is None:
            return  # a marker without a note prints nothing, as in every other export
        if footnote_id in self._written:
            paragraph.append(self._note_ref_field(note))
            return
        note_id = self._next_id
        self._next_id += 1
        self._written[footnote_id] = note_id
        self._xml.append(self._note(note_id, note))
        bookmark = footnote_id in self._repeated
        if bookmark:
            paragraph.append(f'<w:bookmarkStart w:id="{note.number}" w:name="{_bookmark(note)}"/>')
        paragraph.append(f'<w:r>{self._reference}<w:footnoteReference w:id="{note_id}"/></w:r>')
        if bookmark:
            paragraph.append(f'<w:bookmarkEnd w:id="{note.number}"/>')

    def _note(self, note_id: int, note: PlannedNote) -> str:
        """Return one w:footnote: the number mark, a space, then the note's paragraphs."""
        paragraphs = note.text or []
        out = []
        for index in range(max(1, len(paragraphs))):
            paragraph = Paragraph(ppr_style(self._styles[Role.NOTE_TEXT]))
            if index == 0:
                paragraph.append(f"<w:r>{self._reference}<w:footnoteRef/></w:r>")
                paragraph.append(self._writer.run(" " if paragraphs else ""))
            if paragraphs:
                self._writer.inlines(paragraph, paragraphs[index].inlines)
            out.append(paragraph.xml())
        return f'<w:footnote w:id="{note_id}">{"".join(out)}</w:footnote>'

    def _note_ref_field(self, note: PlannedNote) -> str:
        """Return a NOTEREF field showing the number of an already written note."""
        instr = f" NOTEREF {_bookmark(note)} \\f \\h "
        return f'<w:fldSimple w:instr="{instr}">{self._number_run(note.number)}</w:fldSimple>'

    def _inner_marker(self, paragraph: Paragraph, footnote_id: str) -> None:
        """Print a marker inside a note as its number: Word notes cannot hold notes."""
        note = self._notes.get(footnote_id)
        if note is not None:
            paragraph.append(self._number_run(note.number))

    def _number_run(self, number: int) -> str:
        """Return a run printing a note number as a reference mark."""
        return f"<w:r>{self._reference}<w:t>{number}</w:t></w:r>"


def _bookmark(note: PlannedNote) -> str:
    """Name the hidden bookmark around a note's first reference."""
    return f"_RefNote{note.number}"
