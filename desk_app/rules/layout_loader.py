"""Read a layout file (resources/layouts/<name>.toml) and a profile's overrides of it."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desk_app.i18n import _
from desk_app.model.errors import DeskError
from desk_app.paths import resources_dir
from desk_app.rules.page_style import PageGeometry, PageStyle, SubmissionLines, Typography
from desk_app.rules.placeholders import check_placeholders
from desk_app.rules.toml_table import Table, display_path, read_toml

LAYOUTS_DIR = "layouts"
USER_LAYOUTS_DIR = "_layouts"  # in a user's profile folder; "_" keeps it from being a profile
DEFAULT_LAYOUT = "standard"
SECTIONS = ("submission", "page", "typography")
_T = TypeVar("_T")


def load_page_style(overrides: Table | None, profiles_root: Path | None = None) -> PageStyle:
    """Return the layout named by `base` (default: standard) with a profile's overrides."""
    name = DEFAULT_LAYOUT if overrides is None else overrides.text("base", DEFAULT_LAYOUT)
    base = read_toml(find_layout(name, profiles_root, overrides))
    base.only(SECTIONS)

    def merged(section: str, read: Callable[[Picker], _T]) -> _T:
        own = base.table(section)
        assert own is not None  # table() raised if absent
        extra = None if overrides is None else overrides.table(section, None)
        return read(Picker(own, extra))

    style = PageStyle(
        submission=merged("submission", _submission),
        page=merged("page", _page),
        typography=merged("typography", _typography),
    )
    _check_room(style.page, base if overrides is None else overrides)
    return style


@functools.cache
def standard_style() -> PageStyle:
    """Return the bundled standard layout, for writers that have no render plan at hand."""
    return load_page_style(None)


def find_layout(name: str, profiles_root: Path | None, named_in: Table | None = None) -> Path:
    """Return a layout's file: the user's _layouts/ first, then the bundled layouts/."""
    folders = [resources_dir() / LAYOUTS_DIR]
    if profiles_root is not None:
        folders.insert(0, profiles_root / USER_LAYOUTS_DIR)
    for folder in folders:
        path = folder / f"{name}.toml"
        if path.is_file():
            return path
    known = sorted(
        {path.stem for folder in folders if folder.is_dir() for path in folder.glob("*.toml")}
    )
    problem = _("nennt die unbekannte Hausform „{name}“ (bekannt: {known})").format(
        name=name, known=", ".join(known)
    )
    if named_in is not None:
        named_in.fail("base", problem)
    raise DeskError(
        _("{display_path}: Die Hausform „{name}“ fehlt.").format(
            display_path=display_path(folders[-1]), name=name
        )
    )


class Picker:
    """Read each field from a profile's override table if it has it, else from the layout."""

    def __init__(self, base: Table, override: Table | None) -> None:
        self.base = base
        self.override = override

    def only(self, names: list[str]) -> None:
        """Reject unknown keys in both tables."""
        self.base.only(names)
        if self.override is not None:
            self.override.only(names)

    def table(self, key: str) -> Table:
        """Return the table that supplies a key."""
        if self.override is not None and key in self.override.data:
            return self.override
        return self.base


def _names(cls: type) -> list[str]:
    return [field.name for field in dataclasses.fields(cls)]


def _submission(pick: Picker) -> SubmissionLines:
    names = _names(SubmissionLines)
    pick.only(names)
    values: dict[str, Any] = {}
    for name in names:
        table = pick.table(name)
        if name.startswith("running"):
            values[name] = table.text(name)
            lines: tuple[str, ...] = (values[name],)
        else:
            if name not in table.data:
                table.fail(name, _("fehlt"))
            values[name] = lines = table.texts(name)
        check_placeholders(table, name, lines)
    return SubmissionLines(**values)


def _numbers(pick: Picker, cls: type[_T]) -> _T:
    names = _names(cls)
    pick.only(names)
    return cls(**{name: pick.table(name).number(name, minimum=0.0) for name in names})


def _page(pick: Picker) -> PageGeometry:
    return _numbers(pick, PageGeometry)


def _typography(pick: Picker) -> Typography:
    return _numbers(pick, Typography)


def _check_room(page: PageGeometry, table: Table) -> None:
    """Refuse margins that leave no room for text."""
    if page.margin_left + page.margin_right >= page.width:
        table.fail("page", _("lässt zwischen linkem und rechtem Rand keinen Platz für Text"))
    if page.margin_top + page.margin_bottom >= page.height:
        table.fail("page", _("lässt zwischen oberem und unterem Rand keinen Platz für Text"))
    if page.header_distance >= page.margin_top:
        table.fail("page.header_distance", _("muss kleiner sein als margin_top"))
