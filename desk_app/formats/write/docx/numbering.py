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

from desk_app.formats.write.docx.escape import attr
from desk_app.rules.placeholders import fill

_QUESTION_TEXT = "%1."


class QuestionList:
    """Name the Word list that numbers an export's questions and sub-questions."""

    __slots__ = ("abstract_xml", "num_id", "num_xml", "sub_text")

    def __init__(self, num_id: str, sub_text: str | None, abstract_xml: str, num_xml: str):
        self.num_id, self.sub_text = num_id, sub_text
        self.abstract_xml = abstract_xml  # the w:abstractNum defining both levels
        self.num_xml = num_xml  # the w:num instance paragraphs point at

    def renders(self, level: int, index: int, label: str) -> bool:
        """Tell whether Word would print exactly `label` for this item."""
        if level == 0:
            return label == _QUESTION_TEXT.replace("%1", str(index + 1))
        if self.sub_text is None:
            return False
        return label == self.sub_text.replace("%2", _word_letters(index))

    def number_properties(self, level: int, numbered: bool) -> str:
        """Return w:numPr putting a paragraph on a list level, or off any list."""
        if not numbered:
            return '<w:numPr><w:numId w:val="0"/></w:numPr>'
        return level_properties(level, self.num_id)


def level_properties(level: int, num_id: str) -> str:
    """Return w:numPr naming a list and its level."""
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def question_list(
    abstract_id: int,
    num_id: int,
    sub_form: str,
    question_style: str,
    sub_style: str,
    indent: int,
) -> QuestionList:
    """Return the two-level list (questions, sub-questions) with the ids it is to have."""
    sub_text = None if "%" in sub_form else fill(sub_form, {"label": "%2"})
    levels = _level(0, "decimal", _QUESTION_TEXT, question_style, indent)
    levels += _level(1, "lowerLetter", sub_text or "", sub_style, indent)
    abstract = (
        f'<w:abstractNum w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{0x5A000000 + abstract_id:08X}"/>'
        '<w:multiLevelType w:val="multilevel"/><w:name w:val="Anfrage Fragen"/>'
        f"{levels}</w:abstractNum>"
    )
    num = f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    return QuestionList(str(num_id), sub_text, abstract, num)


def _level(level: int, fmt: str, text: str, style: str, indent: int) -> str:
    """Return one w:lvl: its number format, label text and hanging indent."""
    left = indent * (level + 1)
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:pStyle w:val="{attr(style)}"/><w:lvlText w:val="{attr(text)}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{indent}"/></w:pPr>'
        "</w:lvl>"
    )


def _word_letters(index: int) -> str:
    """Return Word's lowerLetter label: a … z, then aa, bb …"""
    return string.ascii_lowercase[index % 26] * (index // 26 + 1)
