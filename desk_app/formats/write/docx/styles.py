"""The named Word styles an export uses, created where a document lacks them.

Every paragraph of an export carries a real style, so a user who opens the
file in Word can restyle the whole document from the style gallery. Built-in
styles are named with Word's internal names ("footnote text", "Title",
"Signature"), which Word shows translated ("Fußnotentext", "Titel",
"Unterschrift"); the inquiry-specific ones are named "Anfrage …".
"""

from __future__ import annotations

from enum import StrEnum

from desk_app.formats.write.docx.escape import attr
from desk_app.rules.page_style import Typography


class Role(StrEnum):
    """Name the job of each style an export uses (the value is Word's style name)."""

    NORMAL = "Normal"
    TITLE = "Title"
    HEADING = "heading 1"
    QUOTE = "Quote"
    NOTE_TEXT = "footnote text"
    NOTE_REFERENCE = "footnote reference"
    HYPERLINK = "Hyperlink"
    HEADER = "header"
    HEADER_BLOCK = "Anfrage Kopf"  # page 1's header block, larger than the running header
    FOOTER = "footer"
    KIND = "Anfrage Art"
    ORIGINATOR = "Anfrage Urheber"
    LEAD_IN = "Anfrage Einleitung"
    QUESTION = "Anfrage Frage"
    QUESTION_MORE = "Anfrage Frage Absatz"
    SUBQUESTION = "Anfrage Unterfrage"
    SUBQUESTION_MORE = "Anfrage Unterfrage Absatz"
    DATE = "Date"
    SIGNATURE = "Signature"


class StyleSpec:
    """Describe one style as inner XML of its w:pPr and w:rPr."""

    __slots__ = ("character", "ppr", "role", "rpr", "style_id")

    def __init__(
        self, role: Role, style_id: str, ppr: str = "", rpr: str = "", character: bool = False
    ):
        self.role, self.style_id, self.ppr, self.rpr = role, style_id, ppr, rpr
        self.character = character


TWIPS_PER_MM = 1440 / 25.4
_KEEP = "<w:keepNext/>"


def twips(millimetres: float) -> int:
    """Convert millimetres to whole twips, the unit of Word's indents."""
    return round(millimetres * TWIPS_PER_MM)


def _size(points: float) -> str:
    """Return w:sz and w:szCs for a font size (Word counts half points)."""
    half = round(points * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


def style_specs(sizes: Typography) -> tuple[StyleSpec, ...]:
    """Return the styles of an export, sized by a layout's typography."""
    indent = twips(sizes.question_indent)
    quote = twips(sizes.quote_indent)
    return (
        StyleSpec(
            Role.NORMAL,
            "Normal",
            '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>',
            _size(sizes.body_size),
        ),
        StyleSpec(
            Role.TITLE,
            "Title",
            _KEEP + '<w:spacing w:before="120" w:after="240"/>',
            "<w:b/><w:bCs/>" + _size(sizes.title_size),
        ),
        StyleSpec(
            Role.HEADING,
            "Heading1",
            _KEEP + '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>',
            "<w:b/><w:bCs/>",
        ),
        StyleSpec(Role.QUOTE, "Quote", f'<w:ind w:left="{quote}" w:right="{quote}"/>', "<w:i/>"),
        StyleSpec(
            Role.NOTE_TEXT,
            "FootnoteText",
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            _size(sizes.note_size),
        ),
        StyleSpec(
            Role.NOTE_REFERENCE,
            "FootnoteReference",
            rpr='<w:vertAlign w:val="superscript"/>',
            character=True,
        ),
        StyleSpec(
            Role.HYPERLINK,
            "Hyperlink",
            rpr='<w:color w:val="0563C1"/><w:u w:val="single"/>',
            character=True,
        ),
        StyleSpec(
            Role.HEADER,
            "Header",
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            _size(sizes.running_size),
        ),
        StyleSpec(
            Role.HEADER_BLOCK,
            "AnfrageKopf",
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            _size(sizes.header_size),
        ),
        StyleSpec(
            Role.FOOTER,
            "Footer",
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
            _size(sizes.footer_size),
        ),
        StyleSpec(
            Role.KIND,
            "AnfrageArt",
            _KEEP + '<w:spacing w:before="360" w:after="60"/>',
            "<w:b/><w:bCs/>" + _size(sizes.kind_size),
        ),
        StyleSpec(Role.ORIGINATOR, "AnfrageUrheber", _KEEP + '<w:spacing w:after="240"/>'),
        StyleSpec(Role.LEAD_IN, "AnfrageEinleitung", _KEEP + '<w:spacing w:before="240"/>'),
        StyleSpec(
            Role.QUESTION, "AnfrageFrage", f'<w:ind w:left="{indent}" w:hanging="{indent}"/>'
        ),
        StyleSpec(Role.QUESTION_MORE, "AnfrageFrageAbsatz", f'<w:ind w:left="{indent}"/>'),
        StyleSpec(
            Role.SUBQUESTION,
            "AnfrageUnterfrage",
            f'<w:ind w:left="{2 * indent}" w:hanging="{indent}"/>',
        ),
        StyleSpec(
            Role.SUBQUESTION_MORE, "AnfrageUnterfrageAbsatz", f'<w:ind w:left="{2 * indent}"/>'
        ),
        StyleSpec(Role.DATE, "Date", _KEEP + '<w:spacing w:before="360"/>'),
        # Contextual spacing: only the first of several signature lines gets the gap above.
        StyleSpec(
            Role.SIGNATURE,
            "Signature",
            _KEEP + '<w:spacing w:before="480" w:after="0"/><w:contextualSpacing/>',
        ),
    )


def style_xml(spec: StyleSpec, font: str = "", numbering: str = "") -> str:
    """Return a w:style from a spec, naming a font and a list level where given."""
    kind = "character" if spec.character else "paragraph"
    default = ' w:default="1"' if spec.role is Role.NORMAL else ""
    based = "" if spec.role is Role.NORMAL or spec.character else '<w:basedOn w:val="Normal"/>'
    gallery = "" if spec.character else "<w:qFormat/>"
    # w:numPr precedes every property the specs put into a style's w:pPr.
    ppr_inner = numbering + spec.ppr
    ppr = f"<w:pPr>{ppr_inner}</w:pPr>" if ppr_inner else ""
    rpr_inner = (fonts_xml(font) if font else "") + spec.rpr
    if spec.role is Role.NORMAL:
        rpr_inner += '<w:lang w:val="de-DE"/>'
    rpr = f"<w:rPr>{rpr_inner}</w:rPr>" if rpr_inner else ""
    return (
        f'<w:style w:type="{kind}"{default} w:styleId="{spec.style_id}">'
        f'<w:name w:val="{spec.role.value}"/>{based}{gallery}{ppr}{rpr}</w:style>'
    )


def fonts_xml(font: str) -> str:
    """Return a w:rFonts element naming one face for every script."""
    font = attr(font)
    return f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'
