"""Read typed fields from a parsed TOML table, failing with one German sentence."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from desk_app.i18n import _
from desk_app.model.errors import DeskError

_MISSING: Any = object()


def describe(value: object) -> str:
    """Name a TOML value's type in German, for error messages."""
    if isinstance(value, bool):
        return _("ein Wahrheitswert")
    if isinstance(value, int):
        return _("eine Zahl")
    if isinstance(value, float):
        return _("eine Kommazahl")
    if isinstance(value, str):
        return _("eine Zeichenkette")
    if isinstance(value, datetime):
        return _("ein Zeitpunkt")
    if isinstance(value, date):
        return _("ein Datum")
    if isinstance(value, list):
        return _("eine Liste")
    if isinstance(value, dict):
        return _("eine Tabelle")
    return _("ein unbekannter Wert")


class Table:
    """Wrap one TOML table with the file and field path that errors must name."""

    def __init__(self, data: dict[str, Any], file: str, path: str = "") -> None:
        self.data = data
        self.file = file
        self.path = path

    def field(self, key: str) -> str:
        """Return the dotted path of a key, e.g. kinds.kleine-anfrage.deadline.unit."""
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, problem: str) -> NoReturn:
        """Raise the one-sentence DeskError for a field."""
        raise DeskError(
            _("{file}: Feld {field} {problem}.").format(
                file=self.file, field=self.field(key), problem=problem
            )
        )

    def field_names(self) -> list[str]:
        """Return the keys of the table in file order."""
        return list(self.data)

    def only(self, allowed: Iterable[str]) -> None:
        """Reject keys the schema does not know, so that typos do not pass silently."""
        allowed = list(allowed)
        for key in self.data:
            if key not in allowed:
                self.fail(
                    key, _("ist unbekannt (erlaubt: {names})").format(names=", ".join(allowed))
                )

    def _get(self, key: str, default: Any, expected: str, ok: type | tuple[type, ...]) -> Any:
        if key not in self.data:
            if default is _MISSING:
                self.fail(key, _("fehlt"))
            return default
        value = self.data[key]
        # bool is an int subclass and datetime a date subclass; neither may pass for the other.
        wrong_bool = isinstance(value, bool) and bool not in _as_tuple(ok)
        wrong_time = isinstance(value, datetime) and datetime not in _as_tuple(ok)
        if not isinstance(value, ok) or wrong_bool or wrong_time:
            self.fail(
                key,
                _("muss {expected} sein, ist aber {describe}").format(
                    expected=expected, describe=describe(value)
                ),
            )
        return value

    def text(self, key: str, default: Any = _MISSING) -> str:
        """Return a string field."""
        return self._get(key, default, _("eine Zeichenkette"), str)

    def required_text(self, key: str) -> str:
        """Return a string field that must not be empty."""
        value = self.text(key)
        if not value.strip():
            self.fail(key, _("darf nicht leer sein"))
        return value

    def integer(self, key: str, default: Any = _MISSING, minimum: int = 0) -> int:
        """Return an integer field of at least `minimum`."""
        value = self._get(key, default, _("eine ganze Zahl"), int)
        if value is not None and value < minimum:
            self.fail(
                key,
                _("muss mindestens {minimum} sein, ist aber {value}").format(
                    minimum=minimum, value=value
                ),
            )
        return value

    def number(self, key: str, default: Any = _MISSING, minimum: float = 0.0) -> float:
        """Return an integer or decimal field of at least `minimum`, as a float."""
        value = self._get(key, default, _("eine Zahl"), (int, float))
        if value < minimum:
            self.fail(
                key,
                _("muss mindestens {minimum:g} sein, ist aber {value}").format(
                    minimum=minimum, value=value
                ),
            )
        return float(value)

    def flag(self, key: str, default: Any = _MISSING) -> bool:
        """Return a true/false field."""
        return self._get(key, default, _("true oder false"), bool)

    def day(self, key: str, default: Any = _MISSING) -> date:
        """Return a date field written as a TOML date (2020-02-19)."""
        return self._get(key, default, _("ein Datum (JJJJ-MM-TT, ohne Anführungszeichen)"), date)

    def texts(self, key: str, default: Any = ()) -> tuple[str, ...]:
        """Return a list of strings as a tuple."""
        values = self._get(key, default, _("eine Liste von Zeichenketten"), list)
        for index, value in enumerate(values, start=1):
            if not isinstance(value, str):
                self.fail(
                    _("{key}[{index}]").format(key=key, index=index),
                    _("muss eine Zeichenkette sein, ist aber {describe}").format(
                        describe=describe(value)
                    ),
                )
        return tuple(values)

    def choice(self, key: str, allowed: Iterable[str], default: Any = _MISSING) -> str:
        """Return a string field that must be one of the allowed values."""
        allowed = list(allowed)
        value = self.text(key, default)
        if value not in allowed:
            self.fail(
                key,
                _("hat den unbekannten Wert „{value}“ (erlaubt: {names})").format(
                    value=value, names=", ".join(allowed)
                ),
            )
        return value

    def table(self, key: str, default: Any = _MISSING) -> Table | None:
        """Return a sub-table, or the default when it is absent."""
        value = self._get(
            key, None if default is not _MISSING else _MISSING, _("eine Tabelle"), dict
        )
        return default if value is None else Table(value, self.file, self.field(key))

    def tables(self, key: str) -> list[Table]:
        """Return an array of tables ([[key]] in TOML)."""
        values = self._get(key, _MISSING, _("eine Liste von Tabellen ([[…]])"), list)
        if not values:
            self.fail(key, _("darf nicht leer sein"))
        result = []
        for index, value in enumerate(values, start=1):
            if not isinstance(value, dict):
                self.fail(
                    _("{key}[{index}]").format(key=key, index=index),
                    _("muss eine Tabelle sein, ist aber {describe}").format(
                        describe=describe(value)
                    ),
                )
            result.append(Table(value, self.file, self.field(f"{key}[{index}]")))
        return result


def _as_tuple(ok: type | tuple[type, ...]) -> tuple[type, ...]:
    return ok if isinstance(ok, tuple) else (ok,)


def read_toml(path: Path) -> Table:
    """Parse a TOML file into a Table, turning every failure into one DeskError."""
    shown = display_path(path)
    if not path.is_file():
        raise DeskError(_("{shown}: Die Datei fehlt.").format(shown=shown))
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise DeskError(
            _("{shown}: Die Datei ist kein gültiges TOML ({error}).").format(
                shown=shown, error=error
            )
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise DeskError(
            _("{shown}: Die Datei kann nicht gelesen werden ({error}).").format(
                shown=shown, error=error
            )
        ) from None
    return Table(data, shown)


def display_path(path: Path) -> str:
    """Show a path relative to the working folder when it lies inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)
