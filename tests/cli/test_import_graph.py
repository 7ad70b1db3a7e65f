"""Each `desk` verb loads only what it needs: the heavy libraries stay out of the light verbs.

Every case runs the real command line in a fresh interpreter and looks at
`sys.modules` after the verb has finished, so an import added anywhere on the
way (parser, service, store, a verb's module) is seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.paths import resources_dir
from tests.process_probe import loaded_modules

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"

HEAVY = {"reportlab", "docx", "lxml", "holidays", "icalendar", "PySide6", "sqlite_utils"}


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a store that holds the seed inquiry (created, so migrations have run)."""
    db = tmp_path_factory.mktemp("graph") / "seed.sqlite3"
    loaded_modules(db, "import", str(SEED))
    return db


@pytest.mark.parametrize(
    "args",
    [("list",), ("list", "--json"), ("show", "1"), ("search", "Schule"), ("--help",)],
    ids=["list", "list-json", "show", "search", "help"],
)
def test_reading_verbs_load_no_heavy_library(seeded_db: Path, args: tuple[str, ...]) -> None:
    modules = loaded_modules(seeded_db, *args)
    assert "desk_app" in modules
    assert modules.isdisjoint(HEAVY), sorted(modules & HEAVY)


def test_list_on_a_store_that_is_up_to_date_needs_no_migration_library(seeded_db: Path) -> None:
    assert "sqlite_utils" not in loaded_modules(seeded_db, "list")


def test_a_deadline_verb_loads_the_holiday_tables_only_when_it_counts_days(
    seeded_db: Path,
) -> None:
    counted = loaded_modules(
        seeded_db, "due", "--parliament", "NW", "--kind", "kleine-anfrage", "--from", "2026-12-01"
    )
    assert "holidays" in counted  # counting working days needs the Land's holidays
    assert counted.isdisjoint({"reportlab", "docx", "PySide6"})


def test_pdf_export_loads_reportlab_but_not_word_or_qt(seeded_db: Path, tmp_path: Path) -> None:
    modules = loaded_modules(
        seeded_db, "export", "1", "--format", "pdf", "-o", str(tmp_path / "a.pdf")
    )
    assert "reportlab" in modules
    assert modules.isdisjoint({"docx", "PySide6", "icalendar"})


def test_docx_export_loads_neither_reportlab_nor_qt(seeded_db: Path, tmp_path: Path) -> None:
    modules = loaded_modules(
        seeded_db, "export", "1", "--format", "docx", "-o", str(tmp_path / "a.docx")
    )
    assert modules.isdisjoint({"reportlab", "PySide6", "icalendar"})
