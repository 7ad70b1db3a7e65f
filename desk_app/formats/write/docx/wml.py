"""WordprocessingML as strings: namespaces, part roots, paragraphs and relationships."""

from __future__ import annotations

from desk_app.formats.write.docx.escape import attr

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
W_AND_R = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
# The namespaces Word declares on a document or header root; Word and LibreOffice
# accept parts without them, but a document that declares them diffs cleanly with Word's.
STORY_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:mv="urn:schemas-microsoft-com:mac:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R_NS}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W_NS}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)

_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_HYPERLINK = _RT + "hyperlink"
RT_HEADER = _RT + "header"
RT_FOOTER = _RT + "footer"
RT_FOOTNOTES = _RT + "footnotes"
RT_NUMBERING = _RT + "numbering"
RT_STYLES = _RT + "styles"
RT_SETTINGS = _RT + "settings"
RT_OFFICE_DOCUMENT = _RT + "officeDocument"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CT_DOCUMENT = _CT + "document.main+xml"
CT_TEMPLATE = _CT + "template.main+xml"
CT_HEADER = _CT + "header+xml"
CT_FOOTER = _CT + "footer+xml"
CT_FOOTNOTES = _CT + "footnotes+xml"
CT_NUMBERING = _CT + "numbering+xml"
CT_STYLES = _CT + "styles+xml"
CT_SETTINGS = _CT + "settings+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"

# Children of w:pPr that must follow w:numPr (ECMA-376 CT_PPrBase order).
PPR_AFTER_NUMPR = (
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
    "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
    "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
    "pPrChange",
)  # fmt: skip


def ppr_style(style: str) -> str:
    """Return the inner w:pStyle naming a paragraph style."""
    return f'<w:pStyle w:val="{attr(style)}"/>'


class Paragraph:
    """Collect one w:p: its paragraph properties and the runs appended to it."""

    # Plain slotted classes in this package: a dataclass costs ~0.7 ms at import,
    # and an export is meant to start as fast as a bare converter.
    __slots__ = ("parts", "ppr")

    def __init__(self, ppr: str = ""):
        self.ppr = ppr
        self.parts: list[str] = []

    def append(self, xml: str) -> None:
        """Append a run, a link, a field or a bookmark."""
        self.parts.append(xml)

    def xml(self) -> str:
        """Return the paragraph's XML."""
        ppr = f"<w:pPr>{self.ppr}</w:pPr>" if self.ppr else ""
        return f"<w:p>{ppr}{''.join(self.parts)}</w:p>"


class Relationship:
    """Describe one relationship of a part."""

    __slots__ = ("external", "reltype", "rid", "target")

    def __init__(self, rid: str, reltype: str, target: str, external: bool = False):
        self.rid, self.reltype, self.target, self.external = rid, reltype, target, external

    def xml(self) -> str:
        """Return the w:Relationship element."""
        mode = ' TargetMode="External"' if self.external else ""
        return (
            f'<Relationship Id="{self.rid}" Type="{self.reltype}" '
            f'Target="{attr(self.target)}"{mode}/>'
        )


class Rels:
    """Hand out relationship ids of one part; ids a template already uses stay taken."""

    __slots__ = ("items", "taken")

    def __init__(self, taken: set[str] | None = None):
        self.items: list[Relationship] = []
        self.taken = set(taken or ())

    def add(self, reltype: str, target: str, *, external: bool = False) -> str:
        """Relate a target and return its id; the same external target keeps one id."""
        for rel in self.items:
            if external and rel.external and rel.reltype == reltype and rel.target == target:
                return rel.rid
        number = len(self.items) + 1
        while f"rId{number}" in self.taken:
            number += 1
        rid = f"rId{number}"
        self.taken.add(rid)
        self.items.append(Relationship(rid, reltype, target, external))
        return rid

    def xml(self) -> str:
        """Return the relationships part."""
        body = "".join(rel.xml() for rel in self.items)
        return (
            f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{body}</Relationships>'
        )
