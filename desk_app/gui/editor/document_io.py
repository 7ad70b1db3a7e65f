"""Exact conversion between a QTextDocument and the model's Text, markers included."""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desk_app.gui.editor.footnote_marker import OBJECT_CHAR, marker_format, marker_id
from desk_app.model import FootnoteRef, Inline, Paragraph, ParagraphStyle, Run, Text
from desk_app.model.text import normalize_inlines

QUOTE_STYLE = int(QTextFormat.Property.UserProperty) + 2
_QUOTE_INDENT = 28.0
_PARAGRAPH_GAP = 6.0
# Shift+Enter inserts a line separator; the model knows paragraphs only.
_LINE_SEPARATOR = "\u2028"


def block_format(style: ParagraphStyle) -> QTextBlockFormat:
    """Return the block format that shows a paragraph style."""
    fmt = QTextBlockFormat()
    quote = style == ParagraphStyle.QUOTE
    fmt.setProperty(QUOTE_STYLE, quote)
    fmt.setLeftMargin(_QUOTE_INDENT if quote else 0.0)
    fmt.setRightMargin(_QUOTE_INDENT if quote else 0.0)
    fmt.setBottomMargin(_PARAGRAPH_GAP)
    return fmt


def run_format(bold: bool = False, italic: bool = False) -> QTextCharFormat:
    """Return the character format of a run; explicit, so nothing leaks in from around it."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    return fmt


def paragraph_style(fmt: QTextBlockFormat) -> ParagraphStyle:
    """Return the model style a block format shows."""
    return ParagraphStyle.QUOTE if fmt.boolProperty(QUOTE_STYLE) else ParagraphStyle.BODY


def read_range(doc: QTextDocument, start: int, end: int) -> Text:
    """Return the paragraphs between two positions, with formatting and markers."""
    result: Text = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() <= end:
        inlines: list[Inline] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            lo = max(start, fragment.position())
            hi = min(end, fragment.position() + fragment.length())
            if lo < hi:
                text = fragment.text()[lo - fragment.position() : hi - fragment.position()]
                inlines.extend(_inlines(text, fragment.charFormat()))
            it += 1
        result.append(Paragraph(normalize_inlines(inlines), paragraph_style(block.blockFormat())))
        block = block.next()
    return result


def _inlines(text: str, fmt: QTextCharFormat) -> list[Inline]:
    fid = marker_id(fmt)
    if fid is not None:
        return [FootnoteRef(fid) for char in text if char == OBJECT_CHAR]
    text = text.replace(_LINE_SEPARATOR, " ").replace(OBJECT_CHAR, "")
    return [Run(text, fmt.fontWeight() >= QFont.Weight.Bold, fmt.fontItalic())]


def read_text(doc: QTextDocument) -> Text:
    """Return a whole document as paragraphs (empty ones kept; the caller normalizes)."""
    return read_range(doc, 0, doc.characterCount() - 1)


def insert_text(cursor: QTextCursor, text: Text, *, new_blocks: bool = True) -> None:
    """Insert paragraphs at a cursor; the first one continues the cursor's paragraph."""
    for index, para in enumerate(text):
        if index and new_blocks:
            cursor.insertBlock(block_format(para.style))
        elif index:
            cursor.insertText(" ", run_format())
        for item in para.inlines:
            if isinstance(item, FootnoteRef):
                cursor.insertText(OBJECT_CHAR, marker_format(item.footnote_id))
            elif item.text:
                cursor.insertText(item.text, run_format(item.bold, item.italic))


def write_text(doc: QTextDocument, text: Text) -> None:
    """Replace a document's content by paragraphs, leaving no undo history behind."""
    doc.setUndoRedoEnabled(False)
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.setBlockFormat(block_format(text[0].style if text else ParagraphStyle.BODY))
    cursor.setBlockCharFormat(run_format())
    insert_text(cursor, text)
    doc.setUndoRedoEnabled(True)
    doc.setModified(False)
