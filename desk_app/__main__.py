"""Entry point of `desk` and `python -m desk_app`: the GUI, or a command line verb."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import NoReturn

from desk_app.cli import main as cli_main
from desk_app.cli.parser import split_language, wants_gui


def main(argv: list[str] | None = None) -> int:
    """Start the window when no verb is given, else run the command line."""
    args = sys.argv[1:] if argv is None else argv
    window, db_path = wants_gui(args)
    if window:
        from desk_app.app import run_gui  # Qt is loaded only when a window is wanted

        return run_gui(db_path, split_language(args)[0])
    return cli_main(args)


def run() -> NoReturn:
    """Run `desk` as its own process and end it as soon as the work is done."""
    args = sys.argv[1:]
    window, _db_path = wants_gui(args)
    status = main(args)
    if window:
        sys.exit(status)  # Qt and QSettings finish their work in the normal shutdown
    # A verb has closed the store and written and closed its files. Tearing down the
    # interpreter would free every object one by one (reportlab's tables, the
    # profiles): 20-100 ms of a `desk export`, for nothing. Flush what was printed
    # and end the process at once.
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe or stream: nothing left to say.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    run()
