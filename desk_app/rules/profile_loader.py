"""Read one parliament folder (parliament.toml, templates/*.toml) into a Parliament."""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path
from typing import Any

from desk_app.i18n import _
from desk_app.model import DATE_FIELDS
from desk_app.model.errors import DeskError
from desk_app.paths import resources_dir
from desk_app.rules.layout_loader import SECTIONS, load_page_style
from desk_app.rules.placeholders import check_placeholders
from desk_app.rules.profile import (
    Confidence,
    DeadlineRule,
    KindProfile,
    Layout,
    Limit,
    Parliament,
    Reading,
    Template,
    Term,
)
from desk_app.rules.toml_table import Table, display_path, read_toml

PROFILE_FILE = "parliament.toml"
TEMPLATES_DIR = "templates"
UNITS = ("days", "weeks", "months", "arbeitstage", "werktage")
CONFIDENCES = tuple(member.value for member in Confidence)
_KIND_ID = re.compile(r"[a-z][a-z0-9-]*")
_REGION = re.compile(r"[A-Z]{2}")  # the holidays package's subdivision codes
_TOP_FIELDS = (
    "id",
    "name",
    "header_name",
    "government",
    "holidays_region",
    "holidays_region_name",
    "place",
    "source",
    "detect_phrases",
    "parties",
    "drucksache_pattern",
    "terms",
    "layout",
    "default_kind",
    "kinds",
    "reading",
)
# Layout fields that are not lines of text and so carry no placeholders.
_NOT_LINES = {"font", "date_format"}


def load_parliament(folder: Path) -> Parliament:
    """Read and validate one profile folder; raise a DeskError naming file and field."""
    top = read_toml(folder / PROFILE_FILE)
    top.only(_TOP_FIELDS)
    pid = top.required_text("id")
    if pid != folder.name:
        top.fail(
            "id",
            _("„{pid}“ passt nicht zum Ordnernamen „{name}“").format(pid=pid, name=folder.name),
        )
    region = top.required_text("holidays_region")
    # Only the form is checked here: asking the holidays package which regions it
    # knows imports its whole country table (~100 ms of every start). The work
    # calendar refuses an unknown region with one sentence when it is first needed.
    if not _REGION.fullmatch(region):
        top.fail(
            "holidays_region",
            _("hat den Wert „{region}“, erwartet ist ein Kürzel wie „HE“").format(region=region),
        )
    kinds_table = top.table("kinds")
    assert kinds_table is not None  # required: table() raised if absent
    terms = _terms(top)
    kinds = _kinds(kinds_table, folder, terms)
    default_kind = top.text("default_kind", "")
    if default_kind and default_kind not in kinds:
        top.fail(
            "default_kind",
            _("nennt die unbekannte Art „{default_kind}“ (bekannt: {names})").format(
                default_kind=default_kind, names=", ".join(kinds)
            ),
        )
    default_pattern = str(Parliament.__dataclass_fields__["drucksache_pattern"].default)
    return Parliament(
        id=pid,
        name=top.required_text("name"),
        header_name=top.required_text("header_name"),
        government=top.required_text("government"),
        holidays_region=region,
        place=top.required_text("place"),
        terms=terms,
        kinds=kinds,
        layout=_layout(top.table("layout", None), folder),
        detect_phrases=top.texts("detect_phrases"),
        parties=top.texts("parties"),
        drucksache_pattern=_pattern(top, default_pattern),
        source=top.required_text("source"),
        holidays_region_name=top.text("holidays_region_name", ""),
        default_kind_id=default_kind,
        reading=_reading(top.table("reading", None)),
    )


def _reading(table: Table | None) -> Reading:
    """Read the [reading] table: patterns of page furniture, each a valid regular expression."""
    if table is None:
        return Reading()
    keys = tuple(field.name for field in dataclasses.fields(Reading))
    table.only(keys)
    values: dict[str, tuple[str, ...]] = {}
    for key in keys:
        values[key] = table.texts(key)
        for pattern in values[key]:
            try:
                re.compile(pattern)
            except re.error as error:
                table.fail(
                    key,
                    _("enthält keinen gültigen regulären Ausdruck „{pattern}“ ({error})").format(
                        pattern=pattern, error=error
                    ),
                )
    return Reading(**values)


def _terms(top: Table) -> tuple[Term, ...]:
    terms: list[Term] = []
    for table in top.tables("terms"):
        table.only(("number", "start", "end"))
        term = Term(table.integer("number", minimum=1), table.day("start"), table.day("end", None))
        if term.end is not None and term.end < term.start:
            table.fail("end", _("liegt vor dem Beginn der Wahlperiode"))
        if terms and term.number <= terms[-1].number:
            table.fail("number", _("muss größer sein als die der vorigen Wahlperiode"))
        if terms and (terms[-1].end is None or terms[-1].end >= term.start):
            table.fail("start", _("überschneidet sich mit der vorigen Wahlperiode"))
        terms.append(term)
    return tuple(terms)


def _pattern(top: Table, default: str) -> str:
    pattern = top.text("drucksache_pattern", default)
    try:
        groups = re.compile(pattern).groupindex
    except re.error as error:
        top.fail(
            "drucksache_pattern",
            _("ist kein gültiger regulärer Ausdruck ({error})").format(error=error),
        )
    if "term" not in groups or "number" not in groups:
        top.fail("drucksache_pattern", _("braucht die Gruppen (?P<term>…) und (?P<number>…)"))
    return pattern


def _layout(table: Table | None, folder: Path) -> Layout:
    style = load_page_style(table, folder.parent)
    if table is None:
        return Layout(style=style)
    fields = _simple_fields(table, Layout, skip=("style",), also=("base", *SECTIONS))
    return Layout(style=style, **fields)


def _kinds(kinds: Table, folder: Path, terms: tuple[Term, ...]) -> dict[str, KindProfile]:
    if not kinds.field_names():
        raise DeskError(
            _("{file}: Feld {path} muss mindestens eine Art enthalten.").format(
                file=kinds.file, path=kinds.path
            )
        )
    result: dict[str, KindProfile] = {}
    for kind_id in kinds.field_names():
        if not _KIND_ID.fullmatch(kind_id):
            kinds.fail(
                kind_id, _("hat keinen gültigen Namen (Kleinbuchstaben, Ziffern, Bindestrich)")
            )
        table = kinds.table(kind_id)
        assert table is not None
        table.only(("display_name", "numbered", "file_prefix", "deadline", "statement", "limit"))
        limit = table.table("limit", None)
        result[kind_id] = KindProfile(
            id=kind_id,
            display_name=table.required_text("display_name"),
            numbered=table.flag("numbered", False),
            file_prefix=table.text("file_prefix", ""),
            deadlines=_rules(table, "deadline", terms),
            statements=_rules(table, "statement", terms),
            limit=Limit() if limit is None else _limit(limit),
            template=_template(folder / TEMPLATES_DIR / f"{kind_id}.toml", kind_id),
        )
    templates = folder / TEMPLATES_DIR
    for path in sorted(templates.glob("*.toml")) if templates.is_dir() else ():
        if path.stem not in result:
            known = ", ".join(result)
            raise DeskError(
                _(
                    "{display_path}: Die Vorlage gehört zu keiner Art in {PROFILE_FILE} "
                    "(bekannt: {known})."
                ).format(display_path=display_path(path), PROFILE_FILE=PROFILE_FILE, known=known)
            )
    return result


def _rules(kind: Table, key: str, terms: tuple[Term, ...]) -> tuple[DeadlineRule, ...]:
    """Read one rule table, or an array of them each valid for its own period, oldest first."""
    if key not in kind.data:
        return ()
    tables = kind.tables(key) if isinstance(kind.data[key], list) else [kind.table(key)]
    rules: list[DeadlineRule] = []
    for table in tables:
        assert table is not None
        rule = _deadline(table, terms)
        if len(tables) > 1 and not rule.dated:
            table.fail("valid_from", _("fehlt: mehrere Regeln brauchen je ihren Geltungszeitraum"))
        if rules:
            previous = rules[-1]
            if previous.valid_until is None or rule.valid_from is None:
                table.fail(
                    "valid_from", _("fehlt oder die vorige Regel nennt kein Ende (valid_until)")
                )
            if rule.valid_from <= previous.valid_until:
                table.fail("valid_from", _("überschneidet sich mit der vorigen Regel"))
        rules.append(rule)
    return tuple(rules)


def _validity(table: Table, terms: tuple[Term, ...]) -> dict[str, Any]:
    """Read a rule's period from dates or term numbers; a term counts from its start to its end."""
    by_number = {term.number: term for term in terms}

    def term(key: str) -> Term | None:
        number = table.integer(key, None, minimum=1)
        if number is None:
            return None
        if number not in by_number:
            known = ", ".join(str(n) for n in by_number)
            table.fail(
                key,
                _("nennt die unbekannte Wahlperiode {number} (bekannt: {known})").format(
                    number=number, known=known
                ),
            )
        return by_number[number]

    first, last = term("from_term"), term("until_term")
    if first is not None and "valid_from" in table.data:
        table.fail("from_term", _("und valid_from schließen einander aus"))
    if last is not None and "valid_until" in table.data:
        table.fail("until_term", _("und valid_until schließen einander aus"))
    if last is not None and last.end is None:
        table.fail(
            "until_term",
            _("nennt die laufende Wahlperiode {number}, die kein Ende hat").format(
                number=last.number
            ),
        )
    valid_from = first.start if first is not None else table.day("valid_from", None)
    valid_until = last.end if last is not None else table.day("valid_until", None)
    if valid_from is not None and valid_until is not None and valid_until < valid_from:
        table.fail("valid_until", _("liegt vor dem Beginn der Geltung"))
    return {
        "valid_from": valid_from,
        "valid_until": valid_until,
        "from_term": None if first is None else first.number,
        "until_term": None if last is None else last.number,
    }


def _deadline(table: Table, terms: tuple[Term, ...]) -> DeadlineRule:
    table.only(
        (
            "length",
            "unit",
            "start_event",
            "fallback_events",
            "move_to_working_day",
            "source",
            "confidence",
            "note",
            "valid_from",
            "valid_until",
            "from_term",
            "until_term",
        )
    )
    fallbacks = table.texts("fallback_events")
    for index, event in enumerate(fallbacks, start=1):
        if event not in DATE_FIELDS:
            table.fail(
                _("fallback_events[{index}]").format(index=index),
                _("hat den unbekannten Wert „{event}“ (erlaubt: {names})").format(
                    event=event, names=", ".join(DATE_FIELDS)
                ),
            )
    return DeadlineRule(
        length=table.integer("length", minimum=1),
        unit=table.choice("unit", UNITS),
        start_event=table.choice("start_event", DATE_FIELDS),
        fallback_events=fallbacks,
        move_to_working_day=table.flag("move_to_working_day", True),
        source=table.required_text("source"),
        confidence=Confidence(table.choice("confidence", CONFIDENCES)),
        note=table.text("note", ""),
        **_validity(table, terms),
    )


def _limit(table: Table) -> Limit:
    table.only([field.name for field in dataclasses.fields(Limit)])
    return Limit(
        max_questions=table.integer("max_questions", None, minimum=1),
        max_subquestions=table.integer("max_subquestions", None),
        subquestions_allowed=table.flag("subquestions_allowed", True),
        counts_subquestions=table.flag("counts_subquestions", False),
        max_per_month=table.integer("max_per_month", None, minimum=1),
        min_members=table.integer("min_members", None, minimum=2),
        faction_may_originate=table.flag("faction_may_originate", True),
        source=table.required_text("source"),
        confidence=Confidence(table.choice("confidence", CONFIDENCES)),
        note=table.text("note", ""),
    )


def _template(path: Path, kind_id: str) -> Template:
    """Return a kind's template: the shared defaults with the kind's own fields laid over."""
    own = _simple_fields(read_toml(path), Template, skip=("kind",)) if path.is_file() else {}
    return Template(kind=kind_id, **{**_template_defaults(), **own})


@functools.cache
def _template_defaults() -> dict[str, Any]:
    """Return the template fields every kind starts from (resources/templates/defaults.toml)."""
    path = resources_dir() / "templates" / "defaults.toml"
    return _simple_fields(read_toml(path), Template, skip=("kind",))


def _simple_fields(
    table: Table, cls: type, skip: tuple[str, ...], also: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Read the str, bool and tuple-of-str fields of a dataclass, checking placeholders.

    `also` names keys that are allowed in the table but read elsewhere.
    """
    fields = [field for field in dataclasses.fields(cls) if field.name not in skip]
    table.only([*(field.name for field in fields), *also])
    values: dict[str, Any] = {}
    for field in fields:
        if field.name not in table.data:
            continue
        default = field.default
        if isinstance(default, bool):
            values[field.name] = table.flag(field.name)
            continue
        if isinstance(default, tuple):
            values[field.name] = lines = table.texts(field.name)
        else:
            values[field.name] = table.text(field.name)
            lines = (values[field.name],)
        if field.name not in _NOT_LINES:
            check_placeholders(table, field.name, lines)
    return values
