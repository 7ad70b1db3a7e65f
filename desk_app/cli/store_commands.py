"""The `desk copy` and `desk backup` verbs: move a whole store, or keep a copy of it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desk_app.cli.options import store_path, user_path
from desk_app.cli.output import print_json
from desk_app.i18n import _

if TYPE_CHECKING:
    from desk_app.service import Desk


def add_store_verbs(subparsers: Any) -> None:
    """Add the `copy` and `backup` verbs to the `desk` parser's subparsers."""
    copy = subparsers.add_parser(
        "copy",
        help=_("einen ganzen Speicher kopieren, z. B. von der Datei auf den Server"),
    )
    copy.add_argument(
        "--from",
        dest="source",
        type=store_path,
        required=True,
        help=_("Datenbankdatei oder postgresql://…"),
    )
    copy.add_argument(
        "--to",
        dest="target",
        type=store_path,
        required=True,
        help=_("leere Datenbankdatei oder postgresql://…"),
    )
    copy.add_argument("--json", action="store_true")
    backup = subparsers.add_parser(
        "backup", help=_("eine Sicherung des Speichers als Datenbankdatei schreiben")
    )
    backup.add_argument(
        "--to", dest="folder", type=user_path, help=_("Ordner (sonst „Sicherungen“)")
    )
    backup.add_argument(
        "--keep", type=_keep, default=5, help=_("so viele Sicherungen behalten (sonst 5)")
    )


def _keep(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(_("eine ganze Zahl ab 1 angeben"))
    return int(text)


def cmd_copy(args: argparse.Namespace, _desk: Desk) -> int:
    """Copy a whole store; print what was copied."""
    from desk_app.service.moving import copy_store

    report = copy_store(args.source, args.target)
    if args.json:
        print_json({"rows": report.rows, "checksum": report.checksum})
        return 0
    print(
        _(
            "Kopiert und geprüft – Anfragen: {inquiries}, Fassungen: {revisions}, "
            "im Papierkorb: {trash}, Quellen: {sources} (Prüfsumme {checksum})."
        ).format(
            inquiries=report.rows["inquiries"],
            revisions=report.rows["revisions"],
            trash=report.rows["trash"],
            sources=report.rows["sources"],
            checksum=report.checksum[:12],
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace, desk: Desk) -> int:
    """Write a backup; print its file."""
    target = desk.backup(args.folder, args.keep)
    print(_("Sicherung geschrieben: {path}").format(path=target))
    return 0
