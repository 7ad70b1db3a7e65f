"""The window's Qt catalogue: every tr() text of desk_app/gui in it, each one translated in full."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "anfragen_desk_en.ts"
PLACEHOLDER = re.compile(r"%\d+|\{\w*\}")
ACCELERATOR = re.compile(r"&(?!&|amp;)\S")
GERMAN_LETTERS = re.compile("[äöüßÄÖÜ„]")

Message = tuple[str, str, ET.Element]  # context, source, the <message> element


def _messages(ts: Path) -> list[Message]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translation(message: ET.Element) -> ET.Element:
    translation = message.find("translation")
    assert translation is not None
    return translation


def test_no_entry_is_unfinished_or_vanished():
    messages = _messages(TS)
    assert len(messages) > 250
    states = {
        (context, source): _translation(message).get("type")
        for context, source, message in messages
    }
    left = {key: state for key, state in states.items() if state is not None}
    assert not left, f"translate these, then run `make translations`: {left}"
    empty = [(c, s) for c, s, m in messages if not (_translation(m).text or "").strip()]
    assert not empty


def test_translations_keep_placeholders_and_accelerators():
    for context, source, message in _messages(TS):
        english = _translation(message).text or ""
        where = (context, source, english)
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(source)), where
        # A menu or button letter in German needs one in English, and only one.
        assert len(ACCELERATOR.findall(english)) == len(ACCELERATOR.findall(source)), where


def test_translations_are_english():
    german = [
        (context, source, _translation(message).text)
        for context, source, message in _messages(TS)
        if GERMAN_LETTERS.search(_translation(message).text or "")
    ]
    assert not german
