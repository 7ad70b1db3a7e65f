"""A user's Word template as a package: its members, relationships and content types.

Only the template path reads packages, so this module may use lxml: it
keeps the namespace prefixes and declarations (mc:Ignorable needs them) that
the standard library's ElementTree would rename or drop.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path
from typing import Any, TypeAlias

from lxml import etree

from desk_app.formats.write.docx.stable import zip_bytes
from desk_app.formats.write.docx.wml import CT_DOCUMENT, CT_TEMPLATE, Relationship
from desk_app.i18n import _
from desk_app.model import DeskError

LIMIT = 20 * 1024 * 1024
_TYPES = "[Content_Types].xml"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
# Resolving entities or fetching DTDs from a user's file is never wanted.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)

Element: TypeAlias = Any  # an lxml element; lxml ships no type hints here


def parse(data: bytes) -> Element:
    """Parse one XML part safely."""
    return etree.fromstring(data, _PARSER)


def serialise(root: Element) -> bytes:
    """Return a part's XML with the declaration Word writes."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class PartRels:
    """Edit the relationships of one part, kept as parsed XML."""

    def __init__(self, source: str, root: Element):
        self.source = source
        self.root = root

    def targets(self, reltype: str) -> list[tuple[str, str]]:
        """Return (id, member name) of each internal relationship of a type."""
        found = []
        for rel in self.root:
            if rel.get("Type") == reltype and rel.get("TargetMode") != "External":
                found.append((rel.get("Id", ""), resolve(self.source, rel.get("Target", ""))))
        return found

    def target(self, rid: str) -> str | None:
        """Return the member name a relationship id points at."""
        for rel in self.root:
            if rel.get("Id") == rid and rel.get("TargetMode") != "External":
                return resolve(self.source, rel.get("Target", ""))
        return None

    def ids(self) -> set[str]:
        """Return the ids already in use."""
        return {rel.get("Id", "") for rel in self.root}

    def drop(self, reltype: str) -> None:
        """Forget every relationship of a type."""
        for rel in [rel for rel in self.root if rel.get("Type") == reltype]:
            self.root.remove(rel)

    def add(self, relationship: Relationship) -> None:
        """Append one relationship."""
        xml = relationship.xml().replace("<Relationship ", f'<Relationship xmlns="{_REL_NS}" ', 1)
        self.root.append(parse(xml.encode("utf-8")))

    def new(self, reltype: str, member: str) -> str:
        """Relate a part (by member name) with a fresh id and return the id."""
        taken = self.ids()
        number = 1
        while f"rId{number}" in taken:
            number += 1
        rid = f"rId{number}"
        target = posixpath.relpath(member, posixpath.dirname(self.source) or ".")
        self.add(Relationship(rid, reltype, target))
        return rid


class Package:
    """Hold a template's members in their order; parts are replaced as bytes."""

    def __init__(self, members: dict[str, bytes]):
        self.members = members
        self._rels: dict[str, PartRels] = {}

    @classmethod
    def load(cls, path: Path) -> Package:
        """Read a template, refusing one whose file or any member exceeds 20 MB."""
        if path.stat().st_size > LIMIT:
            raise DeskError(_("Die Word-Vorlage {path} ist größer als 20 MB.").format(path=path))
        members: dict[str, bytes] = {}
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
            for info in archive.infolist():
                # A bomb's member is refused by the size it really has, not the one it claims.
                with archive.open(info) as member:
                    data = member.read(LIMIT + 1)
                if len(data) > LIMIT:
                    raise DeskError(
                        _("Die Word-Vorlage {path} ist größer als 20 MB.").format(path=path)
                    )
                if not info.is_dir():
                    members[info.filename] = data
        package = cls(members)
        # Word makes a document of a .dotx by this one change; styles, page and headers stay.
        package.members[_TYPES] = members[_TYPES].replace(
            CT_TEMPLATE.encode(), CT_DOCUMENT.encode()
        )
        return package

    def xml(self, name: str) -> Element:
        """Return a member parsed."""
        return parse(self.members[name])

    def content_type(self, name: str) -> str | None:
        """Return a member's declared content type: its override, else its extension's default."""
        types = self.xml(_TYPES)
        for override in types.iter(f"{{{_CT_NS}}}Override"):
            if override.get("PartName", "").lstrip("/") == name:
                return override.get("ContentType")
        extension = name.rpartition(".")[2].lower()
        for default in types.iter(f"{{{_CT_NS}}}Default"):
            if default.get("Extension", "").lower() == extension:
                return default.get("ContentType")
        return None

    def rels(self, source: str) -> PartRels:
        """Return the relationships of a part ("" for the package's own)."""
        if source not in self._rels:
            name = rels_name(source)
            root = (
                self.xml(name)
                if name in self.members
                else etree.Element(f"{{{_REL_NS}}}Relationships", nsmap={None: _REL_NS})
            )
            self._rels[source] = PartRels(source, root)
        return self._rels[source]

    def new_name(self, pattern: str) -> str:
        """Return the first free member name such as word/header%d.xml."""
        number = 1
        while pattern % number in self.members:
            number += 1
        return pattern % number

    def add_part(self, name: str, content_type: str, data: bytes) -> None:
        """Add a part and declare its content type."""
        self.members[name] = data
        types = self.xml(_TYPES)
        override = etree.SubElement(types, f"{{{_CT_NS}}}Override")
        override.set("PartName", f"/{name}")
        override.set("ContentType", content_type)
        self.members[_TYPES] = serialise(types)

    def to_bytes(self) -> bytes:
        """Return the package, relationships written back, [Content_Types].xml first."""
        for source, rels in self._rels.items():
            name = rels_name(source)
            if len(rels.root):
                self.members[name] = serialise(rels.root)
            else:
                self.members.pop(name, None)  # python-docx's habit too: no empty rels part
        names = [_TYPES, *(name for name in self.members if name != _TYPES)]
        return zip_bytes((name, self.members[name]) for name in names)


def rels_name(source: str) -> str:
    """Return the member holding a part's relationships."""
    folder, file = posixpath.split(source)
    return posixpath.join(folder, "_rels", f"{file}.rels")


def resolve(source: str, target: str) -> str:
    """Return the member name of a target, relative to its source part's folder."""
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))
