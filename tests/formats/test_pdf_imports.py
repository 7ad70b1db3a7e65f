"""A PDF export loads only the reportlab it uses; what it defers still works for anyone who asks.

The probes run the real entry point in a fresh interpreter and look at
`sys.modules` afterwards (as tests/cli/test_import_graph.py does). The shape
tests read reportlab's own source: they fail when reportlab changes what
desk_app/formats/write/pdf/lean_import.py relies on, so that it is looked at again.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.formats.write.pdf.lazy_patterns import CJK_PATTERN, LazyPattern
from desk_app.formats.write.pdf.lean_import import BITMAPS, PLATYPUS, PLATYPUS_PARTS
from tests.formats.conftest import SEED_PATH

# Run `desk ARGS…`, then print every module name loaded.
PROBE = """
import json, sys
from desk_app.__main__ import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""

# Platypus modules a PDF of ours never needs, and what only they bring along.
UNUSED_PLATYPUS = {
    "reportlab.platypus.tables",
    "reportlab.platypus.xpreformatted",
    "reportlab.platypus.multicol",
    "reportlab.lib.PyFontify",
}
# What running PIL.Image would load: its C core and its tag tables.
PIL_AT_WORK = {"PIL._imaging", "PIL.ExifTags", "PIL.TiffTags", "PIL.ImageMode"}


def _run(code: str, *args: str) -> dict:
    """Run Python code in a fresh interpreter and return the JSON of its last line."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def export_modules(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Return the modules a fresh `desk export 1 --format pdf` process has loaded."""
    folder = tmp_path_factory.mktemp("pdf-imports")
    db = folder / "seed.sqlite3"
    assert _run(PROBE, "--db", str(db), "import", str(SEED_PATH))["status"] == 0
    out = folder / "seed.pdf"
    report = _run(PROBE, "--db", str(db), "export", "1", "--format", "pdf", "-o", str(out))
    assert report["status"] == 0
    assert out.read_bytes().startswith(b"%PDF")
    return set(report["modules"])


def test_pdf_export_loads_only_the_platypus_parts_it_uses(export_modules: set[str]) -> None:
    assert {f"{PLATYPUS}.{part}" for part in PLATYPUS_PARTS} <= export_modules
    assert export_modules.isdisjoint(UNUSED_PLATYPUS), sorted(export_modules & UNUSED_PLATYPUS)


def test_pdf_export_never_runs_pil(export_modules: set[str]) -> None:
    # PIL's one-line package file and the lazy stand-in for PIL.Image are there;
    # none of PIL.Image's code has run.
    assert export_modules.isdisjoint(PIL_AT_WORK), sorted(export_modules & PIL_AT_WORK)


def test_the_deferred_platypus_package_has_all_its_names_when_asked() -> None:
    names = "[name for name in dir(p) if not name.startswith('_')]"
    plain = _run(f"import json; import reportlab.platypus as p; print(json.dumps({names}))")
    deferred = _run(
        "import json, sys; import desk_app.formats.write.pdf\n"
        "before = 'reportlab.platypus.tables' in sys.modules\n"
        "from reportlab.platypus import Table, Paragraph, SimpleDocTemplate\n"
        "import reportlab.platypus as p\n"
        f"print(json.dumps({{'before': before, 'names': {names}}}))"
    )
    assert deferred["before"] is False
    assert sorted(deferred["names"]) == sorted(plain)


def test_reportlab_draws_bitmaps_as_before_once_someone_uses_them() -> None:
    report = _run(
        "import json, sys; import desk_app.formats.write.pdf\n"
        "idle = sorted(m for m in sys.modules if m.startswith('PIL.'))\n"
        "from reportlab.lib import utils\n"
        "from PIL import Image\n"
        "reader = utils.ImageReader(Image.new('RGB', (3, 2)))\n"
        "print(json.dumps({'idle': idle, 'have': utils.haveImages,"
        " 'same': utils.Image is sys.modules['PIL.Image'], 'size': list(reader.getSize()),"
        " 'imaging': 'PIL._imaging' in sys.modules}))"
    )
    assert "PIL._imaging" not in report["idle"]
    assert report["have"] is True and report["same"] is True
    assert report["size"] == [3, 2] and report["imaging"] is True


def _source(module: str) -> ast.Module:
    """Parse an installed module's source without importing it."""
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    return ast.parse(Path(spec.origin).read_text(encoding="utf-8"))


def test_reportlab_platypus_package_file_only_gathers_its_modules() -> None:
    # Deferring the file is safe only while it does nothing but re-export names.
    gathered = []
    for node in _source(PLATYPUS).body:
        if isinstance(node, ast.ImportFrom):
            assert node.level == 1 and [alias.name for alias in node.names] == ["*"]
            gathered.append(node.module)
        else:
            assert isinstance(node, ast.Assign), ast.dump(node)
            assert [t.id for t in node.targets if isinstance(t, ast.Name)] in (
                ["__version__"],
                ["__doc__"],
            )
    assert set(PLATYPUS_PARTS) <= set(gathered)


def test_reportlab_utils_imports_pil_image_by_name_only() -> None:
    # The lazy PIL.Image stays idle only while reportlab just binds the name at import.
    tree = _source("reportlab.lib.utils")
    top = [
        node
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module == BITMAPS.split(".")[0]
    ]
    assert [[alias.name for alias in node.names] for node in top] == [["Image"]]
    uses = [
        node
        for node in tree.body
        if not isinstance(node, ast.FunctionDef | ast.ClassDef)
        for name in ast.walk(node)
        if isinstance(name, ast.Attribute)
        and isinstance(name.value, ast.Name)
        and name.value.id == "Image"
    ]
    assert uses == []


def test_reportlab_cjk_pattern_is_lazy_and_matches_as_compiled():
    import re

    from reportlab.lib import textsplit

    assert isinstance(textsplit.rx, LazyPattern)
    assert textsplit.rx._pattern == CJK_PATTERN
    real = re.compile(CJK_PATTERN, re.UNICODE)
    for text in ("Kleine Anfrage", "東京と大阪", "ｶﾀｶﾅ und ⺀", ""):
        assert textsplit.rx.sub(r"\1\0 ", text) == real.sub(r"\1\0 ", text)
