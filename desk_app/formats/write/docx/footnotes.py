"""Real Word footnotes on top of python-docx, which has no footnote API (docs/TECH_NOTES.md).

The notes live in /word/footnotes.xml, related to the document part; each
marker is a w:footnoteReference run. Word and LibreOffice number notes by the
position of their references, which is the render plan's order, so the ids
here are only links. A note referenced a second time gets a NOTEREF field to
its first reference, because a Word footnote can have only one reference.
"""

from __future__ import annotations

from collections.abc import Mapping

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part, PartFactory, XmlPart
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from desk_app.formats.write.docx.styles import Role
from desk_app.formats.write.docx.text import ExportReport, TextWriter
from desk_app.formats.write.docx.wml import drop_links, make, related_xml_part, replace_child
from desk_app.formats.write.plan import PlannedNote

# Without this, python-docx loads an existing footnotes part (a user's
# template, a re-opened export) as opaque bytes that cannot be edited.
PartFactory.part_type_for[CT.WML_FOOTNOTES] = XmlPart

_SPECIAL_TYPES = ("separator", "continuationSeparator", "continuationNotice")
# Children of w:settings that follow w:footnotePr (ECMA-376 order).
_SETTINGS_AFTER = (
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
    "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


def prepare_footnotes(document_part: Part, settings: BaseOxmlElement) -> XmlPart:
    """Give a document an empty footnotes part with Word's separator notes."""
    part = related_xml_part(
        document_part, RT.FOOTNOTES, "/word/footnotes.xml", CT.WML_FOOTNOTES, "w:footnotes"
    )
    root = part.element
    for note in list(root.iterchildren(qn("w:footnote"))):
        if note.get(qn("w:type")) not in _SPECIAL_TYPES:
            root.remove(note)
    drop_links(part)
    kinds = {note.get(qn("w:type")): note.get(qn("w:id")) for note in root}
    # Word's convention: the separator is note -1, the continuation separator note 0.
    for kind, note_id in (("separator", "-1"), ("continuationSeparator", "0")):
        if kind not in kinds:
            root.append(_separator(kind, note_id))
            kinds[kind] = note_id
    properties = make("w:footnotePr")
    for kind in ("separator", "continuationSeparator"):
        properties.append(make("w:footnote", {"w:id": str(kinds[kind])}))
    replace_child(settings, properties, _SETTINGS_AFTER)
    return part


class Footnotes:
    """Write each planned note once, at its first marker, and a reference run at every marker."""

    def __init__(
        self,
        part: XmlPart,
        notes: list[PlannedNote],
        styles: Mapping[Role, str],
        report: ExportReport,
        repeated: set[str],
    ):
        self._root = part.element
        self._notes = {note.footnote_id: note for note in notes}
        self._styles = styles
        self._repeated = repeated
        self._written: dict[str, int] = {}
        ids = (note.get(qn("w:id"), "") for note in self._root)
        self._next_id = max([0, *(int(i) for i in ids if i.lstrip("-").isdigit())]) + 1
        self._writer = TextWriter(
            part, report, self._inner_marker, hyperlink_style=styles[Role.HYPERLINK]
        )

    def marker(self, paragraph: BaseOxmlElement, footnote_id: str) -> None:
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
        self._root.append(self._note(note_id, note))
        bookmark = footnote_id in self._repeated
        if bookmark:
            paragraph.append(
                make("w:bookmarkStart", {"w:id": str(note.number), "w:name": _bookmark(note)})
            )
        reference = self._reference_run()
        reference.append(make("w:footnoteReference", {"w:id": str(note_id)}))
        paragraph.append(reference)
        if bookmark:
            paragraph.append(make("w:bookmarkEnd", {"w:id": str(note.number)}))

    def _note(self, note_id: int, note: PlannedNote) -> BaseOxmlElement:
        """Build one w:footnote: the number mark, a space, then the note's paragraphs."""
        element = make("w:footnote", {"w:id": str(note_id)})
        paragraphs = note.text or []
        for index in range(max(1, len(paragraphs))):
            paragraph = make(
                "w:p",
                None,
                make("w:pPr", None, make("w:pStyle", {"w:val": self._styles[Role.NOTE_TEXT]})),
            )
            if index == 0:
                mark = self._reference_run()
                mark.append(make("w:footnoteRef"))
                paragraph.append(mark)
                paragraph.append(self._writer.run(" " if paragraphs else ""))
            if paragraphs:
                self._writer.inlines(paragraph, paragraphs[index].inlines)
            element.append(paragraph)
        return element

    def _reference_run(self) -> BaseOxmlElement:
        """Return an empty run in the footnote reference style."""
        style = make("w:rStyle", {"w:val": self._styles[Role.NOTE_REFERENCE]})
        return make("w:r", None, make("w:rPr", None, style))

    def _note_ref_field(self, note: PlannedNote) -> BaseOxmlElement:
        """Return a NOTEREF field showing the number of an already written note."""
        run = self._number_run(note.number)
        return make("w:fldSimple", {"w:instr": f" NOTEREF {_bookmark(note)} \\f \\h "}, run)

    def _inner_marker(self, paragraph: BaseOxmlElement, footnote_id: str) -> None:
        """Print a marker inside a note as its number: Word notes cannot hold notes."""
        note = self._notes.get(footnote_id)
        if note is not None:
            paragraph.append(self._number_run(note.number))

    def _number_run(self, number: int) -> BaseOxmlElement:
        """Return a run printing a note number as a reference mark."""
        run = self._reference_run()
        text = make("w:t")
        text.text = str(number)
        run.append(text)
        return run


def _bookmark(note: PlannedNote) -> str:
    """Name the hidden bookmark around a note's first reference."""
    return f"_RefNote{note.number}"


def _separator(kind: str, note_id: str) -> BaseOxmlElement:
    """Build a separator note: the short line above the notes."""
    spacing = make("w:spacing", {"w:after": "0", "w:line": "240", "w:lineRule": "auto"})
    run = make("w:r", None, make(f"w:{kind}"))
    paragraph = make("w:p", None, make("w:pPr", None, spacing), run)
    return make("w:footnote", {"w:type": kind, "w:id": note_id}, paragraph)
