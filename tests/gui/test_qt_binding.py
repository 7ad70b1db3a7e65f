"""Guard decision D1: the installed PySide6 must not corrupt None's reference count."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qapp):
    """1,000 void Qt calls leave sys.getrefcount(None) where it was (6.12.0 on 3.11 lowers it)."""
    label = QLabel()
    before = sys.getrefcount(None)
    for index in range(1000):
        label.setObjectName(f"label{index}")
        label.setText("Grüße")
    after = sys.getrefcount(None)
    assert after >= before, f"None lost {before - after} references in {PySide6.__version__}"


def test_pinned_binding_matches_python():
    """On Python < 3.12 the project resolves PySide6 below 6.12 (docs/TECH_NOTES.md)."""
    major_minor = tuple(int(part) for part in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert major_minor < (6, 12)
