"""Every footnote the editor knows, with its text document and the source it cites."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument

from desk_app.gui.editor.document_io import read_text, write_text
from desk_app.model import Footnote, Source, Text, normalize_text, plain_text
from desk_app.model.links import first_web_address


def new_id() -> str:
    """Return a fresh footnote or source id that cannot clash with another inquiry's."""
    return uuid.uuid4().hex[:12]


class NotePool(QObject):
    """Hold all notes (shown or not) so that undo can bring a deleted marker's note back."""

    note_changed = Signal(str)  # a note's text or source changed

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._docs: dict[str, QTextDocument] = {}
        self._base_source: dict[str, str | None] = {}
        self._source_of: dict[str, str | None] = {}
        self.sources: dict[str, Source] = {}
        self._loaded_sources: set[str] = set()
        self.on_new_document: Callable[[QTextDocument], None] = lambda doc: None

    def load(self, footnotes: dict[str, Footnote], sources: dict[str, Source]) -> None:
        """Replace all notes and sources by an inquiry's."""
        for doc in self._docs.values():
            doc.deleteLater()
        self._docs.clear()
        self._base_source.clear()
        self._source_of.clear()
        self.sources = {sid: dataclasses.replace(source) for sid, source in sources.items()}
        self._loaded_sources = set(sources)
        for note in footnotes.values():
            self.add(note.id, note.text, note.source_id)

    def add(self, footnote_id: str, text: Text, source_id: str | None = None) -> str:
        """Add a note under an id and return the id."""
        doc = QTextDocument(self)
        write_text(doc, text)
        self._docs[footnote_id] = doc
        self._base_source[footnote_id] = source_id
        self._link(footnote_id)
        doc.contentsChanged.connect(lambda fid=footnote_id: self._text_changed(fid))
        self.on_new_document(doc)
        return footnote_id

    def create(self, text: Text | None = None) -> str:
        """Add a new note with a fresh id and return the id."""
        return self.add(new_id(), text or [])

    def __contains__(self, footnote_id: object) -> bool:
        return footnote_id in self._docs

    def document(self, footnote_id: str) -> QTextDocument:
        """Return the document holding a note's text."""
        return self._docs[footnote_id]

    def footnote(self, footnote_id: str) -> Footnote:
        """Return a note as the model's Footnote."""
        text = normalize_text(read_text(self._docs[footnote_id]))
        return Footnote(footnote_id, text, self._source_of.get(footnote_id))

    def source(self, footnote_id: str) -> Source | None:
        """Return the source a note cites, if any."""
        sid = self._source_of.get(footnote_id)
        return self.sources.get(sid) if sid is not None else None

    def set_base_source(self, footnote_id: str, source_id: str | None) -> None:
        """Make a note cite a source even when its text names no address ("ebd.")."""
        self._base_source[footnote_id] = source_id
        self._link(footnote_id)

    def set_accessed(self, source_id: str, accessed: date | None) -> None:
        """Change the day a source was accessed."""
        self.sources[source_id].accessed = accessed
        for fid, sid in self._source_of.items():
            if sid == source_id:
                self.note_changed.emit(fid)

    def is_kept_source(self, source_id: str) -> bool:
        """Tell whether a source came with the loaded inquiry (kept even when uncited)."""
        return source_id in self._loaded_sources

    def _text_changed(self, footnote_id: str) -> None:
        self._link(footnote_id)
        self.note_changed.emit(footnote_id)

    def _link(self, footnote_id: str) -> None:
        """Point a note at the source of the address it names, creating one when new."""
        url = first_web_address(plain_text(read_text(self._docs[footnote_id])))
        if url is None:
            self._source_of[footnote_id] = self._base_source.get(footnote_id)
            return
        base = self._base_source.get(footnote_id)
        if base is not None and base in self.sources and self.sources[base].url == url:
            self._source_of[footnote_id] = base
            return
        found = next((sid for sid, s in self.sources.items() if s.url == url), None)
        if found is None:
            found = "s" + new_id()
            self.sources[found] = Source(found, url=url, accessed=self._today())
        self._source_of[footnote_id] = found
