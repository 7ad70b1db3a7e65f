"""Process start to the main window's first painted frame on a real X server, beside a bare window.

Starts its own Xvfb (skipped, with the reason, when Xvfb is missing) and
alternately spawns, each in a fresh process, the app's real start path on a
store of 10,000 inquiries and an empty PySide6 QMainWindow of the same size;
the clock runs from just before the spawn to the first Paint event of the
main window (bench/window_child.py). Target: the app ≤ 1.5 × the bare window.
Run from the repository root: .venv/bin/python bench/bench_window.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, Result, median, report
from bench.corpus import store_path

ROUNDS = 7
WARMUP = 2
TARGET_RATIO = 1.5
CHILD = Path(__file__).with_name("window_child.py")


@contextmanager
def x_server() -> Iterator[str]:
    """Run a private Xvfb for the duration and yield its DISPLAY value."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        # Xvfb writes its display number once it accepts clients.
        with os.fdopen(read_end) as stream:
            number = stream.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def child_env(display: str, config: Path) -> dict[str, str]:
    """Return the children's environment: the X display, bytecode written, a private config."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    # As on a user's machine: the warm-up writes .pyc files that later runs read.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["XDG_CONFIG_HOME"] = str(config)  # the app's QSettings stay out of the user's home
    env["PYTHONPATH"] = str(ROOT)
    return env


def launch(mode: str, db: Path, env: dict[str, str]) -> float:
    """Spawn one child and return the ms from just before the spawn to its first paint."""
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, str(CHILD), mode, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("painted ")]
    if not lines:
        raise RuntimeError(f"{mode} child painted nothing (exit {done.returncode}): {done.stderr}")
    return (float(lines[0].split()[1]) - spawned) * 1000


def main() -> None:
    """Report the medians of the app and the bare window and their ratio."""
    if shutil.which("Xvfb") is None:
        print("bench_window skipped: Xvfb is not installed (apt-get install xvfb)")
        return
    with tempfile.TemporaryDirectory() as name, x_server() as display:
        folder = Path(name)
        db = store_path(10_000, folder)
        env = child_env(display, folder / "config")
        for _ in range(WARMUP):  # the OS file cache, .pyc files, fontconfig's cache
            launch("app", db, env)
            launch("bare", db, env)
        app_ms, bare_ms = [], []
        for _ in range(ROUNDS):  # alternating, so a slow spell of the machine hits both
            app_ms.append(launch("app", db, env))
            bare_ms.append(launch("bare", db, env))
    app, bare = median(app_ms), median(bare_ms)
    note = f"median of {ROUNDS} after {WARMUP} warm-ups, Xvfb"
    report(
        [
            Result("window", "first paint: app, 10,000 inquiries", app, note=note),
            Result("window", "first paint: bare QMainWindow", bare, note=note),
            Result("window", "ratio app / bare", app / bare, unit="×", target=TARGET_RATIO),
        ]
    )


if __name__ == "__main__":
    main()
