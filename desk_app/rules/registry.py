"""All known parliament profiles: the bundled ones and the user's own."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desk_app.model.errors import DeskError
from desk_app.paths import resources_dir, user_profiles_dir
from desk_app.rules.detect import Clue, best_match, build_clues
from desk_app.rules.profile import Parliament
from desk_app.rules.profile_loader import PROFILE_FILE, display_path, load_parliament


class ProfileRegistry:
    """Hold every loaded parliament profile; load once, then look up and detect."""

    def __init__(self, parliaments: Iterable[Parliament]) -> None:
        self._by_id = {parliament.id: parliament for parliament in parliaments}
        self._clues: list[Clue] | None = None

    @classmethod
    def load(cls, bundled_dir: Path | None = None, user_dir: Path | None = None) -> ProfileRegistry:
        """Load the bundled profiles, then the user's; a user folder replaces a bundled one."""
        # Defaults are resolved per call so that DESK_PROFILES set later still counts.
        bundled = bundled_dir if bundled_dir is not None else resources_dir() / "parliaments"
        user = user_dir if user_dir is not None else user_profiles_dir()
        folders = profile_folders(bundled, required=True)
        folders.update(profile_folders(user, required=False))
        if not folders:
            raise DeskError(f"{display_path(bundled)}: Es gibt keine Parlamentsprofile.")
        return cls(load_parliament(folder) for folder in folders.values())

    def get(self, pid: str) -> Parliament:
        """Return a profile by id (any case), or raise a DeskError naming the known ids."""
        try:
            return self._by_id[pid.strip().upper()]
        except KeyError:
            known = ", ".join(self.ids())
            raise DeskError(f"Das Parlament „{pid}“ ist unbekannt (bekannt: {known}).") from None

    def all(self) -> list[Parliament]:
        """Return all profiles sorted by id."""
        return [self._by_id[pid] for pid in self.ids()]

    def ids(self) -> list[str]:
        """Return the known ids, sorted."""
        return sorted(self._by_id)

    def __contains__(self, pid: object) -> bool:
        return isinstance(pid, str) and pid.strip().upper() in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def detect(self, text: str) -> Parliament | None:
        """Return the parliament a document's text clearly comes from, else None."""
        if self._clues is None:
            self._clues = build_clues(self._by_id.values())
        pid = best_match(self._clues, text)
        return None if pid is None else self._by_id[pid]


def profile_folders(root: Path, *, required: bool) -> dict[str, Path]:
    """Map each profile id to its folder under root; the folder name is the id."""
    if not root.is_dir():
        if required:
            raise DeskError(f"{display_path(root)}: Der Ordner der Parlamentsprofile fehlt.")
        return {}
    folders: dict[str, Path] = {}
    for folder in sorted(root.iterdir()):
        if not folder.is_dir() or folder.name.startswith((".", "_")):
            continue
        if not (folder / PROFILE_FILE).is_file():
            raise DeskError(f"{display_path(folder)}: Der Ordner enthält keine {PROFILE_FILE}.")
        folders[folder.name] = folder
    return folders
