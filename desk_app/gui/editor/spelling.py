"""German spell checking: Hunspell's dictionary through Enchant, loaded off the GUI thread.

One checker serves every field of an editor. The dictionary loads in a background
thread the first time a field is shown, so neither the window's start nor typing
waits for it; until then, and for good when no German dictionary is installed,
fields simply show no underlines. A highlighter checks only the blocks that
changed (QSyntaxHighlighter's own bookkeeping). Words the user adds are kept one
a line in a personal word list in the user's data folder.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desk_app.gui.thread_handoff import Handoff
from desk_app.model.links import WEB_ADDRESS
from desk_app.paths import user_data_dir

LANGUAGES = ("de_DE", "de")
"""Dictionary tags tried in order (Hunspell's German dictionary is de_DE)."""

WORD_LIST_NAME = "woerterbuch.txt"

# A word: letters (and digits, so that "3a" or "GO-BT2" are one token and skipped),
# hyphenated compounds kept together ("Bund-Länder-Kommission").
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_MAIL = re.compile(r"[^\s@]+@[^\s@]+\.\w+")
_MAX_SUGGESTIONS = 6


def personal_word_list() -> Path:
    """Return the file holding the words the user added to the dictionary."""
    return user_data_dir() / WORD_LIST_NAME


# Dictionaries opened so far, by the languages asked for: read-only data that every
# editor of the process may share (a new window must not read the file again).
_opened: dict[tuple[str, ...], Any | None] = {}
_opening = threading.Lock()


def _shared_dictionary(languages: tuple[str, ...]) -> Any | None:
    """Return the dictionary of the languages, opening it on first use."""
    with _opening:
        if languages not in _opened:
            _opened[languages] = _load_dictionary(languages)
        return _opened[languages]


def _dictionary_or_none(languages: tuple[str, ...]) -> Any | None:
    """Return the shared dictionary, or None when it cannot be opened for any reason."""
    try:
        return _shared_dictionary(languages)
    except Exception:  # never let a dictionary problem reach the user as a traceback
        return None


def _load_dictionary(languages: tuple[str, ...]) -> Any | None:
    """Open the first available dictionary of the languages, or None (no library, no file)."""
    try:
        import enchant
    except ImportError:  # the Python package or the Enchant C library is missing
        return None
    for language in languages:
        try:
            if enchant.dict_exists(language):
                return enchant.Dict(language)
        except Exception:  # a broken dictionary file must not stop the editor
            continue
    return None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _skipped(word: str) -> bool:
    """Tell whether a token is not checked: digits, abbreviations in capitals, single letters."""
    letters = word.replace("-", "")
    return len(letters) < 2 or any(c.isdigit() for c in letters) or letters.isupper()


class SpellChecker(QObject):
    """Check German words against Hunspell's dictionary, the personal list and ignored words."""

    ready = Signal()  # the dictionary finished loading (or turned out to be missing)
    changed = Signal()  # the known words changed: underlines must be redrawn

    def __init__(
        self,
        languages: tuple[str, ...] = LANGUAGES,
        word_list: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._languages = languages
        self._dictionary: Any | None = None
        self._loaded = False
        self._started = False
        self._handoff: Handoff | None = None  # collects the dictionary from its thread
        self.missing_reported = False  # the context menu said once that no dictionary exists
        self._personal: set[str] = set()
        self._ignored: set[str] = set()
        self._cache: dict[str, bool] = {}  # word -> known, with the user's own words
        self._raw: dict[str, bool] = {}  # word -> in the dictionary itself
        self._word_list = word_list
        self._personal_read = False
        self.ready.connect(self.changed)

    # -- loading -----------------------------------------------------------------

    def start_loading(self) -> None:
        """Load the dictionary in a background thread, once; `ready` tells when it is there."""
        if self._started:
            return
        self._started = True
        if self._languages in _opened:  # another editor opened it: no thread needed
            self._take(_opened[self._languages])
            return
        # The worker gets the languages and a queue, never this Qt object (thread_handoff).
        handoff = Handoff(self._take, self)
        languages, put = self._languages, handoff.put
        threading.Thread(
            target=lambda: put(_dictionary_or_none(languages)),
            name="spelling-dictionary",
            daemon=True,
        ).start()
        handoff.start()
        self._handoff = handoff

    def _take(self, dictionary: Any | None) -> None:
        """Use the loaded dictionary (on the GUI thread) and say so."""
        if self._handoff is not None:
            self._handoff.stop()
        self._dictionary = dictionary
        self._loaded = True
        self.ready.emit()

    def load_now(self) -> None:
        """Load the dictionary in this thread and wait (for scripts and the benchmark)."""
        if not self._started:
            self._started = True
            self._take(_dictionary_or_none(self._languages))

    @property
    def loaded(self) -> bool:
        """Tell whether loading finished, with or without a dictionary."""
        return self._loaded

    @property
    def available(self) -> bool:
        """Tell whether a German dictionary was found and loaded."""
        return self._dictionary is not None

    # -- the personal word list --------------------------------------------------

    def word_list(self) -> Path:
        """Return the personal word list's file."""
        return self._word_list if self._word_list is not None else personal_word_list()

    def _stored_words(self) -> set[str]:
        try:
            text = self.word_list().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""  # no list yet, or one we cannot read: start without
        return {line.strip() for line in text.splitlines() if line.strip()}

    def _read_personal(self) -> None:
        self._personal_read = True
        self._personal = self._stored_words()

    def add(self, word: str) -> str | None:
        """Add a word to the personal list for good; return a German message if it failed."""
        if not self._personal_read:
            self._read_personal()
        self._personal.add(word)
        self._cache.clear()  # compounds with the word ("Quxelbach-Kreis") change too
        self.changed.emit()
        path = self.word_list()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Another window may have added words since we read the list: keep them.
            words = sorted(self._personal | self._stored_words())
            part = path.with_name(path.name + ".neu")
            part.write_text("".join(w + "\n" for w in words), encoding="utf-8")
            os.replace(part, path)
        except OSError as error:
            message = QCoreApplication.translate(
                "Spelling",
                "Das Wort gilt nur bis zum Beenden: %1 ließ sich nicht speichern (%2).",
            )
            return message.replace("%1", str(path)).replace("%2", str(error.strerror or error))
        return None

    def ignore(self, word: str) -> None:
        """Accept a word until the app quits."""
        self._ignored.add(word)
        self._cache.clear()  # compounds with the word ("Quxelbach-Kreis") change too
        self.changed.emit()

    # -- checking ----------------------------------------------------------------

    def is_known(self, word: str) -> bool:
        """Tell whether a word is spelt correctly (True while no dictionary is loaded)."""
        known = self._cache.get(word)
        if known is None:
            dictionary = self._dictionary
            if dictionary is None:
                return True
            known = self._cache[word] = _skipped(word) or self._check(dictionary, word)
        return known

    def _check(self, dictionary: Any, word: str) -> bool:
        if not self._personal_read:
            self._read_personal()
        if word in self._personal or word in self._ignored or self._in_dictionary(word):
            return True
        if "-" in word:
            # A compound with a hyphen is right when each part is: "CDU-Fraktion".
            return all(part in self._personal or self.is_known(part) for part in word.split("-"))
        return False

    def _in_dictionary(self, word: str) -> bool:
        known = self._raw.get(word)
        if known is None:
            known = self._raw[word] = bool(self._dictionary and self._dictionary.check(word))
        return known

    def misspelt(self, text: str) -> Iterator[tuple[int, int]]:
        """Yield (start, length) of the unknown words of one paragraph's text."""
        if self._dictionary is None:
            return
        # Web and mail addresses are no words: blank them out, keeping every offset.
        if "@" in text:
            text = _MAIL.sub(_blank, text)
        if "/" in text or "www." in text.lower():
            text = WEB_ADDRESS.sub(_blank, text)
        for match in _TOKEN.finditer(text):
            start, end = match.span()
            word = match.group(0)
            # "Landes- und Bundesebene", "vgl.": the dictionary knows truncated forms with
            # their hyphen and abbreviations with their full stop.
            after = text[end : end + 1]
            if after in ("-", ".") and self._in_dictionary(word + after):
                continue
            if not self.is_known(word):
                yield start, end - start

    def word_at(self, text: str, offset: int) -> tuple[int, str] | None:
        """Return (start, word) of the unknown word at an offset of a paragraph, if any."""
        for start, length in self.misspelt(text):
            if start <= offset <= start + length:
                return start, text[start : start + length]
        return None

    def suggestions(self, word: str) -> list[str]:
        """Return the dictionary's best replacements for a word."""
        if self._dictionary is None:
            return []
        try:
            found = self._dictionary.suggest(word)
        except Exception:
            return []
        # Hunspell offers prefixes with a dangling hyphen ("Fehl-"); they replace no word.
        return [s for s in found if not s.endswith("-") and not s.startswith("-")][
            :_MAX_SUGGESTIONS
        ]


def checker_for(owner: QObject) -> SpellChecker:
    """Return the checker every field of one editor shares (a child of what they share)."""
    found = owner.findChild(SpellChecker)
    return found if found is not None else SpellChecker(parent=owner)


def underline_format() -> QTextCharFormat:
    """Return the red wavy underline of an unknown word."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor(Qt.GlobalColor.red))
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    """Underline the unknown words of one document; formats are shown, never saved."""

    def __init__(self, document: QTextDocument, checker: SpellChecker) -> None:
        super().__init__(document)
        self.checker = checker
        self._format = underline_format()
        checker.changed.connect(self.refresh)
        # Done now, this also stands in for the pass Qt would schedule for a document that
        # already holds text, which would tell the editor its text changed.
        self.refresh()

    def refresh(self) -> None:
        """Check the whole document again, without telling anyone its text changed."""
        document = self.document()
        # A full pass runs in an edit block whose end announces a change of contents:
        # autosave and the notes would take underlines for an edit. The layout is told
        # directly, so the field still repaints.
        blocked = document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            document.blockSignals(blocked)

    def highlightBlock(self, text: str) -> None:
        for start, length in self.checker.misspelt(text):
            self.setFormat(start, length, self._format)


def highlighter_of(document: QTextDocument) -> SpellHighlighter | None:
    """Return the spell highlighter installed on a document, if any."""
    return document.findChild(SpellHighlighter)


def install_highlighter(document: QTextDocument, checker: SpellChecker) -> SpellHighlighter:
    """Underline unknown words in a document (once per document)."""
    found = highlighter_of(document)
    return found if found is not None else SpellHighlighter(document, checker)
