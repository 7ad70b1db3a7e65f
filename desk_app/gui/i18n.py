"""Choose the GUI language: German by default, English through a Qt translation file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desk_app.paths import resources_dir

LANGUAGES = {"de": "Deutsch", "en": "English"}
_SETTING = "ui/language"
# The translators installed now, removed before a switch installs the next language's.
_installed: list[QTranslator] = []


def chosen_language(settings: QSettings) -> str:
    """Return the saved language; on first start the system's, if we have it, else German."""
    saved = settings.value(_SETTING)
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    system = QLocale.system().name().split("_")[0]
    language = system if system in LANGUAGES else "de"
    settings.setValue(_SETTING, language)
    return language


def save_language(settings: QSettings, language: str) -> None:
    """Remember the language for the next start."""
    settings.setValue(_SETTING, language)


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load Qt's own texts (OK, Cancel …) and ours for a language; ours are German already.

    The core's sentences follow too (gettext, desk_app.i18n). Translators of an
    earlier language are removed first, so a switch at run time leaves none behind.
    """
    from desk_app.i18n import set_language

    set_language(language)
    while _installed:
        app.removeTranslator(_installed.pop())
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if language == "de":
        return None
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "i18n" / f"anfragen_desk_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    return None
