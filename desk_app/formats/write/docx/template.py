"""Export into a user's Word template: its styles, page and letterhead stay; we add the rest.

The template is prepared like our house base (empty body, our styles where
it lacks them, a footnotes part with separators, a numbering part, the
parliament's first-page and running headers unless the template has its
own letterhead). Its XML is merged with lxml, imported only on this path.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from desk_app.formats.write.docx.content import Content
from desk_app.formats.write.docx.footnotes import (
    SEPARATOR_IDS,
    SPECIAL_TYPES,
    footnote_properties,
    separator,
)
from desk_app.formats.write.docx.numbering import level_properties
from desk_app.formats.write.docx.opc import Element, Package, parse, serialise
from desk_app.formats.write.docx.page import Stories, page_twips
from desk_app.formats.write.docx.styles import Role, style_specs, style_xml
from desk_app.formats.write.docx.wml import (
    CT_CORE,
    CT_DOCUMENT,
    CT_FOOTER,
    CT_FOOTNOTES,
    CT_HEADER,
    CT_NUMBERING,
    CT_SETTINGS,
    CT_STYLES,
    PPR_AFTER_NUMPR,
    RT_CORE,
    RT_FOOTER,
    RT_FOOTNOTES,
    RT_HEADER,
    RT_HYPERLINK,
    RT_NUMBERING,
    RT_OFFICE_DOCUMENT,
    RT_SETTINGS,
    RT_STYLES,
    STORY_NAMESPACES,
    W_AND_R,
    W_NS,
    Rels,
)
from desk_app.i18n import _
from desk_app.model import DeskError
from desk_app.rules.layout_loader import standard_style
from desk_app.rules.page_style import Typography

_W = f"{{{W_NS}}}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# Children of w:settings that follow w:footnotePr (ECMA-376 order).
_SETTINGS_AFTER = (
    "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
    "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator",
)  # fmt: skip
# Children of w:sectPr that follow w:titlePg.
_SECT_AFTER_TITLE = ("textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings")
_STYLE_AFTER_PPR = ("rPr", "tblPr", "trPr", "tcPr", "tblStylePr")
_LISTED = {Role.QUESTION: 0, Role.SUBQUESTION: 1}
_STORIES = (  # (attribute of Stories, reference tag, w:type, root, part pattern, type)
    ("first_header", "headerReference", "first", "hdr", "word/header%d.xml", CT_HEADER),
    ("first_footer", "footerReference", "first", "ftr", "word/footer%d.xml", CT_FOOTER),
    ("header", "headerReference", "default", "hdr", "word/header%d.xml", CT_HEADER),
)


def w(tag: str) -> str:
    """Return the Clark name of a WordprocessingML tag."""
    return _W + tag


class TemplateBase:
    """Write an export into a copy of a user's template."""

    @classmethod
    def open(cls, template: Path, typography: Typography | None) -> TemplateBase:
        """Read and prepare a template, or explain in one sentence why it cannot be used."""
        try:
            return cls(Package.load(template), typography or standard_style().typography)
        except DeskError:
            raise
        except (OSError, KeyError, ValueError, zipfile.BadZipFile, etree.LxmlError) as error:
            raise DeskError(
                _("Die Word-Vorlage {path} ließ sich nicht öffnen ({error}).").format(
                    path=template, error=error
                )
            ) from None

    def __init__(self, package: Package, typography: Typography):
        self._package = package
        ((_rid, self._document_name),) = package.rels("").targets(RT_OFFICE_DOCUMENT)[:1]
        kind = package.content_type(self._document_name)
        if kind != CT_DOCUMENT:  # a macro document, a spreadsheet …
            raise ValueError(_("kein Word-Dokument: {kind}").format(kind=kind))
        self._document = package.xml(self._document_name)
        self._body = self._document.find(w("body"))
        if self._body is None:
            raise ValueError("kein w:body")
        self.keeps_headers = any(self._shows(sect) for sect in self._body.iter(w("sectPr")))
        self._section = self._clear_body()
        doc_rels = package.rels(self._document_name)
        doc_rels.drop(RT_HYPERLINK)  # the links of the cleared text
        self._story_names: dict[str, str] = {}
        if not self.keeps_headers:
            self._prepare_headers()
        self._notes_name = self._related(
            RT_FOOTNOTES, "word/footnotes%d.xml", CT_FOOTNOTES, "footnotes"
        )
        self._notes, self.first_note_id = self._prepare_notes()
        self._styles_name = self._related(RT_STYLES, "word/styles%d.xml", CT_STYLES, "styles")
        self._styles = package.xml(self._styles_name)
        self.styles = self._ensure_styles(typography)
        self._numbering_name = self._related(
            RT_NUMBERING, "word/numbering%d.xml", CT_NUMBERING, "numbering"
        )
        self._numbering = package.xml(self._numbering_name)
        self.abstract_id = 1 + max(
            self._ids(self._numbering, "abstractNum", "abstractNumId"), default=-1
        )
        self.num_id = 1 + max(self._ids(self._numbering, "num", "numId"), default=0)
        self.document_rels = Rels(taken=doc_rels.ids())
        self.notes_rels = Rels(taken=package.rels(self._notes_name).ids())
        self.width = self._width()

    def finish(self, content: Content) -> bytes:
        """Return the template's package with the written content merged in."""
        package = self._package
        for paragraph in _fragment(content.body):
            self._section.addprevious(paragraph)
        self._put(self._document_name, self._document, self.document_rels)
        self._notes.extend(_fragment(content.notes))
        self._put(self._notes_name, self._notes, self.notes_rels)
        (abstract,) = _fragment(content.questions.abstract_xml)
        first_num = self._numbering.find(w("num"))
        if first_num is not None:
            first_num.addprevious(abstract)  # every abstractNum must precede every num
        else:
            self._numbering.append(abstract)
        self._numbering.extend(_fragment(content.questions.num_xml))
        package.members[self._numbering_name] = serialise(self._numbering)
        for role, level in _LISTED.items():
            self._link_numbering(
                self.styles[role], level_properties(level, content.questions.num_id)
            )
        package.members[self._styles_name] = serialise(self._styles)
        if content.stories is not None:
            self._write_stories(content.stories)
        self._write_core(content.core)
        return package.to_bytes()

    def _shows(self, section: Element) -> bool:
        """Tell whether a section's headers or footers show anything: text, a picture."""
        for tag, kind in (
            ("headerReference", "default"),
            ("footerReference", "default"),
            ("headerReference", "first"),
            ("footerReference", "first"),
        ):
            name = self._story_target(section, tag, kind)
            if name is None or name not in self._package.members:
                continue  # linked to the previous section: nothing of its own
            root = self._package.xml(name)
            if "".join(root.itertext()).strip():
                return True
            if any(root.find(".//" + w(shape)) is not None for shape in ("drawing", "pict")):
                return True
        return False

    def _story_target(self, section: Element, tag: str, kind: str) -> str | None:
        """Return the member a section's header or footer reference of a type points at."""
        for ref in section.findall(w(tag)):
            if ref.get(w("type")) == kind:
                return self._package.rels(self._document_name).target(ref.get(_R_ID, ""))
        return None

    def _clear_body(self) -> Element:
        """Remove everything from the body except its final section properties, and return those."""
        body = self._body
        assert body is not None
        last = body[-1] if len(body) and body[-1].tag == w("sectPr") else None
        for element in list(body):
            if element is not last:
                body.remove(element)
        if last is None:
            last = etree.SubElement(body, w("sectPr"))
        return last

    def _prepare_headers(self) -> None:
        """Give the section a first-page header and footer and a running header, all empty."""
        section = self._section
        if section.find(w("titlePg")) is None:
            _insert(section, etree.Element(w("titlePg")), _SECT_AFTER_TITLE)
        else:
            section.find(w("titlePg")).attrib.pop(w("val"), None)
        rels = self._package.rels(self._document_name)
        for attribute, tag, kind, _root, pattern, content_type in _STORIES:
            name = self._story_target(section, tag, kind)
            if name is None or name not in self._package.members:
                name = self._package.new_name(pattern)
                self._package.add_part(name, content_type, b"")
                reltype = RT_HEADER if tag == "headerReference" else RT_FOOTER
                rid = rels.new(reltype, name)
                ref = etree.Element(w(tag))
                ref.set(w("type"), kind)
                ref.set(_R_ID, rid)
                section.insert(0, ref)  # references come first in w:sectPr
            self._story_names[attribute] = name

    def _write_stories(self, stories: Stories) -> None:
        """Fill the prepared header and footer parts, each root kept with its namespaces."""
        for attribute, _tag, _kind, root_tag, _pattern, _type in _STORIES:
            name = self._story_names[attribute]
            data = self._package.members.get(name, b"")
            root = parse(data) if data else _fragment_root(f"<w:{root_tag} {STORY_NAMESPACES}/>")
            for element in list(root):
                root.remove(element)
            root.extend(_fragment(getattr(stories, attribute)))
            self._package.members[name] = serialise(root)

    def _related(self, reltype: str, pattern: str, content_type: str, root: str) -> str:
        """Return the member of the document's part of a type, creating an empty one if absent."""
        rels = self._package.rels(self._document_name)
        found = rels.targets(reltype)
        if found and found[0][1] in self._package.members:
            return found[0][1]
        name = pattern.replace("%d", "")
        if name in self._package.members:
            name = self._package.new_name(pattern)
        empty = serialise(_fragment_root(f"<w:{root} {W_AND_R}/>"))
        self._package.add_part(name, content_type, empty)
        rels.new(reltype, name)
        return name

    def _prepare_notes(self) -> tuple[Element, int]:
        """Keep only the separators of the footnotes part, and return it with the next note id."""
        root = self._package.xml(self._notes_name)
        for note in list(root.iterchildren(w("footnote"))):
            if note.get(w("type")) not in SPECIAL_TYPES:
                root.remove(note)
        self._package.rels(self._notes_name).drop(RT_HYPERLINK)
        kinds = {note.get(w("type")): note.get(w("id")) for note in root}
        for kind, note_id in SEPARATOR_IDS:
            if kind not in kinds:
                root.extend(_fragment(separator(kind, note_id)))
                kinds[kind] = note_id
        ids = (note.get(w("id"), "") for note in root)
        first_id = max([0, *(int(i) for i in ids if i.lstrip("-").isdigit())]) + 1
        settings_name = self._related(RT_SETTINGS, "word/settings%d.xml", CT_SETTINGS, "settings")
        settings = self._package.xml(settings_name)
        (properties,) = _fragment(
            footnote_properties(str(kinds["separator"]), str(kinds["continuationSeparator"]))
        )
        _replace(settings, properties, _SETTINGS_AFTER)
        self._package.members[settings_name] = serialise(settings)
        return root, first_id

    def _ensure_styles(self, typography: Typography) -> dict[Role, str]:
        """Add the styles the template lacks (by name) and return each role's style id."""
        by_name = {}
        for style in self._styles.iterchildren(w("style")):
            name = style.find(w("name"))
            if name is not None and name.get(w("val")) is not None:
                by_name[name.get(w("val"), "").lower()] = style
        ids: dict[Role, str] = {}
        for spec in style_specs(typography):
            existing = by_name.get(spec.role.value.lower())
            if existing is not None:
                ids[spec.role] = existing.get(w("styleId")) or spec.style_id
                continue
            self._styles.extend(_fragment(style_xml(spec)))
            ids[spec.role] = spec.style_id
        return ids

    def _link_numbering(self, style_id: str, numbering: str) -> None:
        """Let a paragraph style carry a list level, so Enter in Word continues the list."""
        style = next(
            (s for s in self._styles.iterchildren(w("style")) if s.get(w("styleId")) == style_id),
            None,
        )
        if style is None:
            return
        ppr = style.find(w("pPr"))
        if ppr is None:
            ppr = etree.Element(w("pPr"))
            _replace(style, ppr, _STYLE_AFTER_PPR)
        (num,) = _fragment(numbering)
        _replace(ppr, num, PPR_AFTER_NUMPR)

    def _put(self, name: str, root: Element, new: Rels) -> None:
        """Store a part and the relationships written for it."""
        self._package.members[name] = serialise(root)
        rels = self._package.rels(name)
        for relationship in new.items:
            rels.add(relationship)

    def _write_core(self, core: str) -> None:
        """Replace the template's core properties (revision, dates, author …) by ours."""
        rels = self._package.rels("")
        found = rels.targets(RT_CORE)
        if found:
            self._package.members[found[0][1]] = core.encode("utf-8")
            return
        self._package.add_part("docProps/core.xml", CT_CORE, core.encode("utf-8"))
        rels.new(RT_CORE, "docProps/core.xml")

    def _width(self) -> int:
        """Return the width between the section's margins in twips."""
        size = self._section.find(w("pgSz"))
        margins = self._section.find(w("pgMar"))
        page = _twips(size, "w") or page_twips(standard_style().page.width)
        return page - _twips(margins, "left") - _twips(margins, "right")

    @staticmethod
    def _ids(root: Element, tag: str, attribute: str) -> list[int]:
        """Return the numeric ids of some numbering elements."""
        values = (element.get(w(attribute), "") for element in root.iterchildren(w(tag)))
        return [int(value) for value in values if value.lstrip("-").isdigit()]


def _twips(element: Element | None, attribute: str) -> int:
    """Return a twips attribute of an element, 0 where it is missing."""
    value = "" if element is None else element.get(w(attribute), "")
    return int(value) if value.lstrip("-").isdigit() else 0


def _fragment_root(xml: str) -> Element:
    """Parse one element written as a string."""
    return parse(xml.encode("utf-8"))


def _fragment(xml: str) -> list[Element]:
    """Parse elements written as a string with w: and r: prefixes."""
    return list(_fragment_root(f"<w:fragment {W_AND_R}>{xml}</w:fragment>"))


def _insert(parent: Element, element: Element, successors: tuple[str, ...]) -> None:
    """Put an element before the first successor child, or at the end."""
    for tag in successors:
        anchor = parent.find(w(tag))
        if anchor is not None:
            anchor.addprevious(element)
            return
    parent.append(element)


def _replace(parent: Element, element: Element, successors: tuple[str, ...]) -> None:
    """Put an element in place of the parent's same-named child, or before the first successor."""
    old = parent.find(element.tag)
    if old is not None:
        parent.replace(old, element)
    else:
        _insert(parent, element, successors)
