"""Entry point of `desk` and `python -m desk_app`: the GUI, or a command line verb."""

from __future__ import annotations

import sys

from desk_app.cli import main as cli_main
from desk_app.cli.parser import wants_gui


def main(argv: list[str] | None = None) -> int:
    """Start the window when no verb is given, else run the command line."""
    args = sys.argv[1:] if argv is None else argv
    window, db_path = wants_gui(args)
    if window:
        from desk_app.app import run_gui  # Qt is loaded only when a window is wanted

        return run_gui(db_path)
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
