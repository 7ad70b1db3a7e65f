"""Options several verbs share, and how their values are read."""

from __future__ import annotations

import argparse

from desk_app.rules.calendar_days import ExtraDay, parse_extra_days


def extra_days_option(parser: argparse.ArgumentParser) -> None:
    """Add the option for the user's extra days off."""
    parser.add_argument(
        "--extra-days",
        default="",
        metavar="TT.MM.,…",
        help="zusätzliche freie Tage, z. B. 24.12.,31.12. (jedes Jahr) oder 02.01.2026",
    )


def extra_days(args: argparse.Namespace) -> tuple[ExtraDay, ...]:
    """Return the extra days off given on the command line (none if the option is absent)."""
    return parse_extra_days(getattr(args, "extra_days", "") or "")
