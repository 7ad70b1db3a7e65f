"""Fuzz the importers: mutated DOCX and PDF and random text raise nothing but DeskError."""

from __future__ import annotations

import contextlib
import functools
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.formats.markdown.blocks import read_blocks
from desk_app.formats.read.answer.document import to_paras
from desk_app.formats.read.answer.split import split_answer
from desk_app.formats.read.docx.reader import from_docx_bytes
from desk_app.formats.read.pdf.reader import from_pdf_bytes
from desk_app.formats.read.text.reader import from_text
from desk_app.model import DeskError
from desk_app.rules.registry import ProfileRegistry
from tests.formats.samples import forms
from tests.formats.samples.make_docx import make_docx
from tests.formats.samples.make_pdf import make_pdf

FAST = 200
SLOW = 3000


@functools.cache
def _registry() -> ProfileRegistry:
    from pathlib import Path
    from tempfile import mkdtemp

    return ProfileRegistry.load(user_dir=Path(mkdtemp()) / "none")


@functools.cache
def _samples() -> dict[str, bytes]:
    return {
        "docx": make_docx(forms.nw_inquiry()),
        "docx-list": make_docx(forms.by_inquiry(), typed_numbers=False),
        "pdf": make_pdf(forms.nw_inquiry()),
        "pdf-answer": make_pdf(forms.nw_answer()),
    }


def _rezip(data: bytes, name: str, content: bytes) -> bytes:
    """Return a DOCX with one part replaced, so the XML parsers see the damage, not zipfile."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, content if item.filename == name else source.read(item))
    return buffer.getvalue()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """Draw a sample with some bytes changed, cut off, or a part's XML damaged."""
    kind = draw(st.sampled_from(sorted(_samples())))
    data = bytearray(_samples()[kind])
    if kind.startswith("docx") and draw(st.booleans()):
        name = draw(st.sampled_from(["word/document.xml", "word/footnotes.xml", "word/styles.xml"]))
        part = bytearray(zipfile.ZipFile(io.BytesIO(bytes(data))).read(name))
        for _ in range(draw(st.integers(1, 8))):
            position = draw(st.integers(0, len(part) - 1))
            part[position] = draw(st.integers(0, 255))
        return kind, _rezip(bytes(data), name, bytes(part))
    for _ in range(draw(st.integers(1, 12))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return kind, bytes(data)


def _read(kind: str, data: bytes) -> None:
    reader = from_docx_bytes if kind.startswith("docx") else from_pdf_bytes
    with contextlib.suppress(DeskError):
        reader(data, _registry())


def _text(text: str) -> None:
    with contextlib.suppress(DeskError):
        from_text(text, _registry())
    split_answer(to_paras(read_blocks(text)))


_LINES = st.sampled_from(
    [
        "LANDTAG NORDRHEIN-WESTFALEN",
        "Drucksache 17/8765",
        "Kleine Anfrage 3417",
        "der Abgeordneten A und B SPD",
        "1. Wie?",
        "a) Wo?",
        "Zu 1. und 2.:",
        "Die Fragen 1 bis 3 werden gemeinsam beantwortet.",
        "Vorbemerkung der Landesregierung",
        "Datum des Originals: 19.02.2020/Ausgegeben: 19.02.2020 (Neudruck 2.2.2020)",
        "[^1]: Quelle",
        "# Titel",
        "",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400), st.lists(st.one_of(_LINES, st.text(max_size=40))).map("\n".join)
)
_SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}


@settings(max_examples=FAST, **_SETTINGS)
@given(mutated())
def test_mutated_documents_fast(sample: tuple[str, bytes]):
    _read(*sample)


@settings(max_examples=FAST, **_SETTINGS)
@given(TEXTS)
def test_random_text_fast(text: str):
    _text(text)


@pytest.mark.slow
@settings(max_examples=SLOW, **_SETTINGS)
@given(mutated())
def test_mutated_documents_slow(sample: tuple[str, bytes]):
    _read(*sample)


@pytest.mark.slow
@settings(max_examples=SLOW, **_SETTINGS)
@given(TEXTS)
def test_random_text_slow(text: str):
    _text(text)
