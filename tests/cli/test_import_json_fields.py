"""`desk import --json` as a script runs it: the id, the report and each field's confidence."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).parents[1] / "corpus"
NW_INQUIRY = CORPUS / "built" / "nw_17_3417_kleine_anfrage.txt"
NW_ANSWER = CORPUS / "built" / "nw_17_3417_antwort.txt"
CONFIDENCES = {"certain", "guessed", "missing"}


def desk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m desk_app --db DB ARGS…` as the user's shell would."""
    command = [sys.executable, "-m", "desk_app", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_import_json_lists_every_field_with_its_confidence(tmp_path):
    db = tmp_path / "desk.sqlite3"
    done = desk(db, "import", "--json", str(NW_INQUIRY))
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)  # stdout holds the JSON and nothing else
    assert printed["id"] == 1 and printed["answered"] is False
    assert any(line.startswith("Drucksache: 17/8765") for line in printed["report"])
    fields = {item["field"]: item for item in printed["fields"]}
    for item in printed["fields"]:
        assert set(item) == {"field", "label", "confidence", "value", "detail"}
        assert item["confidence"] in CONFIDENCES
        if not item["value"]:
            assert item["confidence"] == "missing", item  # never a silent default
    assert fields["drucksache"] == {
        "field": "drucksache",
        "label": "Drucksache",
        "confidence": "certain",
        "value": "17/8765",
        "detail": "",
    }
    title = fields["title"]
    guessed = [line for line in printed["uncertain"] if line.startswith("Titel nur vermutet")]
    assert title["confidence"] == ("guessed" if guessed else "certain")
    assert fields["dates.answered"]["confidence"] == "missing"
    shown = json.loads(desk(db, "show", "1", "--json").stdout)
    assert shown["drucksache"] == fields["drucksache"]["value"]


def test_an_answer_import_json_names_the_answer_fields(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert desk(db, "import", str(NW_INQUIRY)).returncode == 0
    done = desk(db, "import", "--json", str(NW_ANSWER))
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed["answered"] is True and printed["id"] == 1
    fields = {item["field"]: item for item in printed["fields"]}
    assert fields["answer.drucksache"]["value"] == "17/9012"
    assert fields["answer.joint"]["value"] == "zu 1 und 2"


def test_the_plain_import_prints_the_id_and_a_field_table(tmp_path):
    done = desk(tmp_path / "desk.sqlite3", "import", str(NW_INQUIRY))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"  # scripts read the id alone
    lines = done.stderr.splitlines()
    header = next(line for line in lines if line.startswith("Feld"))
    assert header.split() == ["Feld", "Sicherheit", "Erkannt"]
    table = lines[lines.index(header) + 1 :]
    drucksache = next(line for line in table if line.startswith("Drucksache "))
    assert drucksache.split() == ["Drucksache", "sicher", "17/8765"]
    answered = next(line for line in table if line.startswith("Beantwortet am"))
    assert "nicht gefunden" in answered
