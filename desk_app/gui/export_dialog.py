"""File → Export: choose format, layout and file, export, then open the file or its folder."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.model import DeskError, Inquiry
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import EXPORT_FORMATS, ExportOutcome, choose_layout
from desk_app.service.format_names import export_file_name
from desk_app.service.progress import Cancelled

PAGED_FORMATS = ("docx", "pdf")  # the formats that have a page layout to choose
FOLDER_KEY = "export/folder"  # the folder of the last export, in the window's settings
_SUFFIXES = {exporter.suffix for exporter in EXPORT_FORMATS.values()}
_ERROR_STYLE = "color: #c62828;"  # the red the date fields use for their messages


class ExportChoice(NamedTuple):
    """Hold what the user chose: format, layout, target file and an optional Word template."""

    fmt: str
    layout: str | None
    path: Path
    template: Path | None = None


# What the dialog calls to write the file: it raises DeskError with one sentence.
ExportWriter = Callable[[ExportChoice], ExportOutcome]


def with_suffix(path: Path, fmt: str) -> Path:
    """Append the format's suffix unless the name already ends with it (in any case)."""
    suffix = f".{EXPORT_FORMATS[fmt].suffix}"
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


def default_folder() -> Path:
    """Return the user's documents folder, made if it is missing, or else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found:
        documents = Path(found)
        # A fresh account may have no documents folder yet: the first export must still work.
        with contextlib.suppress(OSError):
            documents.mkdir(parents=True, exist_ok=True)
        if documents.is_dir():
            return documents
    return Path.home()


def export_folder(settings: QSettings | None) -> Path:
    """Return the folder of the last export if it still exists, else the default folder."""
    remembered = settings.value(FOLDER_KEY) if settings is not None else None
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    return default_folder()


class ExportDialog(QDialog):
    """Ask which format, layout and file an export goes to; export and offer the result."""

    def __init__(
        self,
        inquiry: Inquiry,
        registry: ProfileRegistry | None = None,
        parent: QWidget | None = None,
        fmt: str | None = None,
        folder: Path | None = None,
        write: ExportWriter | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportieren"))
        self._inquiry = inquiry
        self._registry = registry
        self._write = write
        self._settings = settings
        self._suggested = ""  # the name proposed last: replaced when format or layout change
        self.outcome: ExportOutcome | None = None  # the last export that worked
        self.format_combo = QComboBox(self)
        for exporter in EXPORT_FORMATS.values():
            self.format_combo.addItem(self.format_label(exporter.name), exporter.name)
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("Einreichung"), "submission")
        self.layout_combo.addItem(self.tr("Drucksache"), "drucksache")
        if inquiry.answer is not None:  # only offered once an answer is recorded
            self.layout_combo.addItem(self.tr("Antwort"), "answer")
        self.layout_combo.setToolTip(
            self.tr(
                "Einreichung: wie eingereicht; Drucksache: wie gedruckt, mit Nummer; "
                "Antwort: jede Frage mit ihrer Antwort"
            )
        )
        default_layout = choose_layout(inquiry, None).value
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(default_layout))
        self.path_edit = QLineEdit(self)
        browse = QPushButton(self.tr("&Durchsuchen …"), self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Layout:"), self.layout_combo)
        # A row that is a layout gets no buddy from addRow(str, …): the & would show.
        path_label = QLabel(self.tr("&Datei:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        self.template_edit = QLineEdit(self)
        self.template_edit.setPlaceholderText(self.tr("keine: das Layout des Parlaments"))
        self.template_edit.setToolTip(
            self.tr(
                "Eine eigene Word-Vorlage (.dotx oder .docx): ihre Formatvorlagen und "
                "Seiteneinstellungen, mit dem Inhalt der Anfrage"
            )
        )
        self.template_button = QPushButton(self.tr("&Vorlage …"), self)
        self.template_button.clicked.connect(self.browse_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        template_label = QLabel(self.tr("&Word-Vorlage:"), self)
        template_label.setBuddy(self.template_edit)
        form.addRow(template_label, template_row)
        # What happened: why an export failed, or where it went and what the writer noted.
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        self.open_button = QPushButton(self.tr("Exportierte Datei &öffnen"), self)
        self.open_button.clicked.connect(self.open_exported_file)
        self.folder_button = QPushButton(self.tr("Im &Ordner zeigen"), self)
        self.folder_button.clicked.connect(self.show_in_folder)
        result_row = QHBoxLayout()
        result_row.addWidget(self.open_button)
        result_row.addWidget(self.folder_button)
        result_row.addStretch(1)
        for button in (self.open_button, self.folder_button):
            button.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Exportieren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message_label)
        box.addLayout(result_row)
        box.addWidget(self.buttons)
        start = self.format_combo.findData(fmt) if fmt else -1
        self.format_combo.setCurrentIndex(
            start if start >= 0 else self.format_combo.findData("pdf")
        )
        self._set_path(folder or export_folder(settings), self.fmt())
        self.format_combo.currentIndexChanged.connect(self._choice_changed)
        self.layout_combo.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()
        self.resize(620, self.sizeHint().height())

    def format_label(self, fmt: str) -> str:
        """Return a format's name as the dialog shows it: the core's labels are German."""
        own = {"ics": self.tr("Kalender (ICS)")}
        return own.get(fmt, EXPORT_FORMATS[fmt].label)

    def fmt(self) -> str:
        """Return the chosen format's name (a key of EXPORT_FORMATS)."""
        return str(self.format_combo.currentData())

    def layout_name(self) -> str | None:
        """Return the chosen layout, or None for a format without pages."""
        return str(self.layout_combo.currentData()) if self.fmt() in PAGED_FORMATS else None

    def path(self) -> Path:
        """Return the target file with the format's suffix."""
        return with_suffix(Path(self.path_edit.text().strip()).expanduser(), self.fmt())

    def template(self) -> Path | None:
        """Return the chosen Word template, or None (also for formats without templates)."""
        raw = self.template_edit.text().strip()
        if not raw or not EXPORT_FORMATS[self.fmt()].takes_template:
            return None
        return Path(raw).expanduser()

    def choice(self) -> ExportChoice:
        """Return format, layout, path and template as entered."""
        return ExportChoice(self.fmt(), self.layout_name(), self.path(), self.template())

    def message(self) -> str:
        """Return the line the dialog shows about the last export ("" before any)."""
        return self.message_label.text() if not self.message_label.isHidden() else ""

    def exported_file_url(self) -> QUrl | None:
        """Return the URL "open the exported file" opens, or None before an export worked."""
        return QUrl.fromLocalFile(str(self.outcome.path)) if self.outcome else None

    def exported_folder_url(self) -> QUrl | None:
        """Return the URL "show in folder" opens: the folder that holds the exported file."""
        return QUrl.fromLocalFile(str(self.outcome.path.parent)) if self.outcome else None

    @Slot()
    def open_exported_file(self) -> None:
        """Open the exported file in the program the desktop has for it."""
        self._open(self.exported_file_url())

    @Slot()
    def show_in_folder(self) -> None:
        """Open the folder of the exported file in the desktop's file manager."""
        self._open(self.exported_folder_url())

    def _open(self, url: QUrl | None) -> None:
        """Hand a URL to the desktop; say so when nothing there can open it."""
        if url is not None and not QDesktopServices.openUrl(url):
            self._show_message(
                self.tr("%1 ließ sich nicht öffnen: kein Programm dafür gefunden.").replace(
                    "%1", url.toLocalFile()
                ),
                error=True,
            )

    @Slot()
    def browse_template(self) -> None:
        """Let the user pick a Word template."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Word-Vorlage wählen"),
            self.template_edit.text().strip() or str(export_folder(self._settings)),
            self.tr("Word-Vorlagen (*.dotx *.docx)"),
        )
        if chosen:
            self.template_edit.setText(chosen)

    @Slot()
    def browse(self) -> None:
        """Let the user pick the file in a save dialog filtered to the chosen format."""
        exporter = EXPORT_FORMATS[self.fmt()]
        pattern = f"{self.format_label(exporter.name)} (*.{exporter.suffix})"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportieren als"), str(self.path()), pattern
        )
        if chosen:
            self.path_edit.setText(str(with_suffix(Path(chosen), self.fmt())))

    def accept(self) -> None:
        """Export, after asking before a file is replaced; stay open to show how it went."""
        raw = self.path_edit.text().strip()
        if not raw:
            self._show_message(self.tr("Bitte eine Datei angeben."), error=True)
            return
        target = self.path()
        if target.exists() and not target.is_dir():
            answer = QMessageBox.question(
                self,
                self.tr("Datei ersetzen"),
                self.tr("%1 gibt es schon. Ersetzen?").replace("%1", str(target)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._write is None:
            super().accept()  # the caller writes the file
            return
        # The writer lays the file out behind a progress dialog with a cancel button.
        try:
            outcome = self._write(self.choice())
        except Cancelled:
            self._show_message(
                self.tr("Export abgebrochen; es wurde nichts geschrieben."), error=False
            )
            return
        except DeskError as error:
            # The dialog keeps every entry, so the user fixes the one thing and tries again.
            self._show_message(str(error), error=True)
            return
        self._exported(outcome)

    def _exported(self, outcome: ExportOutcome) -> None:
        """Say where the file went, remember its folder and offer to open it."""
        self.outcome = outcome
        if self._settings is not None:
            self._settings.setValue(FOLDER_KEY, str(outcome.path.parent))
        lines = [self.tr("Exportiert: %1").replace("%1", str(outcome.path))]
        # What the writer had to drop or could not place: the user should know before sending.
        lines += list(outcome.warnings)
        self._show_message("\n".join(lines), error=False)
        for button in (self.open_button, self.folder_button):
            button.show()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("&Schließen"))
        self.open_button.setFocus()

    def _show_message(self, text: str, *, error: bool) -> None:
        """Show a line under the form: red for an error."""
        self.message_label.setText(text)
        self.message_label.setStyleSheet(_ERROR_STYLE if error else "")
        self.message_label.show()

    @Slot()
    def _choice_changed(self) -> None:
        """Offer the layout only where it counts and let the file name follow the choice."""
        fmt = self.fmt()
        self.layout_combo.setEnabled(fmt in PAGED_FORMATS)
        takes_template = EXPORT_FORMATS[fmt].takes_template
        self.template_edit.setEnabled(takes_template)
        self.template_button.setEnabled(takes_template)
        current = Path(self.path_edit.text().strip())
        if current.name:
            self._set_path(current.parent, fmt, current)

    def _set_path(self, folder: Path, fmt: str, current: Path | None = None) -> None:
        """Put a file name for fmt into the path field; a name the user typed stays theirs."""
        suggestion = export_file_name(self._inquiry, fmt, self.layout_name(), self._registry)
        if current is None or current.name == self._suggested:
            name = suggestion
        elif current.suffix.lower().lstrip(".") in _SUFFIXES:
            name = current.stem + "." + EXPORT_FORMATS[fmt].suffix
        else:
            name = current.name  # typed without a known suffix: the suffix is added on export
        self._suggested = suggestion
        self.path_edit.setText(str(folder / name))


def ask_export(
    parent: QWidget | None,
    inquiry: Inquiry,
    registry: ProfileRegistry | None = None,
    fmt: str | None = None,
    folder: Path | None = None,
) -> ExportChoice | None:
    """Ask where and how to export; return (format, layout, path) or None if cancelled."""
    dialog = ExportDialog(inquiry, registry, parent, fmt=fmt, folder=folder)
    try:
        return dialog.choice() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def run_export(
    parent: QWidget | None,
    inquiry: Inquiry,
    registry: ProfileRegistry,
    settings: QSettings,
    write: ExportWriter,
) -> ExportOutcome | None:
    """Show the dialog until the user closes it; return the last export that worked, or None."""
    dialog = ExportDialog(inquiry, registry, parent, write=write, settings=settings)
    try:
        dialog.exec()
        return dialog.outcome
    finally:
        dialog.deleteLater()
