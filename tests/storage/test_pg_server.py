"""The throwaway PostgreSQL server for the store tests starts, answers and goes away."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.pg_server import running_server, why_not

pytestmark = pytest.mark.skipif(why_not() is not None, reason=why_not() or "")


def _psql(url: str, sql: str) -> str:
    psql = shutil.which("psql")
    assert psql is not None, "psql comes with the server package"
    done = subprocess.run(
        [psql, url, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_server_starts_on_a_socket_answers_and_is_removed():
    with running_server() as server:
        assert server.socket_dir.is_dir()
        assert _psql(server.url(), "SHOW listen_addresses") == ""  # a socket, no network port
        _psql(server.url(), "CREATE DATABASE desk")
        _psql(server.url("desk"), "CREATE TABLE t (title text); INSERT INTO t VALUES ('Radwege')")
        assert _psql(server.url("desk"), "SELECT title FROM t") == "Radwege"
        folder = server.socket_dir.parent
    assert not folder.exists()  # stopped and removed: nothing is left behind
