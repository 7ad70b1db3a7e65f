"""Run `desk` in a fresh interpreter and report which top-level packages it loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Run one verb through the real entry point, then print the top-level packages loaded.
PROBE = """
import json, sys
from desk_app.__main__ import main
try:
    status = main(sys.argv[1:])
except SystemExit as done:  # argparse ends `--help` this way, after printing it
    status = done.code or 0
print(json.dumps({"status": status, "modules": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def loaded_modules(db: Path, *args: str) -> set[str]:
    """Run `desk --db DB ARGS…` in a new process and return the top-level modules it loaded."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == 0, done.stderr
    return set(report["modules"])
