"""Export targets that are not plain files: links are followed, devices and pipes refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.faults.hostile_cli import Cli, seeded_cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """Return the CLI on a store with the seed inquiry as 1."""
    return seeded_cli(tmp_path)


def _export(cli: Cli, target: str) -> str:
    return cli.ok("export", "1", "--format", "md", "-o", target)


def test_an_export_through_a_link_replaces_the_linked_file(cli: Cli, tmp_path: Path):
    folder = tmp_path / "dokumente"
    folder.mkdir()
    real = folder / "anfrage.md"
    real.write_text("alt", encoding="utf-8")
    elsewhere = tmp_path / "schreibtisch"
    elsewhere.mkdir()
    link = elsewhere / "aktuell.md"
    link.symlink_to(real)
    _export(cli, str(link))
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("---")
    # The temporary file was made beside the target, and nothing is left of it.
    assert sorted(p.name for p in folder.iterdir()) == ["anfrage.md"]
    assert sorted(p.name for p in elsewhere.iterdir()) == ["aktuell.md"]


def test_dash_writes_the_export_to_standard_output(cli: Cli, tmp_path: Path):
    _export(cli, str(tmp_path / "datei.md"))
    done = cli.run("export", "1", "--format", "md", "-o", "-")
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout == (tmp_path / "datei.md").read_text(encoding="utf-8")
    assert not (Path.cwd() / "-").exists()


@pytest.mark.parametrize("target", ["/dev/full", "/dev/null", "/dev/stdout"])
def test_a_device_is_refused_and_left_alone(cli: Cli, target: str):
    if not os.path.exists(target):
        pytest.skip(f"{target} does not exist here")
    was_link = os.path.islink(target)
    before = os.lstat(target)
    sentence = cli.refused("export", "1", "--format", "md", "-o", target)
    assert "keine gewöhnliche Datei" in sentence and "-o -" in sentence
    after = os.lstat(target)
    assert os.path.islink(target) == was_link
    assert (after.st_mode, after.st_ino, after.st_rdev) == (
        before.st_mode,
        before.st_ino,
        before.st_rdev,
    )
    assert not [name for name in os.listdir(os.path.dirname(target)) if name.startswith(".full.")]


def test_a_named_pipe_and_a_folder_are_refused(cli: Cli, tmp_path: Path):
    fifo = tmp_path / "rohr.md"
    os.mkfifo(fifo)
    assert "keine gewöhnliche Datei" in cli.refused(
        "export", "1", "--format", "md", "-o", str(fifo)
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    folder = tmp_path / "ordner.md"
    folder.mkdir()
    assert "Ordner" in cli.refused("export", "1", "--format", "md", "-o", str(folder))
    assert folder.is_dir() and not list(folder.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "ordner.md", "rohr.md", "store"]
