"""The `desk` command line's grammar (docs/DESIGN.md §4)."""

from __future__ import annotations

import argparse
from typing import NoReturn

from desk_app.cli.deadline_commands import add_deadline_verbs
from desk_app.cli.history_commands import add_history_verb
from desk_app.cli.options import extra_days_option, inquiry_id, match_limit, store_path, user_path
from desk_app.cli.stats_commands import add_stats_verb
from desk_app.cli.store_commands import add_store_verbs
from desk_app.cli.sync_commands import add_sync_verbs
from desk_app.i18n import LANGUAGES, _
from desk_app.model.errors import DeskError
from desk_app.model.fields import SETTABLE_FIELDS
from desk_app.model.location import Location, parse_location
from desk_app.service import export_formats

# Each verb's function as "module:function", imported only when that verb runs:
# importing every verb's module made each start pay for all of them (`desk list`
# loaded the deadline engine, the holidays tables and the export plan, ~150 ms).
COMMANDS = {
    "new": "desk_app.cli.commands:cmd_new",
    "import": "desk_app.cli.commands:cmd_import",
    "list": "desk_app.cli.commands:cmd_list",
    "show": "desk_app.cli.commands:cmd_show",
    "search": "desk_app.cli.commands:cmd_search",
    "set": "desk_app.cli.commands:cmd_set",
    "export": "desk_app.cli.commands:cmd_export",
    "check": "desk_app.cli.commands:cmd_check",
    "delete": "desk_app.cli.commands:cmd_delete",
    "restore-deleted": "desk_app.cli.commands:cmd_restore_deleted",
    "history": "desk_app.cli.history_commands:cmd_history",
    "due": "desk_app.cli.deadline_commands:cmd_due",
    "deadlines": "desk_app.cli.deadline_commands:cmd_deadlines",
    "sync": "desk_app.cli.sync_commands:cmd_sync",
    "import-drucksache": "desk_app.cli.sync_commands:cmd_import_drucksache",
    "stats": "desk_app.cli.stats_commands:cmd_stats",
    "copy": "desk_app.cli.store_commands:cmd_copy",
    "backup": "desk_app.cli.store_commands:cmd_backup",
}
VERBS = tuple(COMMANDS)


class _Parser(argparse.ArgumentParser):
    """Report usage errors as one sentence instead of argparse's usage dump."""

    def error(self, message: str) -> NoReturn:
        raise DeskError(
            _("Aufruf nicht verstanden: {message} (Hilfe: desk --help).").format(message=message)
        )


def split_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """Take `--lang de|en` (before the verb) out of argv; return it and the rest.

    The language must be known before the parser is built: its help texts are translated.
    A bad value is left in place for the parser to refuse with its list of choices.
    """
    for index, token in enumerate(argv):
        if token in VERBS:
            break
        if token == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1], [*argv[:index], *argv[index + 2 :]]
        if token.startswith("--lang=") and token.removeprefix("--lang=") in LANGUAGES:
            return token.removeprefix("--lang="), [*argv[:index], *argv[index + 1 :]]
    return None, argv


def wants_gui(argv: list[str]) -> tuple[bool, Location | None]:
    """Tell whether argv asks for the window (no verb), and with which database."""
    argv = split_language(argv)[1]
    if not argv:
        return True, None
    location = None
    if len(argv) == 2 and argv[0] == "--db" and argv[1] not in VERBS:
        location = argv[1]
    elif len(argv) == 1 and argv[0].startswith("--db="):
        location = argv[0].removeprefix("--db=")
    if location is None:
        return False, None
    try:
        return True, parse_location(location)
    except DeskError:
        return False, None  # not a store's location: the command line says why in one sentence


def build_parser() -> argparse.ArgumentParser:
    """Build the parser for every verb; export formats come from the desk's exporter table."""
    parser = _Parser(
        prog="desk",
        description=_(
            "Anfragen-Desk: parlamentarische Anfragen entwerfen, verfolgen, exportieren."
        ),
    )
    parser.add_argument(
        "--db",
        type=store_path,
        help=_("Datenbankdatei oder postgresql://… (sonst DESK_DB oder Standard)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_("Sprache der Ausgaben (sonst LANGUAGE, LC_MESSAGES oder LANG; Standard Deutsch)"),
    )
    verbs = parser.add_subparsers(dest="verb", required=True, parser_class=_Parser)

    new = verbs.add_parser(
        "new", help=_("neue Anfrage aus der Vorlage anlegen; gibt die Nummer aus")
    )
    new.add_argument("--parliament", required=True, help=_("Kürzel, z. B. NW, BT, BY"))
    new.add_argument(
        "--kind", help=_("z. B. grosse-anfrage (sonst die übliche Art des Parlaments)")
    )
    new.add_argument("--title", default="")

    imp = verbs.add_parser("import", help=_("Datei einlesen; gibt die Nummer aus"))
    imp.add_argument("path", type=user_path)
    imp.add_argument("--parliament")
    imp.add_argument("--kind")
    imp.add_argument(
        "--answer-to",
        type=inquiry_id,
        metavar="ID",
        help=_("die Datei ist die Antwort auf Anfrage ID"),
    )
    imp.add_argument(
        "--json", action="store_true", help=_("Nummer und Bericht Feld für Feld als JSON ausgeben")
    )
    imp.add_argument(
        "--force",
        action="store_true",
        help=_("auch importieren, wenn dieselbe Drucksache schon vorhanden ist"),
    )

    lst = verbs.add_parser("list", help=_("alle Anfragen auflisten"))
    lst.add_argument("--json", action="store_true")

    show = verbs.add_parser("show", help=_("eine Anfrage zeigen"))
    show.add_argument("id", type=inquiry_id)
    show.add_argument("--json", action="store_true")

    search = verbs.add_parser("search", help=_("Volltextsuche"))
    search.add_argument("query")
    how_many = search.add_mutually_exclusive_group()
    how_many.add_argument(
        "--limit",
        type=match_limit,
        default=50,
        metavar="N",
        help=_("höchstens N Treffer (sonst 50)"),
    )
    how_many.add_argument("--all", action="store_true", help=_("alle Treffer"))
    search.add_argument("--json", action="store_true")

    setter = verbs.add_parser("set", help=_("ein Feld setzen, z. B. dates.submitted 2020-02-19"))
    setter.add_argument("id", type=inquiry_id)
    setter.add_argument("field", metavar="FIELD", help=_(", ").join(SETTABLE_FIELDS))
    setter.add_argument("value")

    export = verbs.add_parser("export", help=_("als Datei ausgeben"))
    export.add_argument("id", type=inquiry_id, nargs="?")
    export.add_argument(
        "--all-open", action="store_true", help=_("ein Kalender mit allen offenen Anfragen (ics)")
    )
    export.add_argument("--format", required=True, choices=export_formats())
    export.add_argument("--layout", choices=("submission", "drucksache", "answer"))
    export.add_argument(
        "-o",
        "--output",
        type=user_path,
        required=True,
        help=_("Zieldatei; - für die Standardausgabe"),
    )
    export.add_argument(
        "--template",
        type=user_path,
        metavar=_("VORLAGE.dotx"),
        help=_("eigene Word-Vorlage (.dotx oder .docx): ihre Formate, Seite, Kopf- und Fußzeile"),
    )
    extra_days_option(export)

    check = verbs.add_parser(
        "check", help=_("Formalien prüfen; Status 1, wenn vor dem Einreichen etwas fehlt")
    )
    check.add_argument("id", type=inquiry_id)
    check.add_argument("--json", action="store_true")

    delete = verbs.add_parser("delete", help=_("eine Anfrage in den Papierkorb legen"))
    delete.add_argument("id", type=inquiry_id)

    restore = verbs.add_parser(
        "restore-deleted",
        help=_("eine Anfrage aus dem Papierkorb zurückholen (ohne Nummer: auflisten)"),
    )
    restore.add_argument("id", type=inquiry_id, nargs="?")
    restore.add_argument("--json", action="store_true")
    add_history_verb(verbs)
    add_deadline_verbs(verbs)
    add_sync_verbs(verbs)
    add_stats_verb(verbs)
    add_store_verbs(verbs)
    return parser
