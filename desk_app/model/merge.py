"""Three-way merge of two edits of one inquiry: field by field, texts by paragraph.

Two people edited the same inquiry from one stored version (the base). Each
place where their versions differ becomes a Part: a plain field (the title, a
date), one footnote or source, or a run of paragraphs (questions, preamble,
signature) found by comparing both with the base. A part changed on one side
only takes that side unless the user chooses otherwise; a part both changed
waits for a choice (mine, theirs, or, for a run of paragraphs, both). Without a
base (it was not kept) every difference counts as changed by both.

The merge works on the encoded form (model.codec), so it knows every field the
codec knows, and its result is decoded like stored data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Literal

Choice = Literal["mine", "theirs", "both"]
Changed = Literal["mine", "theirs", "both"]
JSON = dict[str, Any]

# How each encoded field is compared: lists by item, keyed lists by their items'
# ids, nested objects key by key; every other field as one value.
_LISTS = frozenset({"originators", "preamble", "questions", "signature", "extensions"})
_KEYED = frozenset({"footnotes", "sources"})
_NESTED = frozenset({"dates"})
_ABSENT = None  # a footnote or source only one side has


class _Missing:
    """Mark a key one side's object does not have (written only when set, as originator_intro)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()  # a part's side that lacks the key: the result leaves it out


@dataclass(frozen=True, slots=True)
class Part:
    """One place where the two versions differ, with what each side and the base hold there."""

    field: str  # the encoded top-level field ("questions", "dates", "title")
    key: str  # inside the field: a date's name or a footnote's id ("" for the field itself)
    position: int  # runs of list items: where the run starts in "mine" (0-based)
    mine: Any  # a run: the list of items; else the value (None: absent or empty)
    theirs: Any
    base: Any
    changed: Changed  # who changed it since the base ("both" also when no base is known)
    run: bool  # a run of list items, which may also take both sides

    @property
    def default(self) -> Choice:
        """Return the choice made when the user makes none: the side that changed it, else mine."""
        return "theirs" if self.changed == "theirs" else "mine"


@dataclass(frozen=True, slots=True)
class _Open:
    """A place in a plan that a part decides (its index in Merge.parts)."""

    index: int


class Merge:
    """The parts in which two versions of an inquiry differ, and the result of choosing."""

    def __init__(self, base: JSON | None, mine: JSON, theirs: JSON) -> None:
        self.parts: list[Part] = []
        self._has_base = base is not None
        self._base = base or {}
        self._plan: dict[str, Any] = {}
        for name in _field_order(mine, theirs):
            self._plan[name] = self._field(
                name,
                "",
                self._base.get(name, MISSING),
                mine.get(name, MISSING),
                theirs.get(name, MISSING),
            )

    @property
    def conflicts(self) -> list[Part]:
        """Return the parts both sides changed: those need the user's choice."""
        return [part for part in self.parts if part.changed == "both"]

    def defaults(self) -> list[Choice]:
        """Return the choice each part takes unless the user says otherwise."""
        return [part.default for part in self.parts]

    def result(self, choices: Sequence[Choice]) -> JSON:
        """Return the merged encoded inquiry: each part as chosen, everything else as both agree."""
        if len(choices) != len(self.parts):
            raise ValueError(f"{len(choices)} choices for {len(self.parts)} parts")
        built = {name: self._build(plan, choices) for name, plan in self._plan.items()}
        return {name: value for name, value in built.items() if value is not MISSING}

    # -- planning -----------------------------------------------------------------

    def _field(self, name: str, key: str, base: Any, ours: Any, other: Any) -> Any:
        """Return the plan of one field (a value, or places parts decide); `key` names a date."""
        if ours == other:
            return ours
        shape = key or name
        if shape in _NESTED and isinstance(ours, dict) and isinstance(other, dict):
            inner = base if isinstance(base, dict) else {}
            return (
                "nested",
                {
                    sub: self._field(
                        name,
                        sub,
                        inner.get(sub, MISSING),
                        ours.get(sub, MISSING),
                        other.get(sub, MISSING),
                    )
                    for sub in _field_order(ours, other)
                },
            )
        if shape in _LISTS and isinstance(ours, list) and isinstance(other, list):
            return ("list", self._runs(name, key, base, ours, other))
        if shape in _KEYED and isinstance(ours, list) and isinstance(other, list):
            return ("keyed", self._keyed(name, base, ours, other))
        return self._value(name, key, base, ours, other)

    def _value(self, name: str, key: str, base: Any, mine: Any, theirs: Any) -> Any:
        """Return an agreed value, or the place of a part that decides between two."""
        if mine == theirs:
            return mine
        self.parts.append(
            Part(name, key, 0, mine, theirs, base, self._who(base, mine, theirs), False)
        )
        return _Open(len(self.parts) - 1)

    def _who(self, base: Any, mine: Any, theirs: Any) -> Changed:
        if self._has_base and mine == base:
            return "theirs"
        if self._has_base and theirs == base:
            return "mine"
        return "both"

    def _keyed(self, name: str, base: Any, mine: list[Any], theirs: list[Any]) -> list[Any]:
        """Plan a list of objects with ids (footnotes, sources) id by id, in mine's order."""
        before, ours, other = (
            _by_id(base if isinstance(base, list) else []),
            _by_id(mine),
            _by_id(theirs),
        )
        plan = []
        for item_id in [*ours, *(item_id for item_id in other if item_id not in ours)]:
            plan.append(
                self._value(
                    name, item_id, before.get(item_id), ours.get(item_id), other.get(item_id)
                )
            )
        return plan

    def _runs(
        self, name: str, key: str, base: Any, mine: list[Any], theirs: list[Any]
    ) -> list[Any]:
        """Plan a list item by item: agreed items as they are, each differing run as a part."""
        plan: list[Any] = []
        if self._has_base and isinstance(base, list):
            regions = _three_way(base, mine, theirs)
        else:
            regions = _two_way(mine, theirs)
            base = []
        for b0, b1, m0, m1, t0, t1 in regions:
            ours, other, before = mine[m0:m1], theirs[t0:t1], base[b0:b1]
            if ours == other:
                plan.extend(ours)
                continue
            who = self._who(before, ours, other) if self._has_base else "both"
            self.parts.append(Part(name, key, m0, ours, other, before, who, True))
            plan.append(_Open(len(self.parts) - 1))
        return plan

    # -- building -----------------------------------------------------------------

    def _build(self, plan: Any, choices: Sequence[Choice]) -> Any:
        if isinstance(plan, _Open):
            return self._chosen(plan.index, choices)
        if not isinstance(plan, tuple):
            return plan
        shape, inner = plan
        if shape == "nested":
            built = {sub: self._build(value, choices) for sub, value in inner.items()}
            return {sub: value for sub, value in built.items() if value is not MISSING}
        items: list[Any] = []
        for entry in inner:
            if not isinstance(entry, _Open):
                items.append(entry)
            elif shape == "list":
                items.extend(self._chosen(entry.index, choices))
            elif (chosen := self._chosen(entry.index, choices)) is not _ABSENT:
                items.append(chosen)  # a footnote one side removed stays removed if chosen so
        return items

    def _chosen(self, index: int, choices: Sequence[Choice]) -> Any:
        part, choice = self.parts[index], choices[index]
        if choice == "both" and part.run:
            return [*part.mine, *part.theirs]
        return part.theirs if choice == "theirs" else part.mine


def _field_order(mine: JSON, theirs: JSON) -> list[str]:
    """Return the keys of both objects: mine's order first (the codec's), then theirs' own."""
    return [*mine, *(name for name in theirs if name not in mine)]


def _by_id(items: list[Any]) -> dict[str, Any]:
    return {str(item.get("id")): item for item in items if isinstance(item, dict)}


Region = tuple[int, int, int, int, int, int]  # base, mine and theirs slices: start, end each


def _keys(items: list[Any]) -> list[str]:
    """Return items as comparable strings (JSON objects are not hashable)."""
    return [json.dumps(item, sort_keys=True, ensure_ascii=False) for item in items]


def _two_way(mine: list[Any], theirs: list[Any]) -> Iterator[Region]:
    """Yield the runs where two lists agree and differ, without a base to say who changed what."""
    matcher = SequenceMatcher(None, _keys(mine), _keys(theirs), autojunk=False)
    for _tag, m0, m1, t0, t1 in matcher.get_opcodes():
        yield 0, 0, m0, m1, t0, t1


def _three_way(base: list[Any], mine: list[Any], theirs: list[Any]) -> Iterator[Region]:
    """Yield consecutive regions of the three lists: kept by both sides, or changed by one or two.

    A region is kept where a stretch of the base survives unchanged in both
    versions; between two kept stretches lies what either side changed.
    """
    keys = _keys(base)
    ours = SequenceMatcher(None, keys, _keys(mine), autojunk=False).get_matching_blocks()
    other = SequenceMatcher(None, keys, _keys(theirs), autojunk=False).get_matching_blocks()
    kept: list[tuple[int, int, int, int]] = []  # base start and end, where in mine, in theirs
    i = j = 0
    while i < len(ours) and j < len(other):
        b_m, m, size_m = ours[i]
        b_t, t, size_t = other[j]
        start, end = max(b_m, b_t), min(b_m + size_m, b_t + size_t)
        if start < end:
            kept.append((start, end, m + start - b_m, t + start - b_t))
        if b_m + size_m < b_t + size_t:
            i += 1
        else:
            j += 1
    kept.append((len(base), len(base), len(mine), len(theirs)))  # the end of all three
    b = m = t = 0
    for start, end, m_at, t_at in kept:
        if b < start or m < m_at or t < t_at:
            yield b, start, m, m_at, t, t_at
        size = end - start
        if size:
            yield start, end, m_at, m_at + size, t_at, t_at + size
        b, m, t = end, m_at + size, t_at + size
