"""`desk history ID` lists the same entries, with the same labels, as the window's history."""

from __future__ import annotations

from tests.cli.conftest import SEED


def test_history_lists_import_set_and_export_newest_first(desk, seed_id, tmp_path):
    assert desk("set", str(seed_id), "drucksache", "17/8765").status == 0
    out = tmp_path / "anfrage.pdf"
    assert desk("export", str(seed_id), "--format", "pdf", "-o", str(out)).status == 0

    result = desk("history", str(seed_id))

    assert result.status == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 3
    assert lines[0].endswith("Exportiert als PDF: anfrage.pdf (aktuell)")
    assert lines[1].endswith("Drucksache gesetzt")
    assert lines[2].endswith(f"Importiert aus {SEED.name}")


def test_history_json_has_the_event_and_label_of_each_entry(desk, seed_id):
    entries = desk("history", str(seed_id), "--json").json()
    assert [(e["event"], e["label"], e["current"]) for e in entries] == [
        ("imported", f"Importiert aus {SEED.name}", True)
    ]
    assert entries[0]["revisions"] == [entries[0]["revision"]]


def test_history_of_an_unknown_inquiry_is_one_sentence(desk):
    result = desk("history", "42")
    assert result.status == 2
    assert result.err == "desk: Keine Anfrage mit der Nummer 42.\n"
