"""Hostile files given to `desk import`: a result or one sentence, soon, and the store unchanged.

Every test runs the real command line on a file it builds: special files,
ZIPs whose headers lie, deep and huge documents, entities, UTF-16 text.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from desk_app.formats.read import guard
from desk_app.formats.read.result import MAX_LINES
from desk_app.formats.read.structure.limits import MAX_INLINES
from tests.faults.hostile_files import (
    inquiry_docx,
    lying_docx,
    many_references_markdown,
    nested_docx,
    nested_markdown,
    para,
)

ROOT = Path(__file__).resolve().parents[2]
HANG = 60  # seconds: a hang detector, not a benchmark
TEXT = (
    "# Kleine Anfrage\n\nLandtag Nordrhein-Westfalen\n\n## Wie steht es um die Schulen?\n\n"
    "Wir fragen die Landesregierung:\n\n1. Wie viele Schulen gibt es?\n"
)


def desk(
    tmp_path: Path, *args: str, memory: int | None = None, timeout: float = HANG
) -> subprocess.CompletedProcess[str]:
    """Run `desk --db` on the test's store; fail if it does not end within the timeout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(tmp_path / "data")}

    def limit() -> None:  # in the child: a memory ceiling makes unbounded reading fail loudly
        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    command = [sys.executable, "-m", "desk_app", "--db", str(tmp_path / "desk.sqlite"), *args]
    try:
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            cwd=tmp_path,
            preexec_fn=limit,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"desk {' '.join(args)} did not end within {timeout} s")


def stored(tmp_path: Path) -> list[dict[str, object]]:
    """Return what the store lists, as `desk list --json` prints it."""
    done = desk(tmp_path, "list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def one_inquiry(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Return the bytes of a store that holds one inquiry, built once for the module."""
    folder = tmp_path_factory.mktemp("template")
    source = folder / "erste.md"
    source.write_text(TEXT, encoding="utf-8")
    assert desk(folder, "import", str(source)).returncode == 0
    return (folder / "desk.sqlite").read_bytes()


@pytest.fixture
def store(tmp_path: Path, one_inquiry: bytes) -> Path:
    """Return a folder with a store that holds one inquiry already."""
    (tmp_path / "desk.sqlite").write_bytes(one_inquiry)
    return tmp_path


def assert_refused(store: Path, path: Path | str, sentence: str, **options: int) -> None:
    """Import a file and check: status 2, the one sentence, and the store as it was."""
    before = stored(store)
    files = sorted(p.name for p in store.iterdir())
    done = desk(store, "import", str(path), **options)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr  # one sentence, no traceback
    assert sentence in lines[0] and lines[0].endswith("."), lines[0]
    assert "interner Fehler" not in done.stderr and "Traceback" not in done.stderr
    assert stored(store) == before
    assert sorted(p.name for p in store.iterdir()) == files  # nothing half-written beside it


def imported(store: Path, path: Path) -> tuple[dict[str, object], str]:
    """Import a file that must succeed; return the stored inquiry and the report."""
    # Hostile variants of one paper land in one store: --force, as the duplicate rule asks.
    done = desk(store, "import", str(path), "--force")
    assert done.returncode == 0, done.stderr
    assert "interner Fehler" not in done.stderr and "Traceback" not in done.stderr
    number = done.stdout.strip().splitlines()[-1]
    shown = desk(store, "show", number, "--json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout), done.stderr


# 1. Special files: refused before a byte is read.


@pytest.mark.parametrize("kind", ["dev-zero", "link-to-urandom", "fifo", "docx-link-to-zero"])
def test_special_files_are_refused_at_once(store: Path, kind: str):
    path: Path | str
    if kind == "dev-zero":
        path = "/dev/zero"
    elif kind == "fifo":
        path = store / "pipe.md"
        os.mkfifo(path)  # no writer ever comes: opening it to read would wait forever
    else:
        path = store / ("zufall.md" if kind == "link-to-urandom" else "null.docx")
        path.symlink_to("/dev/urandom" if kind == "link-to-urandom" else "/dev/zero")
    assert_refused(store, path, "keine gewöhnliche Datei")


def test_a_link_to_a_regular_file_is_read(store: Path):
    target = store / "ziel.md"
    target.write_text(TEXT.replace("Schulen gibt", "Kitas gibt"), encoding="utf-8")
    (store / "verweis.md").symlink_to(target)
    inquiry, _report = imported(store, store / "verweis.md")
    assert "Kitas" in json.dumps(inquiry, ensure_ascii=False)


def test_reading_stops_one_byte_past_the_limit(tmp_path: Path):
    # A file that grows after its size was checked is read no further than the limit.
    path = tmp_path / "wachsend.md"
    path.write_bytes(b"x" * 5000)
    assert guard._read_bounded(path, 4096) is None
    assert guard._read_bounded(path, 5000) == b"x" * 5000


# 2. A ZIP whose headers lie about a member's size.


def test_a_member_that_inflates_beyond_its_declared_size_is_refused(store: Path):
    path = store / "luege.docx"
    path.write_bytes(lying_docx(1100 * 1024 * 1024))  # 2 KB declared, 1.1 GB inside
    # Under a 1 GB ceiling: reading the member whole (as zipfile's read() does) would fail.
    assert_refused(store, path, "mehr, als das ZIP-Archiv angibt", memory=1024 * 1024 * 1024)


# 3. Huge documents: refused early or read in linear time, with a short report.


def test_the_report_of_a_long_document_is_cut_and_says_so(store: Path):
    # 1,500 numbered paragraphs: past 999 each one adds a report line.
    path = store / "lang.docx"
    path.write_bytes(inquiry_docx(1500))
    _inquiry, report = imported(store, path)
    lines = report.splitlines()
    assert len(lines) <= 2 * (MAX_LINES + 1)  # found and unsure, each cut
    assert "weitere Zeilen des Berichts ausgelassen." in lines[-1]


def test_one_note_referenced_too_often_is_refused(store: Path):
    path = store / "verweise.md"
    path.write_text(many_references_markdown(MAX_INLINES + 10), encoding="utf-8")
    assert_refused(store, path, "Fußnotenzeichen; so umfangreich ist keine Anfrage")


@pytest.mark.slow
def test_one_note_referenced_a_million_times_is_refused_early(store: Path):
    path = store / "verweise.md"
    path.write_text(many_references_markdown(1_000_000), encoding="utf-8")
    assert_refused(store, path, "so umfangreich ist keine Anfrage", timeout=30)


def test_a_text_of_millions_of_paragraphs_is_refused_early(store: Path):
    # 9 MB of one-letter paragraphs: read whole, they became 3 million objects first.
    path = store / "absaetze.md"
    path.write_text(TEXT + "a\n\n" * 3_000_000, encoding="utf-8")
    assert_refused(store, path, "Absätze; so umfangreich ist keine Anfrage", timeout=30)


@pytest.mark.slow
def test_a_document_with_more_paragraphs_than_any_inquiry_is_refused_early(store: Path):
    # ~8 MB of document.xml (1 MB packed): refused once the 100,000th paragraph is read.
    path = store / "riesig.docx"
    path.write_bytes(inquiry_docx(110_000))
    assert_refused(store, path, "Absätze; so umfangreich ist keine Anfrage", timeout=HANG)


@pytest.mark.slow
def test_a_long_legal_document_imports_in_linear_time(store: Path):
    path = store / "lang.docx"
    path.write_bytes(inquiry_docx(20_000))
    _inquiry, report = imported(store, path)
    assert len(report.splitlines()) <= 2 * (MAX_LINES + 1)


def test_a_pdf_row_of_thousands_of_pieces_is_read_in_linear_time(store: Path):
    # Two rows drawn in turns, piece by piece: gluing them cost quadratic time (63 s for
    # 4,000 pieces, some minutes for these 8,000); now they take well under a second.
    path = store / "stuecke.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("Helvetica", 11)
    page.drawString(50, 780, "Landtag Nordrhein-Westfalen")
    for index in range(8_000):
        page.drawString(50 + index * 0.05, 700 if index % 2 else 680, "ab")
    page.save()
    assert_refused(store, path, "keine Anfrage", timeout=30)


# 4. Deep nesting: no RecursionError.


def test_a_list_nested_2000_levels_deep_imports(store: Path):
    path = store / "tief.md"
    path.write_text(nested_markdown(2000), encoding="utf-8")
    inquiry, _report = imported(store, path)
    text = json.dumps(inquiry, ensure_ascii=False)
    assert "Ebene 0" in text and "Ebene 1999" in text


def test_docx_content_nested_past_the_parser_limit_is_refused(store: Path):
    path = store / "tief.docx"
    path.write_bytes(nested_docx(400))
    assert_refused(store, path, "zu tief verschachtelt")


def test_docx_content_nested_within_the_parser_limit_imports(store: Path):
    path = store / "verschachtelt.docx"
    path.write_bytes(nested_docx(100))
    inquiry, _report = imported(store, path)
    assert "Wie viele Schulen gibt es?" in json.dumps(inquiry, ensure_ascii=False)


# 5. Entities: the text around them stays, they are reported, nothing is resolved.

_DECLARED = '<!DOCTYPE w:document [<!ENTITY e "GEHEIM">]>'
_EXTERNAL = '<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY a "hahahahaha">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + "]>"
)


@pytest.mark.parametrize(
    "doctype", ["", _DECLARED, _EXTERNAL], ids=["undeclared", "declared", "xxe"]
)
def test_an_entity_reference_keeps_the_rest_of_the_run(store: Path, doctype: str):
    path = store / "entitaet.docx"
    path.write_bytes(inquiry_docx(2, para("Vor dem Zeichen &e; und danach."), doctype))
    inquiry, report = imported(store, path)
    assert inquiry["preamble"] == "Vor dem Zeichen  und danach."
    text = json.dumps(inquiry, ensure_ascii=False)
    assert "GEHEIM" not in text
    assert Path("/etc/hostname").read_text().strip() not in text
    assert "Die Entität „&e;“ (1-mal im Text) wurde nicht aufgelöst und ausgelassen." in report


def test_a_billion_laughs_is_refused(store: Path):
    path = store / "lachen.docx"
    path.write_bytes(inquiry_docx(2, para("Lacht &j; laut."), _LAUGHS))
    assert_refused(store, path, "Entitäten; es wird nicht gelesen")


# 6. UTF-16 text files with a byte order mark.


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_unicode_text_files_are_read_by_their_byte_order_mark(store: Path, encoding: str):
    path = store / "unicode.txt"
    marks = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
    body = TEXT.replace("Schulen gibt", "Schulen in Köln gibt").replace("\n", "\r\n")
    path.write_bytes(marks.get(encoding, b"") + body.encode(encoding))
    inquiry, _report = imported(store, path)
    assert inquiry["questions"][0]["text"] == "Wie viele Schulen in Köln gibt es?"


def test_utf16_binary_data_is_still_no_text(store: Path):
    path = store / "binaer.txt"
    path.write_bytes(b"\xff\xfe" + bytes(range(256)) * 4)
    assert_refused(store, path, "keine Textdatei")


# 7. Our own PDF of an inquiry with many long notes reads back with every note.


@pytest.mark.slow
def test_a_pdf_with_more_than_999_notes_outweighing_the_body_keeps_every_note(store: Path):
    count = 1100
    body = "\n\n".join(
        " ".join(f"Die Landesregierung berichtete[^{n}]." for n in range(start, start + 5))
        for start in range(1, count + 1, 5)
    )
    long_note = " Ein langer Beleg mit vielen Worten" * 4  # the notes outweigh the body text
    notes = "\n".join(f"[^{n}]: Quelle {n}.{long_note}" for n in range(1, count + 1))
    source = store / "noten.md"
    source.write_text(
        TEXT.replace("Wir fragen", f"{body}\n\nWir fragen") + f"\n{notes}\n", encoding="utf-8"
    )
    first, _report = imported(store, source)
    assert len(first["footnotes"]) == count
    exported = store / "noten.pdf"
    done = desk(store, "export", str(first["id"]), "--format", "pdf", "-o", str(exported))
    assert done.returncode == 0, done.stderr
    again, _report = imported(store, exported)
    assert len(again["footnotes"]) == count
    assert again["signature"] == first["signature"]
