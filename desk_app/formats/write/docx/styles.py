"""The named Word styles an export uses, created where a document lacks them.

Every paragraph of an export carries a real style, so a user who opens the
file in Word can restyle the whole document from the style gallery. Built-in
styles are named with Word's internal names ("footnote text", "Title",
"Signature"), which Word shows translated ("Fußnotentext", "Titel",
"Unterschrift"); the inquiry-specific ones are named "Anfrage …".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement

from desk_app.formats.write.docx.wml import PPR_AFTER_NUMPR, make, replace_child
from desk_app.rules.layout_loader import standard_style
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


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """Describe one style as inner XML of its w:pPr and w:rPr."""

    role: Role
    style_id: str
    ppr: str = ""
    rpr: str = ""
    character: bool = False


TWIPS_PER_MM = 1440 / 25.4
_KEEP = "<w:keepNext/>"


def twips(millimetres: float) -> int:
    """Convert millimetres to whole twips, the unit of Word's indents."""
    return round(millimetres * TWIPS_PER_MM)


def _size(points: float) -> str:
    """Return w:sz and w:szCs for a font size (Word counts half points)."""
    half = round(points * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


# One indent step for question labels in the standard layout, for the list definition.
INDENT = twips(standard_style().typography.question_indent)


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


_STYLE_CHILDREN_AFTER_PPR = ("w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")


def ensure_styles(
    styles: BaseOxmlElement, font: str, *, house: bool, typography: Typography | None = None
) -> dict[Role, str]:
    """Create the styles a document lacks and return each role's style id.

    With `house` (our own base document) the styles are (re)defined as ours
    and the font is set everywhere; otherwise a user's template keeps its own
    definitions and only missing styles are added.
    """
    by_name = {
        name.lower(): style
        for style in styles.iterchildren(qn("w:style"))
        if (name := _name(style)) is not None
    }
    if house:
        _set_default_font(styles, font)
    ids: dict[Role, str] = {}
    for spec in style_specs(typography or standard_style().typography):
        existing = by_name.get(spec.role.value.lower())
        if existing is not None and not house:
            ids[spec.role] = existing.get(qn("w:styleId")) or spec.style_id
            continue
        new = _style(spec, font if house and spec.role is Role.NORMAL else "")
        if existing is not None:
            existing.addprevious(new)
            styles.remove(existing)
        else:
            styles.append(new)
        ids[spec.role] = spec.style_id
    return ids


def link_numbering(styles: BaseOxmlElement, style_id: str, num_id: str, level: int) -> None:
    """Let a paragraph style carry a list level, so Enter in Word continues the list."""
    style = next(
        (s for s in styles.iterchildren(qn("w:style")) if s.get(qn("w:styleId")) == style_id), None
    )
    if style is None:
        return
    ppr = style.find(qn("w:pPr"))
    if ppr is None:
        ppr = make("w:pPr")
        replace_child(style, ppr, _STYLE_CHILDREN_AFTER_PPR)
    num = make(
        "w:numPr",
        None,
        make("w:ilvl", {"w:val": str(level)}),
        make("w:numId", {"w:val": num_id}),
    )
    replace_child(ppr, num, PPR_AFTER_NUMPR)


def fonts_xml(font: str) -> str:
    """Return a w:rFonts element naming one face for every script."""
    return f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'


def _name(style: BaseOxmlElement) -> str | None:
    """Return a style's internal name."""
    name = style.find(qn("w:name"))
    return None if name is None else name.get(qn("w:val"))


def _style(spec: StyleSpec, font: str) -> BaseOxmlElement:
    """Build a w:style element from a spec."""
    kind = "character" if spec.character else "paragraph"
    default = ' w:default="1"' if spec.role is Role.NORMAL else ""
    based = "" if spec.role is Role.NORMAL or spec.character else '<w:basedOn w:val="Normal"/>'
    gallery = "" if spec.character else "<w:qFormat/>"
    ppr = f"<w:pPr>{spec.ppr}</w:pPr>" if spec.ppr else ""
    fonts = fonts_xml(font) if font else ""
    rpr_inner = fonts + spec.rpr
    if spec.role is Role.NORMAL:
        rpr_inner += '<w:lang w:val="de-DE"/>'
    rpr = f"<w:rPr>{rpr_inner}</w:rPr>" if rpr_inner else ""
    return parse_xml(
        f'<w:style {nsdecls("w")} w:type="{kind}"{default} w:styleId="{spec.style_id}">'
        f'<w:name w:val="{spec.role.value}"/>{based}{gallery}{ppr}{rpr}</w:style>'
    )


def _set_default_font(styles: BaseOxmlElement, font: str) -> None:
    """Name the font in the document defaults too, replacing theme fonts."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    fonts = make("w:rFonts", {key: font for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")})
    old = rpr.find(qn("w:rFonts"))
    if old is not None:
        rpr.replace(old, fonts)
    else:
        rpr.insert(0, fonts)
