"""Every sentence a user reads is in the catalogue, translated, and safe to format.

The catalogue tool (tools/i18n.py) collects what the code marks with `_()`,
`N_()` and `ngettext()` and the profiles' user-facing texts; these tests use
the same collection. A sentence that is not marked never reaches the
catalogue, so a scan of the code refuses messages written as bare literals
where users read them (errors, findings, profile errors, CLI output).
"""

from __future__ import annotations

import ast
import gettext
import importlib.util
import re
import string
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    """Load tools/i18n.py (a script, not a package) as a module."""
    spec = importlib.util.spec_from_file_location("catalogue_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def test_every_marked_sentence_has_an_english_translation() -> None:
    missing = TOOL.untranslated("en")
    assert missing == [], "untranslated (run tools/i18n.py update, then translate):\n" + "\n".join(
        missing[:40]
    )


def test_the_compiled_catalogue_matches_the_po_files() -> None:
    shipped = TOOL.mo_path("en").read_bytes()
    assert TOOL.translations_of(shipped) == TOOL.translations_of(TOOL.compiled("en")), (
        "resources/i18n/locale is stale: run tools/i18n.py compile"
    )


def _fields(text: str) -> set[str]:
    """Return the names of a format string's {placeholders}."""
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_translations_keep_the_placeholders_of_their_source() -> None:
    # A translation that renames or drops {name} would raise or mislead at .format().
    broken = []
    for path in sorted(TOOL.PO_DIR.glob("en/*.po")):
        for message in TOOL.read_catalog(path):
            if not message.id or not message.string:
                continue
            sources = message.id if isinstance(message.id, tuple) else (message.id,)
            targets = message.string if isinstance(message.string, tuple) else (message.string,)
            wanted = _fields(sources[0]) | _fields(sources[-1])
            for target in targets:
                try:
                    got = _fields(target)
                except ValueError as error:
                    broken.append(f"{path.name}: {target!r}: {error}")
                    continue
                if got - wanted or (len(sources) == 1 and got != wanted):
                    broken.append(f"{path.name}: {sources[0]!r} -> {target!r}")
    assert broken == []


def test_english_is_loaded_from_the_installed_resources() -> None:
    from desk_app.i18n import DOMAIN, locale_dir

    english = gettext.translation(DOMAIN, localedir=locale_dir(), languages=["en"])
    assert english.gettext("Fristende: noch nicht berechenbar.") != (
        "Fristende: noch nicht berechenbar."
    )


# Calls whose text argument a user reads: the error, a profile field's problem, a finding,
# and what the command line prints.
_USER_CALLS = {"DeskError": 0, "fail": 1, "Finding": 1}
_CORE = [
    path
    for path in sorted((ROOT / "desk_app").rglob("*.py"))
    if "gui" not in path.relative_to(ROOT / "desk_app").parts
]


def _has_words(argument: ast.expr) -> bool:
    """Tell whether a literal or f-string argument holds words (not only layout or "desk:")."""
    if isinstance(argument, ast.JoinedStr):
        parts = [part.value for part in argument.values if isinstance(part, ast.Constant)]
        text = "".join(str(part) for part in parts)
    elif isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        text = argument.value
    else:
        return False
    return re.search(r"[^\W\d_]{3,}", text.replace("desk:", "")) is not None


def _bare_messages(path: Path) -> list[str]:
    """Return the places where a user-facing call gets a literal or an f-string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        position = _USER_CALLS.get(name or "")
        if position is None and name == "print" and "cli" in path.parts:
            position = 0
        if position is None or len(node.args) <= position:
            continue
        if _has_words(node.args[position]):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


@pytest.mark.parametrize("path", _CORE, ids=lambda path: str(path.relative_to(ROOT / "desk_app")))
def test_user_messages_go_through_the_catalogue(path: Path) -> None:
    assert _bare_messages(path) == []


# What a user of an installed program cannot follow: the project's own files and sections.
_INTERNAL = re.compile(r"\b(?:docs/|DESIGN\.md|DOMAIN\.md|STATISTICS\.md|TECH_NOTES|STYLE\.md)")


def test_no_user_text_points_into_the_projects_own_files() -> None:
    core = [
        f"{path}:{line}: {message_id}"
        for messages in TOOL.collect().values()
        for message_id, path, line in messages
        if _INTERNAL.search(message_id if isinstance(message_id, str) else message_id[0])
    ]
    window = (ROOT / "resources" / "i18n" / "anfragen_desk_en.ts").read_text(encoding="utf-8")
    sources = re.findall(r"<source>([^<]*)</source>", window)
    assert core + [text for text in sources if _INTERNAL.search(text)] == []
