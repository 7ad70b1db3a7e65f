"""File → Export: choose format, layout and file; the caller writes the file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QStandardPaths, Slot
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

from desk_app.model import Inquiry, plain
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import EXPORT_FORMATS, choose_layout

PAGED_FORMATS = ("docx", "pdf")  # the formats that have a page layout to choose
_SUFFIXES = {exporter.suffix for exporter in EXPORT_FORMATS.values()}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class ExportChoice(NamedTuple):
    """Hold what the user chose: format, layout, target file and an optional Word template."""

    fmt: str
    layout: str | None
    path: Path
    template: Path | None = None


def kind_abbreviation(inquiry: Inquiry, registry: ProfileRegistry | None = None) -> str:
    """Return the initials of the kind's name in its parliament: "KA", "SA", "GA"."""
    name = inquiry.kind.replace("-", " ")
    if registry is not None and inquiry.parliament in registry:
        kinds = registry.get(inquiry.parliament).kinds
        if inquiry.kind in kinds:
            name = kinds[inquiry.kind].display_name
    return "".join(word[0] for word in name.split() if word[0].isalpha()).upper() or "A"


def suggested_filename(inquiry: Inquiry, fmt: str, registry: ProfileRegistry | None = None) -> str:
    """Propose a file name such as "NW_17_KA-3417.pdf" (a title slug while there is no number)."""
    parts = [inquiry.parliament.upper()]
    if inquiry.term is not None:
        parts.append(str(inquiry.term))
    kind = kind_abbreviation(inquiry, registry)
    if inquiry.number:
        parts.append(f"{kind}-{inquiry.number}")
    elif inquiry.drucksache:
        parts.append(f"{kind}_Drs-{inquiry.drucksache.replace('/', '-')}")
    else:
        words = _UNSAFE.sub(" ", plain(inquiry.title.inlines)).split()[:6]
        parts.append("_".join([kind, "-".join(words)]) if words else kind)
    stem = _UNSAFE.sub("-", "_".join(parts)).strip(" .")
    return f"{stem}.{EXPORT_FORMATS[fmt].suffix}"


def with_suffix(path: Path, fmt: str) -> Path:
    """Append the format's suffix unless the name already ends with it (in any case)."""
    suffix = f".{EXPORT_FORMATS[fmt].suffix}"
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


def default_folder() -> Path:
    """Return the user's documents folder, or the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportDialog(QDialog):
    """Ask which format, which layout and which file an export should go to."""

    def __init__(
        self,
        inquiry: Inquiry,
        registry: ProfileRegistry | None = None,
        parent: QWidget | None = None,
        fmt: str | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportieren"))
        self._inquiry = inquiry
        self._registry = registry
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exportieren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)
        start = self.format_combo.findData(fmt) if fmt else -1
        self.format_combo.setCurrentIndex(
            start if start >= 0 else self.format_combo.findData("pdf")
        )
        self._set_path(folder or default_folder(), self.fmt())
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.resize(560, self.sizeHint().height())

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

    @Slot()
    def browse_template(self) -> None:
        """Let the user pick a Word template."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Word-Vorlage wählen"),
            self.template_edit.text().strip() or str(default_folder()),
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
        """Close with the choice, after asking before a file is replaced."""
        raw = self.path_edit.text().strip()
        if not raw:
            QMessageBox.warning(self, self.tr("Exportieren"), self.tr("Bitte eine Datei angeben."))
            return
        target = self.path()
        if target.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Datei ersetzen"),
                self.tr("%1 gibt es schon. Ersetzen?").replace("%1", str(target)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    @Slot()
    def _format_changed(self) -> None:
        """Offer the layout only where it counts and let the file name follow the format."""
        fmt = self.fmt()
        self.layout_combo.setEnabled(fmt in PAGED_FORMATS)
        takes_template = EXPORT_FORMATS[fmt].takes_template
        self.template_edit.setEnabled(takes_template)
        self.template_button.setEnabled(takes_template)
        current = Path(self.path_edit.text().strip())
        if current.name:
            self._set_path(current.parent, fmt, current)

    def _set_path(self, folder: Path, fmt: str, current: Path | None = None) -> None:
        """Put a file name for fmt into the path field, swapping a known export suffix."""
        if current is not None and current.suffix.lower().lstrip(".") in _SUFFIXES:
            name = current.stem + "." + EXPORT_FORMATS[fmt].suffix
        elif current is not None:
            name = current.name  # a name the user typed without a known suffix stays theirs
        else:
            name = suggested_filename(self._inquiry, fmt, self._registry)
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
