"""Footnote markers: one object character per marker, drawn as its superscript number."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

OBJECT_CHAR = "\ufffc"
MARKER_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 1
FOOTNOTE_ID = int(QTextFormat.Property.UserProperty) + 1
_SCALE = 0.7


def marker_format(footnote_id: str) -> QTextCharFormat:
    """Return the character format of a marker for one footnote id."""
    fmt = QTextCharFormat()
    fmt.setObjectType(MARKER_TYPE)
    fmt.setProperty(FOOTNOTE_ID, footnote_id)
    return fmt


def marker_id(fmt: QTextFormat) -> str | None:
    """Return the footnote id a format marks, or None for ordinary text."""
    if fmt.objectType() != MARKER_TYPE:
        return None
    value = fmt.property(FOOTNOTE_ID)
    return str(value) if value is not None else None


def markers(doc: QTextDocument) -> Iterator[tuple[int, str]]:
    """Yield (position, footnote id) of every marker in a document, in reading order."""
    block = doc.begin()
    while block.isValid():
        # Most blocks hold no marker; checking the text first keeps typing cheap.
        if OBJECT_CHAR in block.text():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fid = marker_id(fragment.charFormat())
                if fid is not None:
                    start = fragment.position()
                    for offset, char in enumerate(fragment.text()):
                        if char == OBJECT_CHAR:
                            yield start + offset, fid
                it += 1
        block = block.next()


class FootnoteMarkerHandler(QPyTextObject):
    """Draw a marker as the superscript number its footnote currently has."""

    def __init__(self, label: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._label = label
        # Layout asks for every marker's size on each relayout: cache by font and label.
        self._sizes: dict[tuple[str, str], QSizeF] = {}

    def _font(self, doc: QTextDocument, fmt: QTextFormat) -> QFont:
        font = QTextCharFormat(fmt).font().resolve(doc.defaultFont())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * _SCALE)
        return font

    def _text(self, fmt: QTextFormat) -> str:
        fid = marker_id(fmt)
        return self._label(fid) if fid is not None else "?"

    def intrinsicSize(self, doc: QTextDocument, posInDocument: int, format: QTextFormat) -> QSizeF:
        full_font = QTextCharFormat(format).font().resolve(doc.defaultFont())
        text = self._text(format)
        key = (full_font.key(), text)
        size = self._sizes.get(key)
        if size is None:
            small = QFontMetricsF(self._font(doc, format))
            # As tall as the line's ascent, so the small number sits at the top: a superscript.
            size = QSizeF(small.horizontalAdvance(text) + 1.0, QFontMetricsF(full_font).ascent())
            self._sizes[key] = size
        return QSizeF(size)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        posInDocument: int,
        format: QTextFormat,
    ) -> None:
        font = self._font(doc, format)
        painter.save()
        painter.setFont(font)
        baseline = QRectF(rect).top() + QFontMetricsF(font).ascent()
        painter.drawText(QPointF(QRectF(rect).left(), baseline), self._text(format))
        painter.restore()


def install_handler(doc: QTextDocument, handler: FootnoteMarkerHandler) -> None:
    """Let a document's layout draw markers through a handler."""
    doc.documentLayout().registerHandler(MARKER_TYPE, handler)
