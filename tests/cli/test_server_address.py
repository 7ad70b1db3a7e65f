"""A server address given as the database is refused in one sentence, and no local file appears."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

URL = "postgresql://staff@db.fraktion.local/anfragen"


@pytest.mark.parametrize(
    ("args", "environment"),
    [
        (["--db", URL, "list"], {}),
        ([f"--db={URL}", "list"], {}),
        (["--db", URL], {}),  # the window's form: no verb
        (["list"], {"DESK_DB": URL}),
    ],
    ids=["--db", "--db=", "window", "DESK_DB"],
)
def test_a_server_address_is_no_file(tmp_path, args, environment):
    inherited = {key: value for key, value in os.environ.items() if key != "DESK_DB"}
    env = {**inherited, "QT_QPA_PLATFORM": "offscreen", **environment}
    done = subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert lines[0] == (
        f"desk: „{URL}“ ist die Adresse eines Servers; diese Version speichert nur in einer "
        "Datenbankdatei auf diesem Rechner. Bitte einen Dateipfad angeben."
    )
    assert list(tmp_path.iterdir()) == []  # no folder "postgresql:", no file
