"""The `desk` command line: the same desk as the window, without Qt."""

from __future__ import annotations

import os
import sys
from importlib import import_module
from typing import TYPE_CHECKING

from desk_app.model.errors import DeskError
from desk_app.paths import user_data_dir

# What a shell reports for a program ended by SIGPIPE (128 + 13).
PIPE_CLOSED = 141

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from desk_app.service import Desk

    Command = Callable[[argparse.Namespace, Desk], int]


def main(argv: list[str] | None = None) -> int:
    """Run one command; print errors as one sentence and return the exit status."""
    from desk_app.cli.output import terminal_safe_streams

    with terminal_safe_streams():
        return _run(sys.argv[1:] if argv is None else argv)


def choose_language(args_list: list[str]) -> list[str]:
    """Set the output language from `--lang` or the environment; return argv without `--lang`."""
    from desk_app.cli.parser import split_language
    from desk_app.i18n import language_from_environment, set_language

    language, rest = split_language(args_list)
    set_language(language or language_from_environment())
    return rest


def _run(args_list: list[str]) -> int:
    """Run one command with the CLI's streams in place."""
    from desk_app.cli.parser import build_parser
    from desk_app.cli.window_lock import refuse_while_window_open
    from desk_app.i18n import _
    from desk_app.service import Desk

    desk: Desk | None = None
    try:
        rest = choose_language(args_list)  # first: the parser's help texts are translated
        args = build_parser().parse_args(rest)
        # While a window has the database, its next autosave would undo our change.
        desk = Desk(args.db, guard_changes=refuse_while_window_open)
        status = _command(args.verb)(args, desk)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return status
    except BrokenPipeError:
        return _pipe_closed()
    except DeskError as error:
        print(f"desk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_("desk: abgebrochen."), file=sys.stderr)
        return 130
    except Exception as error:  # the last guard: a user never sees a traceback
        log = _log_crash()
        print(
            _("desk: interner Fehler ({error}); Details in {log}.").format(
                error=type(error).__name__, log=log
            ),
            file=sys.stderr,
        )
        return 70
    finally:
        if desk is not None:
            desk.close()


def _pipe_closed() -> int:
    """End quietly when the reader of our output has gone (`desk list | head`)."""
    # Whatever is still buffered would fail again in the interpreter's last flush.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # a stream without a descriptor (a test's capture)
        pass
    return PIPE_CLOSED


def _command(verb: str) -> Command:
    """Import the verb's module and return its function (only the verb that runs is loaded)."""
    from desk_app.cli.parser import COMMANDS

    module, name = COMMANDS[verb].split(":")
    command: Command = getattr(import_module(module), name)
    return command


def _log_crash() -> str:
    """Append the current traceback to the crash log and return the log's path."""
    import traceback  # only after a crash: it costs every start ~5 ms

    path = user_data_dir() / "crash.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            traceback.print_exc(file=log)
    except OSError:
        from desk_app.i18n import _

        return _("(kein Protokoll möglich)")
    return str(path)
