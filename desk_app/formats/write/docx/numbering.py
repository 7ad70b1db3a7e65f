"""Word list numbering for questions ("1.") and sub-questions ("a)").

Questions use Word's own numbering (numbering.xml) rather than typed labels:
a user who inserts, deletes or moves a question in Word gets the others
renumbered, just as the model derives numbers from position. The render plan
stays the authority on what is printed: a label Word would render
differently (a form with "%", or past "z", where Word writes "aa, bb" and
the model "aa, ab") is typed as text on an unnumbered paragraph instead.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement

from desk_app.formats.write.docx.wml import make, related_xml_part
from desk_app.rules.placeholders import fill

_QUESTION_TEXT = "%1."


@dataclass(frozen=True, slots=True)
class QuestionList:
    """Name the Word list that numbers an export's questions and sub-questions."""

    num_id: str
    sub_text: str | None

    def renders(self, level: int, index: int, label: str) -> bool:
        """Tell whether Word would print exactly `label` for this item."""
        if level == 0:
            return label == _QUESTION_TEXT.replace("%1", str(index + 1))
        if self.sub_text is None:
            return False
        return label == self.sub_text.replace("%2", _word_letters(index))

    def number_properties(self, level: int, numbered: bool) -> BaseOxmlElement:
        """Return w:numPr putting a paragraph on a list level, or off any list."""
        if not numbered:
            return make("w:numPr", None, make("w:numId", {"w:val": "0"}))
        return make(
            "w:numPr",
            None,
            make("w:ilvl", {"w:val": str(level)}),
            make("w:numId", {"w:val": self.num_id}),
        )


def add_question_list(
    document_part: Part, sub_form: str, question_style: str, sub_style: str, indent: int
) -> QuestionList:
    """Add a two-level list (questions, sub-questions) to the document's numbering part."""
    part = related_xml_part(
        document_part, RT.NUMBERING, "/word/numbering.xml", CT.WML_NUMBERING, "w:numbering"
    )
    root = part.element
    abstract_id = 1 + max(_ids(root, "w:abstractNum", "w:abstractNumId"), default=-1)
    num_id = str(1 + max(_ids(root, "w:num", "w:numId"), default=0))
    sub_text = None if "%" in sub_form else fill(sub_form, {"label": "%2"})
    levels = _level(0, "decimal", _QUESTION_TEXT, question_style, indent)
    levels += _level(1, "lowerLetter", sub_text or "", sub_style, indent)
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{0x5A000000 + abstract_id:08X}"/>'
        '<w:multiLevelType w:val="multilevel"/><w:name w:val="Anfrage Fragen"/>'
        f"{levels}</w:abstractNum>"
    )
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum must precede every num
    else:
        root.append(abstract)
    root.append(
        make(
            "w:num",
            {"w:numId": num_id},
            make("w:abstractNumId", {"w:val": str(abstract_id)}),
        )
    )
    return QuestionList(num_id, sub_text)


def _level(level: int, fmt: str, text: str, style: str, indent: int) -> str:
    """Return one w:lvl: its number format, label text and hanging indent."""
    left = indent * (level + 1)
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:pStyle w:val="{style}"/><w:lvlText w:val="{_attr(text)}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{indent}"/></w:pPr></w:lvl>'
    )


def _ids(root: BaseOxmlElement, tag: str, attribute: str) -> list[int]:
    """Return the numeric ids of some numbering elements."""
    values = (element.get(qn(attribute), "") for element in root.iterchildren(qn(tag)))
    return [int(value) for value in values if value.lstrip("-").isdigit()]


def _word_letters(index: int) -> str:
    """Return Word's lowerLetter label: a … z, then aa, bb …"""
    return string.ascii_lowercase[index % 26] * (index // 26 + 1)


def _attr(text: str) -> str:
    """Escape text for an XML attribute."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
