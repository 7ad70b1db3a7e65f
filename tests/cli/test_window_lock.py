"""While a window has the database open, the command line does not change its inquiries."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from desk_app.gui.application import instance_lock


def test_set_is_refused_while_a_window_holds_the_database(desk, seed_id):
    lock = instance_lock(desk.db)  # what a running window holds
    try:
        result = desk("set", str(seed_id), "drucksache", "17/1")
        assert result.status == 2
        assert "im Fenster geöffnet" in result.err and str(os.getpid()) in result.err
        added = desk("new", "--parliament", "NW", "--kind", "kleine-anfrage")
        assert added.status == 0  # adding touches nothing the window shows
    finally:
        lock.unlock()
    assert desk("set", str(seed_id), "drucksache", "17/1").status == 0
    assert desk("show", str(seed_id), "--json").json()["drucksache"] == "17/1"


def test_a_killed_windows_lock_does_not_block(desk, seed_id):
    dead = 2**22 + 12345  # above Linux's default pid_max, so no process has it
    boot = Path("/proc/sys/kernel/random/boot_id")
    boot_id = boot.read_text().strip() if boot.exists() else ""
    lines = [str(dead), "python3", socket.gethostname(), "", boot_id]  # only the PID is stale
    (desk.db.parent / f"{desk.db.name}.lock").write_text("\n".join(lines) + "\n")
    assert desk("set", str(seed_id), "drucksache", "17/2").status == 0
