"""Keep the gettext catalogues of the Qt-free core in step with the code, and compile them.

Usage: python tools/i18n.py update [AREA] | translate AREA FILE.json | compile | check

`update` (of all areas, or of one: core, formats, store, parliaments)
collects every `_()`, `N_()` and `ngettext()` string of desk_app (the
window's own texts are Qt's, see `make translations`) and the
user-facing texts of the parliament profiles (kind names, rule notes and
sources), files each under its area's catalogue in resources/i18n/po/<lang>/,
and keeps the translations already made. `compile` writes the one .mo file
the app loads. `check` lists what is untranslated and fails when the .mo is
stale; the test suite calls the same functions. `translate` lays a JSON
object {"German text": "translation"} (a plural's value: [singular, plural])
over an area's catalogue.
"""

from __future__ import annotations

import gettext
import io
import json
import sys
import tomllib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PO_DIR = ROOT / "resources" / "i18n" / "po"
LOCALE_DIR = ROOT / "resources" / "i18n" / "locale"
DOMAIN = "anfragen_desk"
LANGUAGES = ("en",)
KEYWORDS = {"_": None, "N_": None, "say": None, "ngettext": (1, 2)}
# Which catalogue a source belongs to: the first matching prefix wins.
AREAS = (
    ("desk_app/formats/", "formats"),
    ("desk_app/storage/", "store"),
    ("desk_app/service/", "store"),
    ("desk_app/model/", "store"),
    ("resources/", "parliaments"),
    ("", "core"),
)
# A fixed date in the catalogue headers, so that an unchanged catalogue compiles to the same bytes.
_STAMP = datetime(2026, 1, 1)
# The profile fields users read; the printed papers use none of them through the catalogue.
_PROFILE_TEXTS = ("display_name", "note", "source")

Message = tuple[str | tuple[str, str], str, int]  # (id or singular/plural, file, line)
Translation = str | tuple[str, ...]


def area_of(path: str) -> str:
    """Return the catalogue name for a source path relative to the project."""
    return next(area for prefix, area in AREAS if path.startswith(prefix))


def python_messages() -> Iterator[Message]:
    """Yield each marked string of the core's Python files (not the window's)."""
    for path in sorted((ROOT / "desk_app").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("desk_app/gui/"):
            continue
        for line, message, _comments, _context in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=()
        ):
            if isinstance(message, tuple):
                singular, plural = message[0], message[1]
                if singular and plural:
                    yield (singular, plural), relative, line
            elif message:
                yield message, relative, line


def profile_messages() -> Iterator[Message]:
    """Yield the user-facing texts of every bundled parliament profile."""
    for path in sorted((ROOT / "resources" / "parliaments").glob("*/parliament.toml")):
        relative = path.relative_to(ROOT).as_posix()
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for kind in data.get("kinds", {}).values():
            yield from _texts(kind, relative)


def _texts(table: object, relative: str) -> Iterator[Message]:
    """Yield the display names, notes and sources found anywhere in a kind's tables."""
    if isinstance(table, list):
        for item in table:
            yield from _texts(item, relative)
    elif isinstance(table, dict):
        for key, value in table.items():
            if key in _PROFILE_TEXTS and isinstance(value, str) and value.strip():
                yield value, relative, 0
            else:
                yield from _texts(value, relative)


def collect() -> dict[str, list[Message]]:
    """Return the messages of each area, in source order."""
    areas: dict[str, list[Message]] = {area: [] for _prefix, area in AREAS}
    for message in (*python_messages(), *profile_messages()):
        areas[area_of(message[1])].append(message)
    return areas


def po_path(language: str, area: str) -> Path:
    """Return the catalogue file of one area and language."""
    return PO_DIR / language / f"{area}.po"


def read_catalog(path: Path) -> Catalog:
    """Read a .po file, or return an empty catalogue when it does not exist yet."""
    if not path.is_file():
        return Catalog(locale="en", domain=DOMAIN)
    with path.open("rb") as handle:
        return read_po(handle)


def known_translations(language: str) -> dict[str | tuple[str, str], Translation]:
    """Return every translation made so far in any area (a string may move between areas)."""
    known: dict[str | tuple[str, str], Translation] = {}
    for path in sorted((PO_DIR / language).glob("*.po")):
        for message in read_catalog(path):
            if message.id and message.string:
                key = message.id if isinstance(message.id, str) else tuple(message.id)
                known.setdefault(key, message.string)  # type: ignore[arg-type]
    return known


def update(language: str, only: str | None = None) -> None:
    """Rewrite each area's catalogue (or one) with today's strings and the translations made."""
    known = known_translations(language)
    for area, messages in collect().items():
        if only is not None and area != only:
            continue
        catalog = _catalog(language)
        for message_id, path, line in messages:
            locations = [(path, line)] if line else [(path, 0)]
            existing = catalog.get(message_id)
            if existing is not None:
                existing.locations.extend(locations)
                continue
            catalog.add(message_id, known.get(message_id, ""), locations=locations)
        write_catalog(po_path(language, area), catalog)


def write_catalog(target: Path, catalog: Catalog) -> None:
    """Write a catalogue as a .po file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False)
    target.write_bytes(buffer.getvalue())


def translate(language: str, area: str, translations: dict[str, str | list[str]]) -> list[str]:
    """Set translations in an area's catalogue; return the German texts it does not hold."""
    path = po_path(language, area)
    catalog = read_catalog(path)
    unknown = []
    for message_id, translation in translations.items():
        found = next(
            (
                message
                for message in catalog
                if message.id == message_id
                or (isinstance(message.id, (tuple, list)) and message.id[0] == message_id)
            ),
            None,
        )
        if found is None:
            unknown.append(message_id)
            continue
        found.string = tuple(translation) if isinstance(translation, list) else translation
    write_catalog(path, catalog)
    return unknown


def _catalog(language: str) -> Catalog:
    """Return an empty catalogue with stable headers."""
    catalog = Catalog(
        locale=language,
        domain=DOMAIN,
        project="Anfragen-Desk",
        creation_date=_STAMP,
        revision_date=_STAMP,
        fuzzy=False,
    )
    return catalog


def translations_of(mo: bytes) -> dict[object, str]:
    """Return what a compiled catalogue translates, without its header."""
    catalog = gettext.GNUTranslations(io.BytesIO(mo))._catalog  # type: ignore[attr-defined]
    return {key: value for key, value in catalog.items() if key != ""}


def compiled(language: str) -> bytes:
    """Return the .mo bytes of all areas of a language together."""
    merged = _catalog(language)
    for path in sorted((PO_DIR / language).glob("*.po")):
        for message in read_catalog(path):
            if message.id and message.string and message.id not in merged:
                merged.add(message.id, message.string)
    buffer = io.BytesIO()
    write_mo(buffer, merged, use_fuzzy=False)
    return buffer.getvalue()


def mo_path(language: str) -> Path:
    """Return the compiled catalogue the app loads."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def compile_all() -> None:
    """Write the .mo file of each language."""
    for language in LANGUAGES:
        target = mo_path(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(compiled(language))


def untranslated(language: str) -> list[str]:
    """Return "file:line: text" for each string of the code that has no translation."""
    known = known_translations(language)
    missing = []
    for messages in collect().values():
        for message_id, path, line in messages:
            if not known.get(message_id):
                shown = message_id if isinstance(message_id, str) else message_id[0]
                missing.append(f"{path}:{line}: {shown}")
    return missing


def main(argv: list[str]) -> int:
    """Run one of update, compile or check."""
    command = argv[0] if argv else "check"
    areas = {area for _prefix, area in AREAS}
    if command == "update":
        only = argv[1] if len(argv) > 1 else None
        if only is not None and only not in areas:
            print(f"unknown area {only!r}: use one of {', '.join(sorted(areas))}", file=sys.stderr)
            return 2
        for language in LANGUAGES:
            update(language, only)
        compile_all()
        return 0
    if command == "translate":
        if len(argv) != 3 or argv[1] not in areas:
            print("usage: tools/i18n.py translate AREA FILE.json", file=sys.stderr)
            return 2
        data = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        for text in translate("en", argv[1], data):
            print(f"not in {argv[1]}.po (run update first?): {text}", file=sys.stderr)
        compile_all()
        return 0
    if command == "compile":
        compile_all()
        return 0
    if command == "check":
        status = 0
        for language in LANGUAGES:
            missing = untranslated(language)
            for line in missing:
                print(f"{language}: untranslated: {line}")
            path = mo_path(language)
            current = translations_of(path.read_bytes()) if path.is_file() else {}
            if current != translations_of(compiled(language)):
                print(f"{language}: {path.name} is stale: run tools/i18n.py compile")
                status = 1
            status = status or (1 if missing else 0)
        return status
    print(f"unknown command {command!r}: use update, compile or check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
