"""All known parliament profiles: the bundled ones and the user's own."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.i18n import _
from desk_app.model.errors import DeskError
from desk_app.paths import resources_dir, user_profiles_dir
from desk_app.rules.profile_loader import PROFILE_FILE, display_path, load_parliament

if TYPE_CHECKING:
    from desk_app.rules.detect import Clue
    from desk_app.rules.profile import Parliament


class ProfileRegistry:
    """Hold the parliament profiles; each is read from its folder when first asked for."""

    def __init__(
        self, parliaments: Iterable[Parliament] = (), folders: Mapping[str, Path] | None = None
    ) -> None:
        self._by_id = {parliament.id: parliament for parliament in parliaments}
        # Reading and checking all 17 profiles costs ~50 ms; an export needs one.
        # A folder's name is its profile's id (the loader refuses any other id).
        self._unread = {pid: folder for pid, folder in (folders or {}).items()}
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
            raise DeskError(
                _("{display_path}: Es gibt keine Parlamentsprofile.").format(
                    display_path=display_path(bundled)
                )
            )
        return cls(folders=folders)

    def get(self, pid: str) -> Parliament:
        """Return a profile by id (any case), or raise a DeskError naming the known ids."""
        key = pid.strip().upper()
        found = self._by_id.get(key)
        if found is not None:
            return found
        folder = self._unread.get(key)
        if folder is None:
            known = ", ".join(self.ids())
            raise DeskError(
                _("Das Parlament „{pid}“ ist unbekannt (bekannt: {known}).").format(
                    pid=pid, known=known
                )
            )
        parliament = self._by_id[key] = load_parliament(folder)
        del self._unread[key]
        return parliament

    def all(self) -> list[Parliament]:
        """Return all profiles sorted by id (reading those not read yet)."""
        return [self.get(pid) for pid in self.ids()]

    def ids(self) -> list[str]:
        """Return the known ids, sorted."""
        return sorted({*self._by_id, *self._unread})

    def __contains__(self, pid: object) -> bool:
        return isinstance(pid, str) and pid.strip().upper() in {*self._by_id, *self._unread}

    def __len__(self) -> int:
        return len(self._by_id) + len(self._unread)

    def detect(self, text: str) -> Parliament | None:
        """Return the parliament a document's text clearly comes from, else None."""
        from desk_app.rules.detect import best_match, build_clues

        if self._clues is None:
            self._clues = build_clues(self.all())
        pid = best_match(self._clues, text)
        return None if pid is None else self._by_id[pid]


def profile_folders(root: Path, *, required: bool) -> dict[str, Path]:
    """Map each profile id to its folder under root; the folder name is the id."""
    if not root.is_dir():
        if required:
            raise DeskError(
                _("{display_path}: Der Ordner der Parlamentsprofile fehlt.").format(
                    display_path=display_path(root)
                )
            )
        return {}
    folders: dict[str, Path] = {}
    try:
        for folder in sorted(root.iterdir()):
            if not folder.is_dir() or folder.name.startswith((".", "_")):
                continue
            if not (folder / PROFILE_FILE).is_file():
                raise DeskError(
                    _("{display_path}: Der Ordner enthält keine {PROFILE_FILE}.").format(
                        display_path=display_path(folder), PROFILE_FILE=PROFILE_FILE
                    )
                )
            folders[folder.name] = folder
    except OSError as error:  # e.g. a folder another user owns
        reason = error.strerror or type(error).__name__
        raise DeskError(
            _(
                "{display_path}: Der Ordner der Parlamentsprofile ist nicht lesbar ({reason})."
            ).format(display_path=display_path(root), reason=reason)
        ) from None
    return folders
