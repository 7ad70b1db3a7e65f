"""Footnote numbers in an editor's documents: marker ids collected here, numbered by the model."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument

from desk_app.gui.editor.footnote_marker import OBJECT_CHAR, markers
from desk_app.model.numbering import number_by_first_reference


class FootnoteNumbering(QObject):
    """Collect the marker ids of documents in reading order and keep the model's numbers of them."""

    changed = Signal()  # some footnote's number changed, or a note appeared or vanished

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: list[QTextDocument] = []
        self._connected: set[QTextDocument] = set()
        self._ids: dict[QTextDocument, list[str]] = {}
        self._counts: dict[QTextDocument, int] = {}
        self._numbers: dict[str, int] = {}

    def set_documents(self, documents: list[QTextDocument]) -> None:
        """Number over these documents, in this order (title, preamble, questions …)."""
        for doc in documents:
            if doc not in self._connected:
                self._connected.add(doc)
                doc.destroyed.connect(lambda _obj=None, d=doc: self._connected.discard(d))
                doc.contentsChange.connect(
                    lambda pos, removed, added, d=doc: self._on_change(d, pos, removed, added)
                )
            if doc not in self._ids:
                self._rescan(doc)
        # Documents left out (a deleted question) are rescanned if they come back.
        self._ids = {doc: self._ids[doc] for doc in documents}
        self._documents = list(documents)
        self._renumber()

    def documents(self) -> list[QTextDocument]:
        """Return the numbered documents in reading order."""
        return list(self._documents)

    def number(self, footnote_id: str) -> int | None:
        """Return a footnote's number, or None if no marker references it."""
        return self._numbers.get(footnote_id)

    def label(self, footnote_id: str) -> str:
        """Return the text a marker shows: its number, or "?" while unnumbered."""
        number = self._numbers.get(footnote_id)
        return str(number) if number is not None else "?"

    def order(self) -> list[str]:
        """Return the referenced footnote ids in number order."""
        return list(self._numbers)

    def locate(self, footnote_id: str) -> tuple[QTextDocument, int] | None:
        """Return the document and position of a footnote's first marker."""
        for doc in self._documents:
            for position, fid in markers(doc):
                if fid == footnote_id:
                    return doc, position
        return None

    def _rescan(self, doc: QTextDocument) -> bool:
        """Read a document's markers again; tell whether their sequence changed."""
        ids = [fid for _, fid in markers(doc)]
        self._counts[doc] = doc.toPlainText().count(OBJECT_CHAR)
        changed = ids != self._ids.get(doc)
        self._ids[doc] = ids
        return changed

    def _on_change(self, doc: QTextDocument, position: int, removed: int, added: int) -> None:
        # Plain typing neither adds nor removes markers: skip the rescan then (16 ms budget).
        if added:
            cursor = QTextCursor(doc)
            cursor.setPosition(min(position, doc.characterCount() - 1))
            end = min(position + added, doc.characterCount() - 1)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            inserted_marker = OBJECT_CHAR in cursor.selectedText()
        else:
            inserted_marker = False
        if not inserted_marker and removed:
            inserted_marker = doc.toPlainText().count(OBJECT_CHAR) != self._counts.get(doc)
        if inserted_marker and self._rescan(doc) and doc in self._documents:
            self._renumber()

    def _renumber(self) -> None:
        numbers = number_by_first_reference(
            fid for doc in self._documents for fid in self._ids.get(doc, [])
        )
        if numbers == self._numbers:
            return
        self._numbers = numbers
        for doc in self._documents:
            # The layout caches each marker's width: make it ask the handler again.
            for position, _ in markers(doc):
                doc.markContentsDirty(position, 1)
        self.changed.emit()
