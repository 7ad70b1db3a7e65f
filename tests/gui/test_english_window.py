"""The window in English: no German anywhere but in names of documents and institutions.

The main window is started in English as the app starts it (the core's gettext
language and the Qt translator), on a store with inquiries that fill every
view: one due soon with an extension, one overdue, one imported with its
answer, one in the trash. Every tab, pane and dialog that opens without
blocking is built, and every text a user reads on it is searched for German.
"""

from __future__ import annotations

import gettext
import html
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desk_app import i18n
from desk_app.gui import inquiry_commands
from desk_app.gui.export_dialog import ExportDialog
from desk_app.gui.extension_dialog import ExtensionDialog
from desk_app.gui.history_dialog import HistoryDialog
from desk_app.gui.i18n import install_translator
from desk_app.gui.import_report_dialog import ImportReportDialog
from desk_app.gui.main_window import MainWindow
from desk_app.gui.new_inquiry_dialog import NewInquiryDialog
from desk_app.gui.operations import Operations
from desk_app.gui.trash_dialog import TrashDialog
from desk_app.model import Extension, Inquiry, Originator, plain
from desk_app.service import ImportOutcome, markdown_text

CORPUS = Path(__file__).parents[1] / "corpus" / "built"
NW_INQUIRY = CORPUS / "nw_17_3417_kleine_anfrage.txt"
NW_ANSWER = CORPUS / "nw_17_3417_antwort.txt"

# Words of German sentences and of the window's German texts; none is an English word.
GERMAN_WORDS = frozenset(
    """
    und oder der die das den dem des nicht ist sind eine einer einen eines ein kein keine
    mit für von vom zu zur zum auf bei nach noch aus im ab als auch wird werden wurde
    sich es wie wenn dieser diese dieses jetzt schon gibt hat haben bitte nur alle ohne
    über unter oben unten neu neue neuer heute morgen gestern tag tage woche wochen monat
    monate jahr jahre überfällig fällig frist fristen fristende datei anfrage anfragen
    speichern öffnen schließen beenden bearbeiten ansicht einstellungen hilfe sprache
    zuletzt geöffnet werkzeuge importieren exportieren verlauf papierkorb wiederherstellen
    entfernen hinzufügen löschen abbrechen anlegen durchsuchen ersetzen vorlage vorschau
    verfolgung fußnote fußnoten frage fragen unterfrage unterfragen titel parlament
    parlamente art arten antwort antworten entwurf eingereicht veröffentlicht beantwortet
    zurückgezogen unterzeichnet weitergeleitet ausgegeben einreichung weiterleitung
    ausgabe verlängerung verlängerungen grund vereinbart gewährt regel hinweis quelle
    sicher vermutet gefunden sicherheit feld erkannt datum unterschrift vorbemerkung
    einleitungssatz fragesteller abgeordnete abgeordneter fraktion ministerium
    federführendes zitat fett kursiv rückgängig wiederholen seite seitenbreite ganze
    vergrößerung suche volltextsuche treffer zeigen gelöscht aktuell fassung gespeichert
    leer lassen berechnet berechnete berechenbar manuell gesetzt weitere später
    bestätigt unbestätigt sekundärquelle arbeitstage werktage kalendertage
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    januar februar märz mai juni juli oktober dezember
    """.split()  # noqa: SIM905 - a word list reads better as text
)
GERMAN_LETTERS = re.compile("[äöüßÄÖÜ„]")
WORD = re.compile(r"[^\W\d_]+")

# Names that stay German in every language: the app, domain terms, laws and rules.
ALLOWED_NAMES = (
    "Anfragen-Desk",
    "Drucksachen",
    "Drucksache",
    "Drs.",
    "Wahlperiode",
    "Landtag",
    "Bürgerschaft",
    "Abgeordnetenhaus",
    "Bundestag",
    "Senat",
    "Verfassung",
    "GO LT NRW",
    "GO-BT",
    "GGO",
    "BGB",
)
# The own text of an inquiry shows only in pieces this long, or as a whole name.
OWN_TEXT_MIN = 20
CORE_SENTENCE = "core sentence"
SEPARATORS = re.compile(r"\s*(?:·|\n|\|)\s*|\s{2,}")
LIST_COMMA = re.compile(r",\s*")
CUT_WORD = re.compile(r"(\w[\w ]*)…")


@pytest.fixture
def english(qapp):
    """Speak English as a start in English does; German again afterwards, whatever happens."""
    app = QApplication.instance()
    assert app is not None
    before = set(app.findChildren(QTranslator))
    try:
        # As a start does: one call sets the core's language and installs Qt's translators.
        assert install_translator(app, "en") is not None, "anfragen_desk_en.qm did not load"
        assert i18n.current_language() == "en"
        yield
    finally:
        for translator in app.findChildren(QTranslator):
            if translator not in before:
                # Removed, not deleted: the window's language module may still hold them.
                QCoreApplication.removeTranslator(translator)
        i18n.set_language("de")


class _CoreInEnglish(gettext.NullTranslations):
    """Stand in for the core's catalogue as if it were complete: every sentence English."""

    def gettext(self, message: str) -> str:
        return CORE_SENTENCE if message else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return CORE_SENTENCE


@pytest.fixture
def core_in_english(english, monkeypatch):
    """Translate every sentence of the core (gettext) to one English stand-in.

    Return the texts of the imports' reports as they came from the core: where
    the core does not pass them through its catalogue yet, they stay German.
    """
    monkeypatch.setattr(i18n, "_translation", _CoreInEnglish())
    outcomes: list[ImportOutcome] = []
    for name in ("import_path", "import_answer"):
        monkeypatch.setattr(Operations, name, _recording(getattr(Operations, name), outcomes))

    def delivered() -> list[str]:
        texts = []
        for outcome in outcomes:
            texts += [*outcome.report, *outcome.to_check]
            texts += [text for entry in outcome.fields for text in (entry.value, entry.detail)]
        return texts

    return delivered


def _recording(method, outcomes: list[ImportOutcome]):
    def record(self, *args, **kwargs):
        outcome = method(self, *args, **kwargs)
        outcomes.append(outcome)
        return outcome

    return record


@pytest.fixture
def english_window(english, session):
    """Return the main window as a start in English shows it, on an empty store."""
    return session.window


# -- collecting what the user reads ---------------------------------------------------------


def _plain(text: str) -> str:
    """Return a label's text without markup."""
    if "<" in text:
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):
        return 1  # its columnCount() is private to the binding
    return model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    if depth == 0:
        for section in range(_columns(model, parent)):
            for role in roles:
                yield str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(model.rowCount(parent), 300)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in roles:
                yield str(model.data(index, role) or "")
        first = model.index(row, 0, parent)
        if depth < 3 and not isinstance(model, QAbstractListModel) and model.rowCount(first):
            yield from _model_texts(model, first, depth + 1)


def _action_texts(action: QAction) -> Iterator[str]:
    yield from (action.text(), action.toolTip(), action.statusTip(), action.iconText())
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for inner in menu.actions():
            yield from _action_texts(inner)


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield from (widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.whatsThis())
    if isinstance(widget, QLabel):
        yield _plain(widget.text())
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield from (widget.text(), widget.specialValueText())
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
            yield str(widget.itemData(index, Qt.ItemDataRole.ToolTipRole) or "")
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield from (widget.tabText(index), widget.tabToolTip(index))
    # A header shows its view's header data, read with the view; its cells are the view's.
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _model_texts(widget.model(), QModelIndex())
    if isinstance(widget, QMenu):
        yield widget.title()
    if isinstance(widget, QMainWindow):
        yield widget.statusBar().currentMessage()
    if isinstance(widget, QMessageBox):
        yield from (widget.text(), widget.informativeText())
    for action in widget.actions():
        yield from _action_texts(action)


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Yield (widget, text) for every text on a widget and all its children, hidden ones too."""
    for widget in (root, *root.findChildren(QWidget)):
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        for text in _widget_texts(widget):
            if text and text.strip():
                yield where, text


# -- judging a text ---------------------------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(text.split())


# A shorter value of the user's (a party, "SPD") is left to the names above.
OWN_VALUE_MIN = 6
QUOTED = re.compile(r"[„“]([^„“”]+)[“”]")


class Allowed:
    """Hold the German a window in English may show: names, and the inquiries' own text."""

    def __init__(self, window: MainWindow, delivered: Iterable[str] = ()) -> None:
        names: set[str] = set(ALLOWED_NAMES)
        for parliament in window.ops.registry.all():
            names.update((parliament.name, parliament.header_name, parliament.place))
            names.update((parliament.holidays_region_name, *parliament.parties))
            for kind in parliament.kinds.values():
                # How the printed head names the askers: the paper's German, chosen as such.
                template = kind.template
                names.update((template.originator_intro_singular, template.originator_intro_plural))
        self.names = sorted((name for name in names if name), key=len, reverse=True)
        desk = window.ops.desk
        inquiries = []
        for row in desk.list(limit=1000):
            inquiries.append(desk.get(row.id))
            inquiries += [desk.revision(row.id, rev.id) for rev in desk.revisions(row.id)]
        own = [row.title for row in desk.deleted()]
        own += [text for inquiry in inquiries for text in _own_values(inquiry)]
        own += delivered
        own += [NW_INQUIRY.name, NW_ANSWER.name]  # the files imported, as the history names them
        self.values = {_normal(text) for text in own if text.strip()}  # shown whole, any length
        self._long_values = sorted(
            (value for value in self.values if len(value) >= OWN_VALUE_MIN), key=len, reverse=True
        )
        self.own_text = _normal("\n".join([*own, *(markdown_text(i) for i in inquiries)]))

    def _is_own(self, piece: str) -> bool:
        """Tell whether a piece of a text is an inquiry's own: a value, or long text cut short."""
        bare = _normal(piece).strip(" .,:;()[]–-\"'“”„")
        if bare in self.values:
            return True
        cut = bare.removesuffix("…").rstrip()
        return len(cut) >= OWN_TEXT_MIN and cut in self.own_text

    def german_in(self, text: str) -> list[str]:
        """Return the German words and letters of a text outside the allowed names."""
        # What a user typed or a document named, inside a sentence ("Answered by: Minister
        # für Kinder, Familie, …"), before the list commas would cut it apart.
        for value in self._long_values:
            text = text.replace(value, " ")
        pieces = [
            part
            for piece in SEPARATORS.split(text)
            if not self._is_own(piece)
            for part in LIST_COMMA.split(piece)  # a list of names: "A (SPD), B (SPD)"
            if not self._is_own(part)
        ]
        rest = " ".join(pieces)
        for name in self.names:
            rest = rest.replace(name, " ")
        # The inquiry's own text quoted in a sentence ("Title only guessed: “Wie bewahrt …”").
        rest = QUOTED.sub(lambda m: " " if self._is_own(m.group(1)) else m.group(0), rest)
        # A name cut short at the end of a cell: "Sigrid Beer (BÜNDNIS…".
        rest = CUT_WORD.sub(lambda m: " " if self._starts_a_name(m.group(1)) else m.group(0), rest)
        found = [word for word in WORD.findall(rest) if word.lower() in GERMAN_WORDS]
        found += GERMAN_LETTERS.findall(rest)
        return found

    def _starts_a_name(self, start: str) -> bool:
        return len(start) >= 3 and any(name.startswith(start) for name in self.names)


def _own_values(inquiry: Inquiry) -> list[str]:
    """Return the values an inquiry holds that a view may show whole: its title and people."""
    values = [plain(inquiry.title.inlines), inquiry.lead_ministry, inquiry.faction]
    values += [person.name for person in inquiry.originators]
    values += [f"{person.name} ({person.party})" for person in inquiry.originators]
    for extension in inquiry.dates.extensions:
        values += [extension.reason, extension.agreed_by]
    if inquiry.answer is not None:
        # An institution, as the answer names it, with or without its article.
        ministry = inquiry.answer.ministry
        values += [ministry, re.sub(r"^(?:Der|Die|Das)\s+", "", ministry)]
    return values


def german_texts(root: QWidget, allowed: Allowed) -> list[str]:
    """Return one line per text that shows German, naming the widget that shows it."""
    lines = []
    for where, text in shown_texts(root):
        found = allowed.german_in(text)
        if found:
            lines.append(f"{where}: {text!r} ({', '.join(sorted(set(found)))})")
    return sorted(set(lines))


# -- the store and the walk ---------------------------------------------------------------


def _fill_store(window: MainWindow) -> dict[str, int]:
    """Create the inquiries that fill every view; return their ids by role."""
    ops = window.ops
    today = ops.today()
    soon = ops.create(
        "NW",
        "kleine-anfrage",
        [Originator("Anna Müller", "SPD"), Originator("Jörg Weiß", "SPD")],
        "SPD",
        "Förderung der Radwege im Münsterland",
    )
    # Four weeks from forwarding ended five days ago; the extension by a week ends in two.
    soon.dates.signed = today - timedelta(days=36)
    soon.dates.submitted = today - timedelta(days=35)
    soon.dates.forwarded = today - timedelta(days=33)
    soon.lead_ministry = "Ministerium für Verkehr"
    soon.dates.extensions.append(
        Extension(units=1, reason="Abfrage bei den Kommunen", agreed_by="Präsidentin")
    )
    ops.save(soon)
    late = ops.create("NW", "kleine-anfrage", title="Unterrichtsausfall an Grundschulen")
    late.dates.submitted = today - timedelta(days=90)
    late.dates.forwarded = today - timedelta(days=88)
    ops.save(late)
    gone = ops.create("NW", "grosse-anfrage", title="Zukunft der Wälder in Nordrhein-Westfalen")
    assert gone.id is not None and soon.id is not None and late.id is not None
    ops.delete(gone.id)
    imported = window.import_path(NW_INQUIRY)
    assert imported is not None
    assert inquiry_commands.import_answer(window, NW_ANSWER)
    return {"soon": soon.id, "late": late.id, "imported": imported}


def _show_every_tab(window: MainWindow, qtbot) -> None:
    for tabs in (window.left_tabs, window.right_tabs):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(1)
    qtbot.waitUntil(lambda: not window.preview.is_pending(), timeout=20000)


def _dialogs(window: MainWindow, ids: dict[str, int]) -> list[QDialog]:
    """Build each dialog the window opens, without running it."""
    ops = window.ops
    registry = ops.registry
    today = ops.today()
    new = NewInquiryDialog(registry, window, parliament_id="NW")
    new.add_originator()
    assert window.current is not None
    dialogs: list[QDialog] = [
        new,
        ExportDialog(window.current, registry, window),
        HistoryDialog(ops, ids["imported"], window),
        TrashDialog(ops, window),
        ExtensionDialog("weeks", today, window),
        ExtensionDialog(None, today, window),
    ]
    for dialog in dialogs:
        dialog.show()
    return dialogs


def german_in_every_view(
    window: MainWindow, qtbot, delivered: Callable[[], Iterable[str]] = tuple
) -> list[str]:
    """Fill the store, open each inquiry, tab and dialog, and return what shows German.

    `delivered` returns texts to pass as they are, as if they were the inquiry's own.
    """
    german: list[str] = []

    def look(step: str, root: QWidget, allowed: Allowed) -> None:
        german.extend(f"[{step}] {line}" for line in german_texts(root, allowed))

    look("start page", window, Allowed(window))  # before any inquiry exists
    ids = _fill_store(window)
    allowed = Allowed(window, delivered())
    assert [d for d in window.findChildren(ImportReportDialog) if d.isVisible()]
    for key in ("soon", "late", "imported"):
        window.open_inquiry(ids[key])
        _show_every_tab(window, qtbot)
        look(f"{key} inquiry", window, allowed)

    groups = window.dashboard.groups()
    assert groups.overdue_total and groups.this_week, "each group of the dashboard shows"
    window.show_start_notice()  # something is overdue: the badge and the banner say so
    assert window.due_badge.isVisible() and not window.dashboard.banner.isHidden()
    dialogs = _dialogs(window, ids)
    for dialog in dialogs:
        look(type(dialog).__name__, dialog, allowed)
    look("window with its dialogs", window, allowed)  # the dialogs and the notice are children

    new = dialogs[0]
    assert isinstance(new, NewInquiryDialog)
    for index in range(new.kind_combo.count()):  # each NW kind's rules and limits
        new.kind_combo.setCurrentIndex(index)
        look(f"new inquiry, {new.kind_combo.currentData()}", new, allowed)
    return list(dict.fromkeys(german))


def test_the_english_window_shows_no_german(english_window, qtbot):
    german = german_in_every_view(english_window, qtbot)
    assert not german, "German in the English window:\n" + "\n".join(german)


def test_the_windows_own_texts_are_english(core_in_english, english_window, qtbot):
    """With the core's catalogue complete, what is German is the window's own fault."""
    german = german_in_every_view(english_window, qtbot, core_in_english)
    assert not german, "German in the English window:\n" + "\n".join(german)
    assert english_window.left_tabs.tabText(0) == "Inquiries"


def test_the_check_finds_a_german_text_left_in_the_window(core_in_english, english_window):
    window = english_window
    allowed = Allowed(window)
    assert german_texts(window, allowed) == []
    window.count_label.setToolTip("Die Liste ist leer")
    window.menus.toolbar.addAction("Öffnen")
    window.list_panel.status_filter.addItem("Eingereicht")
    found = german_texts(window, allowed)
    for text in ("Die Liste ist leer", "Öffnen", "Eingereicht"):
        assert any(repr(text) in line for line in found), text


def test_names_of_institutions_and_own_text_pass(english_window):
    window = english_window
    allowed = Allowed(window)
    assert allowed.german_in("Landtag Nordrhein-Westfalen · BÜNDNIS 90/DIE GRÜNEN") == []
    assert allowed.german_in("Rule: GO LT NRW, Drucksache 17/8765, 18. Wahlperiode") == []
    assert allowed.german_in("Bremische Bürgerschaft") == []
    assert allowed.german_in("Überfällig") == ["Überfällig", "Ü", "ä"]
    assert allowed.german_in("Trash: Die Datei") == ["Die", "Datei"]
