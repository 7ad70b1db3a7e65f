"""Find a DOCX's parts through its relationships and parse them without resolving entities."""

from __future__ import annotations

import io
import posixpath
from collections.abc import Iterator
from typing import Any

from lxml import etree

from desk_app.formats.read.docx.styles import Element
from desk_app.i18n import _
from desk_app.model import DeskError

PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
MAIN = "word/document.xml"
# One set of parser options for whole parts and streamed ones alike: never fetch,
# expand or trust a DTD; keep an undeclared entity as a node; no comments or PIs.
_SAFE: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "recover": True,
    "remove_comments": True,
    "remove_pis": True,
}


def _parser() -> etree.XMLParser:
    """Return a parser that never fetches, expands or trusts a DTD (no XXE, no billion laughs).

    recover: an undeclared entity (`&e;` without a DTD) is kept as a node for
    the run reader to report, instead of making the whole document unreadable.
    """
    return etree.XMLParser(**_SAFE)


def parse(data: bytes) -> Element:
    """Parse a whole (small) part; raise ValueError when nothing readable is in it."""
    parser = _parser()
    root = etree.fromstring(data, parser)
    _refuse_errors(parser.error_log)
    if root is None:
        raise ValueError("empty part")
    return root


def _refuse_errors(log: Any) -> None:
    """Raise a DeskError for any parse error but an undeclared entity, which is reported.

    Recovering parsers stop at a fatal error and return what came before it:
    without this check a broken or hostile part would silently lose its end.
    """
    for error in log:
        if error.type_name == "ERR_UNDECLARED_ENTITY":
            continue
        if error.type_name == "ERR_RESOURCE_LIMIT":
            raise DeskError(
                _(
                    "Das Word-Dokument ist zu tief verschachtelt oder enthält zu lange Texte "
                    "oder Entitäten; es wird nicht gelesen."
                )
            )
        raise DeskError(_("Das Word-Dokument ist beschädigt und ließ sich nicht lesen."))


def stream(data: bytes, depth: int) -> Iterator[Element]:
    """Yield the elements at a depth (root = 0) one by one, each dropped once read.

    A 194 MB document.xml built as one tree took gigabytes; streamed, only
    the element being read is in memory.
    """
    level = -1
    events = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        **_SAFE,
    )
    for event, element in events:
        if event == "start":
            level += 1
            continue
        if level == depth:
            yield element
            element.clear(keep_tail=True)
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
        level -= 1
    _refuse_errors(events.error_log)


class Package:
    """Hold a DOCX's unpacked parts and the main document's relationships."""

    def __init__(self, parts: dict[str, bytes]) -> None:
        self.parts = parts
        self.main = self._main()
        self.rels = self.relationships(self.main)

    def _main(self) -> str:
        """Return the main document's part name, as the package's root relationships say."""
        for _rel_id, (kind, target) in self.relationships("").items():
            if kind == "officeDocument" and target in self.parts:
                return target
        return MAIN

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Return a part's internal relationships: id to (type's last word, target part name)."""
        folder, name = posixpath.split(part)
        data = self.parts.get(posixpath.join(folder, "_rels", f"{name}.rels"))
        if data is None:
            return {}
        result: dict[str, tuple[str, str]] = {}
        for rel in parse(data).iter(f"{{{PKG_R}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            path = target[1:] if target.startswith("/") else posixpath.join(folder, target)
            # Strict and transitional OOXML name the types in different namespaces.
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            result[rel.get("Id", "")] = (kind, posixpath.normpath(path))
        return result

    def related(self, kind: str) -> bytes | None:
        """Return the bytes of the first part the main document relates to by a type."""
        for rel_kind, target in self.rels.values():
            if rel_kind == kind and target in self.parts:
                return self.parts[target]
        return None

    def by_id(self, rel_id: str) -> bytes | None:
        """Return the bytes of the part a relationship id of the main document points to."""
        _kind, target = self.rels.get(rel_id, ("", ""))
        return self.parts.get(target)
