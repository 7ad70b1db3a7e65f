"""Our own base document: every part written as a string, no library, no template file."""

from __future__ import annotations

from desk_app.formats.write.docx.content import Content
from desk_app.formats.write.docx.footnotes import SEPARATOR_IDS, footnote_properties, separator
from desk_app.formats.write.docx.numbering import level_properties
from desk_app.formats.write.docx.page import section_xml, text_width
from desk_app.formats.write.docx.stable import zip_bytes
from desk_app.formats.write.docx.styles import Role, fonts_xml, style_specs, style_xml
from desk_app.formats.write.docx.wml import (
    CT_CORE,
    CT_DOCUMENT,
    CT_FOOTER,
    CT_FOOTNOTES,
    CT_HEADER,
    CT_NUMBERING,
    CT_RELS,
    CT_SETTINGS,
    CT_STYLES,
    RT_CORE,
    RT_FOOTER,
    RT_FOOTNOTES,
    RT_HEADER,
    RT_NUMBERING,
    RT_OFFICE_DOCUMENT,
    RT_SETTINGS,
    RT_STYLES,
    STORY_NAMESPACES,
    W_AND_R,
    XML_HEAD,
    Rels,
)
from desk_app.rules.layout_loader import standard_style
from desk_app.rules.page_style import PageGeometry, Typography

_LISTED = {Role.QUESTION: 0, Role.SUBQUESTION: 1}  # styles that carry a list level
# Word's built-in defaults that every style sheet names: the default character
# style, the default table style (an inquiry has no tables) and "no list".
_DEFAULT_STYLES = (
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    "<w:unhideWhenUsed/></w:style>"
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
    '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
    '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    "</w:style>"
)
# Word 2010's compatibility mode: the layout Word and LibreOffice have always drawn it in.
_COMPAT = (
    "<w:compat><w:useFELayout/>"
    + "".join(
        f'<w:compatSetting w:name="{name}" w:uri="http://schemas.microsoft.com/office/word" '
        f'w:val="{value}"/>'
        for name, value in (
            ("compatibilityMode", "14"),
            ("overrideTableStyleFontSizeAndJustification", "1"),
            ("enableOpenTypeFeatures", "1"),
            ("doNotFlipMirrorIndents", "1"),
        )
    )
    + "</w:compat>"
)
_ABSTRACT_ID, _NUM_ID = 0, 1


class HouseBase:
    """Write an export on our A4 house base in a layout's geometry and typography."""

    keeps_headers = False  # the house base always prints the parliament's header
    first_note_id = 1
    abstract_id = _ABSTRACT_ID
    num_id = _NUM_ID

    def __init__(
        self, font: str, page: PageGeometry | None = None, typography: Typography | None = None
    ):
        self.font, self.page, self.typography = font, page, typography
        self.styles = {spec.role: spec.style_id for spec in self._specs()}
        self.width = text_width(page)
        self.document_rels = rels = Rels()
        self.notes_rels = Rels()
        # Fixed parts first, so body links take the ids after them.
        self._parts = {
            "styles": rels.add(RT_STYLES, "styles.xml"),
            "settings": rels.add(RT_SETTINGS, "settings.xml"),
            "numbering": rels.add(RT_NUMBERING, "numbering.xml"),
            "footnotes": rels.add(RT_FOOTNOTES, "footnotes.xml"),
            "first_header": rels.add(RT_HEADER, "header1.xml"),
            "first_footer": rels.add(RT_FOOTER, "footer1.xml"),
            "header": rels.add(RT_HEADER, "header2.xml"),
        }

    def finish(self, content: Content) -> bytes:
        """Return the package of the written content."""
        ids = self._parts
        references = (
            f'<w:headerReference w:type="first" r:id="{ids["first_header"]}"/>'
            f'<w:footerReference w:type="first" r:id="{ids["first_footer"]}"/>'
            f'<w:headerReference w:type="default" r:id="{ids["header"]}"/>'
        )
        stories = content.stories
        assert stories is not None  # the house base always prints the parliament's header
        document = (
            f"{XML_HEAD}<w:document {STORY_NAMESPACES}><w:body>{content.body}"
            f"{section_xml(self.page, references)}</w:body></w:document>"
        )
        separators = "".join(separator(kind, note_id) for kind, note_id in SEPARATOR_IDS)
        notes = f"{XML_HEAD}<w:footnotes {W_AND_R}>{separators}{content.notes}</w:footnotes>"
        numbering = (
            f"{XML_HEAD}<w:numbering {STORY_NAMESPACES}>{content.questions.abstract_xml}"
            f"{content.questions.num_xml}</w:numbering>"
        )
        parts: list[tuple[str, str, str]] = [
            ("word/document.xml", CT_DOCUMENT, document),
            ("word/_rels/document.xml.rels", "", self.document_rels.xml()),
            ("word/styles.xml", CT_STYLES, self._styles_xml(content.questions.num_id)),
            ("word/settings.xml", CT_SETTINGS, _settings_xml()),
            ("word/numbering.xml", CT_NUMBERING, numbering),
            ("word/header1.xml", CT_HEADER, _story("hdr", stories.first_header)),
            ("word/footer1.xml", CT_FOOTER, _story("ftr", stories.first_footer)),
            ("word/header2.xml", CT_HEADER, _story("hdr", stories.header)),
            ("word/footnotes.xml", CT_FOOTNOTES, notes),
        ]
        if self.notes_rels.items:
            parts.append(("word/_rels/footnotes.xml.rels", "", self.notes_rels.xml()))
        package = Rels()
        package.add(RT_OFFICE_DOCUMENT, "word/document.xml")
        package.add(RT_CORE, "docProps/core.xml")
        members = [
            ("[Content_Types].xml", _content_types([*parts, ("docProps/core.xml", CT_CORE, "")])),
            ("_rels/.rels", package.xml()),
            ("docProps/core.xml", content.core),
            *((name, xml) for name, _type, xml in parts),
        ]
        return zip_bytes((name, xml.encode("utf-8")) for name, xml in members)

    def _specs(self):
        """Return the layout's style specs."""
        return style_specs(self.typography or standard_style().typography)

    def _styles_xml(self, num_id: str) -> str:
        """Return styles.xml: the font as document default, our styles, questions listed."""
        fonts = fonts_xml(self.font)
        defaults = (
            f"<w:docDefaults><w:rPrDefault><w:rPr>{fonts}"
            '<w:sz w:val="22"/><w:szCs w:val="22"/>'
            '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>"
        )
        styles = []
        for spec in self._specs():
            level = _LISTED.get(spec.role)
            numbering = "" if level is None else level_properties(level, num_id)
            font = self.font if spec.role is Role.NORMAL else ""
            styles.append(style_xml(spec, font, numbering))
        return (
            f"{XML_HEAD}<w:styles {W_AND_R}>{defaults}{_DEFAULT_STYLES}{''.join(styles)}</w:styles>"
        )


def _story(root: str, paragraphs: str) -> str:
    """Return a header (hdr) or footer (ftr) part holding paragraphs."""
    return f"{XML_HEAD}<w:{root} {STORY_NAMESPACES}>{paragraphs}</w:{root}>"


def _settings_xml() -> str:
    """Return settings.xml: tab stops, the footnote separators and Word 2010's layout."""
    separators = footnote_properties(*(note_id for _kind, note_id in SEPARATOR_IDS))
    return (
        f"{XML_HEAD}<w:settings {W_AND_R}>"
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        f'<w:characterSpacingControl w:val="doNotCompress"/>{separators}{_COMPAT}'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )


def _content_types(parts: list[tuple[str, str, str]]) -> str:
    """Return [Content_Types].xml: defaults for rels and xml, an override per part, sorted."""
    overrides = sorted((f"/{name}", kind) for name, kind, _xml in parts if kind)
    body = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides
    )
    return (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="{CT_RELS}"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{body}</Types>'
    )
