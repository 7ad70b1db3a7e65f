"""Move a whole store between a file and a server, and back it up (storage/copying.py)."""

from __future__ import annotations

from pathlib import Path

from desk_app.i18n import _
from desk_app.model import DeskError
from desk_app.storage import InquiryStore, Location, ServerAddress, resolve_location
from desk_app.storage.copying import CopyReport
from desk_app.storage.copying import copy_store as copy_rows


def copy_store(source: Location, target: Location) -> CopyReport:
    """Copy every inquiry, revision, trashed inquiry and source from source into an empty target.

    A target file that did not exist before and could not be filled is removed again.
    """
    source, target = resolve_location(source), resolve_location(target)
    if _same(source, target):
        raise DeskError(
            _("Quelle und Ziel sind derselbe Speicher ({location}).").format(location=source)
        )
    if isinstance(source, Path) and not source.exists():
        raise DeskError(_("Die Datenbank {path} gibt es nicht.").format(path=source))
    new_file = isinstance(target, Path) and not target.exists()
    try:
        with InquiryStore(source) as reading, InquiryStore(target) as writing:
            return copy_rows(reading, writing)
    except BaseException:
        if new_file and isinstance(target, Path):
            for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                leftover.unlink(missing_ok=True)
        raise


def _same(source: Location, target: Location) -> bool:
    if isinstance(source, ServerAddress) or isinstance(target, ServerAddress):
        return source == target
    return source.resolve() == target.resolve()
