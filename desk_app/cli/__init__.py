"""The `desk` command line: the same core objects as the GUI, without Qt."""

from __future__ import annotations

import sys
import traceback

from desk_app.model.errors import DeskError
from desk_app.paths import user_data_dir


def main(argv: list[str] | None = None) -> int:
    """Run one command; print errors as one sentence and return the exit status."""
    from desk_app.cli.commands import COMMANDS
    from desk_app.cli.context import Context
    from desk_app.cli.parser import build_parser
    from desk_app.formats.catalog import EXPORTERS

    args_list = sys.argv[1:] if argv is None else argv
    ctx: Context | None = None
    try:
        args = build_parser(sorted(EXPORTERS)).parse_args(args_list)
        ctx = Context(db_path=args.db)
        return COMMANDS[args.verb](args, ctx)
    except DeskError as error:
        print(f"desk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("desk: abgebrochen.", file=sys.stderr)
        return 130
    except Exception as error:  # the last guard: a user never sees a traceback
        log = _log_crash()
        print(f"desk: interner Fehler ({type(error).__name__}); Details in {log}.", file=sys.stderr)
        return 70
    finally:
        if ctx is not None:
            ctx.close()


def _log_crash() -> str:
    """Append the current traceback to the crash log and return the log's path."""
    path = user_data_dir() / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            traceback.print_exc(file=log)
    except OSError:
        return "(kein Protokoll möglich)"
    return str(path)
