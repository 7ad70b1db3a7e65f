"""Fuzz every importer's entry point: each input ends in a result or a one-line DeskError.

The generators know the formats (WordprocessingML with entities, DTDs,
nesting and tables; ZIP headers that lie; PDF tokens; Markdown and BOMs),
so random input reaches past the first check. An input that breaks the
rule is saved in `crashers/`, which a fast test replays on every run.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.formats.read.answer.reader import recognise_answer
from desk_app.formats.read.docx.reader import from_docx_bytes
from desk_app.formats.read.pdf.reader import from_pdf_bytes
from desk_app.formats.read.result import ImportResult
from desk_app.formats.read.text.file import read_text_file
from desk_app.formats.read.text.reader import from_text
from desk_app.model import DeskError
from desk_app.rules.registry import ProfileRegistry
from tests.faults.hostile_files import HEAD, docx, lying_zip
from tests.formats.samples import forms
from tests.formats.samples.make_pdf import make_pdf

CRASHERS = Path(__file__).parent / "crashers"
EXAMPLES = int(os.environ.get("DESK_FUZZ_EXAMPLES", "1500"))  # per entry point
_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # found inputs are kept as files in crashers/, not in a hidden folder
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@functools.cache
def _registry() -> ProfileRegistry:
    return ProfileRegistry.load(user_dir=Path(tempfile.mkdtemp()) / "none")


@functools.cache
def _pdf() -> bytes:
    return make_pdf(forms.nw_inquiry())


def _read_docx(data: bytes) -> object:
    return from_docx_bytes(data, _registry())


def _read_pdf(data: bytes) -> object:
    return from_pdf_bytes(data, _registry())


def _read_file(data: bytes, suffix: str, answer: bool) -> object:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"eingabe{suffix}"
        path.write_bytes(data)
        if answer:
            return recognise_answer(path, _registry(), lambda _key: None)
        return from_text(read_text_file(path), _registry())


# Entry points by the suffix a crasher file is saved under; text is kept as .txt
# because ruff reads .md files in the tree, and crashers are no valid UTF-8.
READERS: dict[str, Callable[[bytes], object]] = {
    ".docx": _read_docx,
    ".pdf": _read_pdf,
    ".txt": lambda data: _read_file(data, ".md", answer=False),
    ".answer.txt": lambda data: _read_file(data, ".md", answer=True),
    ".answer.docx": lambda data: _read_file(data, ".docx", answer=True),
}


def check(suffix: str, data: bytes) -> None:
    """Run one entry point; anything but a result or a one-line DeskError is a crasher."""
    try:
        result = READERS[suffix](data)
    except DeskError as error:
        message = str(error)
        assert message and "\n" not in message and message.endswith("."), message
        return
    except Exception:
        _keep(suffix, data)
        raise
    if not isinstance(result, ImportResult):
        # recognise_answer returns an ImportResult too; anything else is a bug.
        _keep(suffix, data)
        raise AssertionError(f"{suffix}: returned {type(result).__name__}")


_KEPT: dict[str, Path] = {}


def _keep(suffix: str, data: bytes) -> None:
    """Save a crashing input for the fast replay test, replacing the one before it.

    Hypothesis shrinks a failure and replays the smallest last, so the file
    that stays is the minimal crasher.
    """
    CRASHERS.mkdir(exist_ok=True)
    path = CRASHERS / f"{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
    previous = _KEPT.get(suffix)
    if previous is not None and previous != path:
        previous.unlink(missing_ok=True)
    path.write_bytes(data)
    _KEPT[suffix] = path


# Word XML: runs, paragraphs and the containers readers walk, with hostile text.

_TEXT = st.one_of(
    st.text(max_size=30).map(lambda s: s.replace("&", "&amp;").replace("<", "&lt;")),
    st.sampled_from(["&e;", "&amp;", "&#x41;", "&#0;", "&#xD800;", "&lol;", "1. Wie?", "a) Wo?"]),
)
_LEAF = st.one_of(
    _TEXT.map(lambda text: f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'),
    st.sampled_from(
        [
            '<w:r><w:footnoteReference w:id="1"/></w:r>',
            '<w:r><w:sym w:char="F0B7"/><w:sym w:char="zz"/><w:tab/><w:br w:type="page"/></w:r>',
            '<w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="99"/>'
            '<w:numId w:val="1"/></w:numPr></w:pPr>',
            "<w:r><w:rPr><w:b/><w:i w:val='0'/></w:rPr><w:t>fett</w:t></w:r>",
            "<w:sectPr><w:titlePg/><w:headerReference r:id='rId9' w:type='first' "
            "xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'/>"
            "</w:sectPr>",
        ]
    ),
)
_WRAPPERS = ["p", "sdt", "sdtContent", "hyperlink", "ins", "del", "smartTag", "tc", "tr", "tbl"]


def _wrap(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(_WRAPPERS), st.lists(children, max_size=4)).map(
        lambda pair: f"<w:{pair[0]}>{''.join(pair[1])}</w:{pair[0]}>"
    )


WORD_XML = st.recursive(_LEAF, _wrap, max_leaves=25)
_DOCTYPES = st.sampled_from(
    [
        "",
        '<!DOCTYPE w:document [<!ENTITY e "ersetzt">]>',
        '<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE w:document [<!ENTITY a "aaaa"><!ENTITY e "&a;&a;&a;&a;">]>',
        '<!DOCTYPE w:document SYSTEM "http://example.invalid/x.dtd">',
    ]
)


@st.composite
def docx_files(draw: st.DrawFn) -> bytes:
    """Draw a DOCX: generated body XML, sometimes a lying or damaged archive around it."""
    body = "".join(draw(st.lists(WORD_XML, max_size=6)))
    data = docx((HEAD if draw(st.booleans()) else "") + body, draw(_DOCTYPES))
    action = draw(st.sampled_from(["keep", "lie", "flip", "cut"]))
    if action == "lie":
        return lying_zip(data, "word/document.xml", draw(st.integers(0, 2**32 - 1)))
    if action == "flip":
        mutable = bytearray(data)
        for _ in range(draw(st.integers(1, 6))):
            mutable[draw(st.integers(0, len(mutable) - 1))] = draw(st.integers(0, 255))
        return bytes(mutable)
    if action == "cut":
        return data[: draw(st.integers(0, len(data)))]
    return data


_PDF_TOKENS = st.sampled_from(
    [b"obj", b"endobj", b"stream", b"endstream", b"/Length 999999999", b"<<", b">>", b"[", b"]",
     b"(", b")", b"\\", b"BT", b"ET", b"Tj", b"TJ", b"/Encrypt", b"xref", b"trailer", b"0 0 R"]
)  # fmt: skip


@st.composite
def pdf_files(draw: st.DrawFn) -> bytes:
    """Draw a PDF of our sample with bytes changed, PDF tokens inserted or a piece cut out."""
    data = bytearray(_pdf())
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, len(data) - 1))
        operation = draw(st.sampled_from(["flip", "insert", "cut"]))
        if operation == "flip":
            data[position] = draw(st.integers(0, 255))
        elif operation == "insert":
            data[position:position] = b" " + draw(_PDF_TOKENS) + b" "
        else:
            del data[position : position + draw(st.integers(1, 2000))]
    return bytes(data)


_LINES = st.sampled_from(
    [
        "LANDTAG NORDRHEIN-WESTFALEN",
        "Kleine Anfrage 3417",
        "Antwort der Landesregierung",
        "Drucksache 17/8765",
        "Wir fragen die Landesregierung:",
        "1. Wie viele?",
        "\ta) Wo?",
        "\t\t- tiefer",
        "Zu Frage 1:",
        "[^1]: Quelle",
        "Text[^1] und [^2] und <sup>3</sup>",
        "---\nparliament: NW\nkind: 42\n---",
        "***fett*kursiv**_x_",
        "# Titel",
        "",
    ]
)
TEXT_FILES = st.tuples(
    st.lists(st.one_of(_LINES, st.text(max_size=40)), max_size=30).map("\n".join),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252"]),
).map(lambda pair: _encoded(*pair))


def _encoded(text: str, encoding: str) -> bytes:
    mark = b"\xfe\xff" if encoding == "utf-16-be" else b""
    return mark + text.encode(encoding, errors="replace")


@pytest.mark.slow
@_SETTINGS
@given(docx_files())
def test_fuzz_docx(data: bytes):
    check(".docx", data)


@pytest.mark.slow
@_SETTINGS
@given(pdf_files())
def test_fuzz_pdf(data: bytes):
    check(".pdf", data)


@pytest.mark.slow
@_SETTINGS
@given(TEXT_FILES)
def test_fuzz_text_files(data: bytes):
    check(".txt", data)


@pytest.mark.slow
@_SETTINGS
@given(st.one_of(TEXT_FILES.map(lambda data: (".answer.txt", data)), docx_files().map(
    lambda data: (".answer.docx", data))))  # fmt: skip
def test_fuzz_answer_import(sample: tuple[str, bytes]):
    check(*sample)


def _suffix(path: Path) -> str:
    return next(
        suffix for suffix in sorted(READERS, key=len, reverse=True) if path.name.endswith(suffix)
    )


@pytest.mark.parametrize(
    "path", sorted(CRASHERS.glob("*")) if CRASHERS.exists() else [], ids=lambda path: path.name
)
def test_found_crashers_stay_fixed(path: Path):
    check(_suffix(path), path.read_bytes())


def test_a_zip_without_word_part_still_says_so():
    # The smallest regression of the lying-ZIP generator: a lie in a part that is no document.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("x.xml", "<x/>")
    with pytest.raises(DeskError, match="kein Word-Dokument"):
        _read_docx(lying_zip(buffer.getvalue(), "x.xml", 5))
