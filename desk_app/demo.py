"""`make demo`: import the bundled seed inquiry into a fresh database and export it."""

from __future__ import annotations

import sys
from pathlib import Path

from desk_app.cli import main as cli_main
from desk_app.i18n import _, language_from_environment, set_language
from desk_app.paths import resources_dir
from desk_app.service import EXPORT_FORMATS

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


def run_demo(folder: Path) -> int:
    """Build ./demo from scratch through the command line, as a user would."""
    set_language(language_from_environment())
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "demo.sqlite3"
    for leftover in folder.glob("demo.sqlite3*"):
        leftover.unlink()
    db = ["--db", str(database)]
    print(_("Importiere {name} …").format(name=SEED.name))
    if cli_main([*db, "import", str(SEED)]) != 0:
        return 1
    inquiry_id = "1"
    for name in sorted(EXPORT_FORMATS):
        target = folder / f"seed.{EXPORT_FORMATS[name].suffix}"
        if cli_main([*db, "export", inquiry_id, "--format", name, "-o", str(target)]) != 0:
            return 1
    print(_("Datenbank: {path}").format(path=database))
    print(_("Fertig. Die Dateien liegen in {path}.").format(path=folder.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(run_demo(Path(sys.argv[1] if len(sys.argv) > 1 else "demo")))
