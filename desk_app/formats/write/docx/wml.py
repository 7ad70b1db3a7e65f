"""Small WordprocessingML helpers shared by the DOCX modules: elements and parts."""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement, parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement

# Children of w:pPr that must follow w:numPr (ECMA-376 CT_PPrBase order).
PPR_AFTER_NUMPR = (
    "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
    "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip


def make(
    tag: str, attrs: dict[str, str] | None = None, *children: BaseOxmlElement
) -> BaseOxmlElement:
    """Build an element such as make("w:ind", {"w:left": "425"}) with optional children."""
    element = OxmlElement(tag, attrs={qn(key): value for key, value in (attrs or {}).items()})
    for child in children:
        element.append(child)
    return element


def child(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement | None:
    """Return the first direct child with a tag, or None."""
    found = parent.find(qn(tag))
    return found if isinstance(found, BaseOxmlElement) else None


def replace_child(parent: BaseOxmlElement, element: BaseOxmlElement, successors: tuple[str, ...]):
    """Put an element in place of the parent's same-named child, or before the first successor.

    WordprocessingML fixes the order of children; `successors` lists the tags
    that must come after this one.
    """
    old = parent.find(element.tag)
    if old is not None:
        parent.replace(old, element)
        return
    for tag in successors:
        anchor = parent.find(qn(tag))
        if anchor is not None:
            anchor.addprevious(element)
            return
    parent.append(element)


def related_xml_part(
    source: Part, reltype: str, partname: str, content_type: str, root: str
) -> XmlPart:
    """Return the part related to `source` by `reltype`, creating an empty one if absent."""
    try:
        part = source.part_related_by(reltype)
    except KeyError:
        element = parse_xml(f"<{root} {nsdecls('w', 'r')}/>")
        part = XmlPart(PackURI(partname), content_type, element, source.package)
        source.relate_to(part, reltype)
    assert isinstance(part, XmlPart)
    return part


def drop_links(part: Part) -> None:
    """Forget a part's external hyperlinks, once the text that used them is cleared."""
    for rid in [rid for rid, rel in part.rels.items() if rel.reltype == RT.HYPERLINK]:
        del part.rels[rid]
