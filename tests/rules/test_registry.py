"""The registry loads bundled and user profiles, looks them up and detects them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desk_app.model import DeskError
from desk_app.rules.registry import ProfileRegistry
from tests.rules.conftest import BUNDLED, SEED, replace_in

BUNDESTAG_TEXT = """Deutscher Bundestag                       Drucksache 20/15144
20. Wahlperiode                                       24.03.2025

Kleine Anfrage
der Abgeordneten Anna Beispiel, Bernd Muster und der Fraktion der CDU/CSU

Stand der Digitalisierung der Verwaltung

Die Bundesregierung hat angekündigt, die Verwaltung zu digitalisieren.

Wir fragen die Bundesregierung:
1. Wie viele Verwaltungsleistungen sind digital verfügbar?

Berlin, den 18. März 2025
Friedrich Merz, Alexander Dobrindt und Fraktion
"""


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load(BUNDLED, BUNDLED / "does-not-exist")


def test_load_uses_the_user_folder_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(BUNDLED / "NW", tmp_path / "NW")
    replace_in(tmp_path / "NW" / "parliament.toml", 'place = "Düsseldorf"', 'place = "Bonn"')
    monkeypatch.setenv("DESK_PROFILES", str(tmp_path))
    assert ProfileRegistry.load().get("NW").place == "Bonn"


def test_user_profile_overrides_bundled(tmp_path: Path) -> None:
    user = tmp_path / "user"
    shutil.copytree(BUNDLED / "NW", user / "NW")
    replace_in(user / "NW" / "parliament.toml", "length = 4\n", "length = 3\n")
    registry = ProfileRegistry.load(BUNDLED, user)
    deadline = registry.get("NW").kind("kleine-anfrage").deadline
    assert deadline is not None and deadline.length == 3
    assert len(registry) == 17


def test_user_profile_adds_a_parliament(tmp_path: Path) -> None:
    user = tmp_path / "user"
    shutil.copytree(BUNDLED / "NW", user / "XX")
    replace_in(user / "XX" / "parliament.toml", 'id = "NW"', 'id = "XX"')
    registry = ProfileRegistry.load(BUNDLED, user)
    assert "XX" in registry.ids() and len(registry.all()) == 18


def test_broken_user_profile_is_reported(tmp_path: Path) -> None:
    user = tmp_path / "user"
    (user / "NW").mkdir(parents=True)
    with pytest.raises(DeskError, match=r"enthält keine parliament\.toml"):
        ProfileRegistry.load(BUNDLED, user)


def test_get_is_case_insensitive_and_lists_known_ids(registry: ProfileRegistry) -> None:
    assert registry.get("nw").id == "NW"
    with pytest.raises(DeskError, match=r"„XY“ ist unbekannt \(bekannt: BB, BE, BT"):
        registry.get("XY")


def test_all_is_sorted_by_id(registry: ProfileRegistry) -> None:
    assert [p.id for p in registry.all()] == registry.ids() == sorted(registry.ids())


def test_detect_finds_nw_in_the_seed(registry: ProfileRegistry) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert "Landtag Nordrhein-Westfalen" not in text
    found = registry.detect(text)
    assert found is not None and found.id == "NW"


def test_detect_finds_the_bundestag(registry: ProfileRegistry) -> None:
    found = registry.detect(BUNDESTAG_TEXT)
    assert found is not None and found.id == "BT"


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        ("BAYERISCHER LANDTAG 19. Wahlperiode Drucksache 19 / 6524", "BY"),
        ("Niedersächsischer Landtag – 19. Wahlperiode", "NI"),
        ("Sächsischer Landtag, Drucksache 8/1234. Fragen an die Staatsregierung:", "SN"),
        ("Landtag von Sachsen-Anhalt Drucksache 8/123", "ST"),
    ],
)
def test_detect_other_parliaments_without_confusing_similar_names(
    registry: ProfileRegistry, text: str, pid: str
) -> None:
    found = registry.detect(text)
    assert found is not None and found.id == pid


@pytest.mark.parametrize(
    "text",
    [
        "Das Wetter in der Stadt ist heute freundlich und mild.",
        "Kleine Anfrage",  # every parliament knows it: ambiguous
        "Die Landesregierung hat im Landtag berichtet.",
        "",
    ],
)
def test_detect_returns_none_for_unrelated_or_ambiguous_text(
    registry: ProfileRegistry, text: str
) -> None:
    assert registry.detect(text) is None
