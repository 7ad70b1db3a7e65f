"""Translate the sentences users read: German is the source, other languages come from gettext.

Every user-facing string of the Qt-free core goes through `_` (or `ngettext`);
a string that must be marked where it is defined but translated where it is
shown (a table of names, a default argument) is marked with `N_`. The window's
own texts use Qt's `tr()`; both follow the language set here. Domain terms
without an English equivalent (Drucksache, Wahlperiode) stay German in every
language (docs/GLOSSARY.md), and so do the printed papers: their text never
passes through these functions.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable, Mapping

from desk_app.paths import resources_dir

DOMAIN = "anfragen_desk"
SOURCE_LANGUAGE = "de"
LANGUAGES = ("de", "en")

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_listeners: list[Callable[[str], None]] = []


def locale_dir() -> str:
    """Return the folder holding <language>/LC_MESSAGES/anfragen_desk.mo."""
    return str(resources_dir() / "i18n" / "locale")


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """Return the language gettext would choose: LANGUAGE's list, else LC_ALL, LC_MESSAGES, LANG."""
    environ = os.environ if environ is None else environ
    for entry in environ.get("LANGUAGE", "").split(":"):
        if _language_of(entry) in LANGUAGES:
            return _language_of(entry)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            # The first locale set decides; one we have no catalogue for means the source.
            language = _language_of(value)
            return language if language in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def _language_of(locale_name: str) -> str:
    """Return "en" of "en_GB.UTF-8@euro"."""
    return locale_name.split(".")[0].split("@")[0].split("_")[0].lower()


def set_language(language: str) -> None:
    """Switch every later `_` call to a language; tell the listeners (the window)."""
    global _translation, _language
    if language not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"unknown language {language!r} (known: {known})")
    if language == SOURCE_LANGUAGE:
        _translation = gettext.NullTranslations()
    else:
        _translation = gettext.translation(
            DOMAIN, localedir=locale_dir(), languages=[language], fallback=True
        )
    _language = language
    for listener in list(_listeners):
        listener(language)


def current_language() -> str:
    """Return the language `_` translates into."""
    return _language


def on_language_change(listener: Callable[[str], None]) -> None:
    """Call a function with the new language whenever it changes."""
    _listeners.append(listener)


def _(message: str) -> str:
    """Return a German sentence in the current language."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Return the singular or plural form for a count, in the current language."""
    return _translation.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it here."""
    return message


class Said(str):
    """A sentence in the source language that remembers its template, to be shown in another.

    Import reports are built while reading and read by code too (which field a
    line concerns): they stay German as strings, and `shown()` translates them
    where a person reads them.
    """

    __slots__ = ("template", "values")
    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Said:
        """Fill the template with the values in the source language."""
        said = super().__new__(cls, template.format(**values))
        said.template = template
        said.values = values
        return said


def say(template: str, **values: object) -> Said:
    """Return a sentence, German now and translated by `shown()`; marked for the catalogue."""
    return Said(template, **values)


def shown(text: str) -> str:
    """Return a sentence in the current language: a Said by its template, else as it is."""
    if not isinstance(text, Said):
        return text
    values = {
        name: shown(value) if isinstance(value, str) else value
        for name, value in text.values.items()
    }
    return _(text.template).format(**values)
