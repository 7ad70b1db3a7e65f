"""Page geometry, typography and the submission's header lines of one layout, as data.

Every value comes from `resources/layouts/<name>.toml`, read by
`desk_app.rules.layout_loader`, and may be overridden by a parliament.toml;
the DOCX and the PDF writer read the same objects from the render plan.
"""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """Hold the paper size and margins in millimetres, measured from the page's edges."""

    width: float
    height: float
    margin_left: float  # the binding side
    margin_right: float
    margin_top: float  # where the body starts below the running header
    margin_bottom: float
    header_distance: float  # from the top edge to the header's first line
    footer_distance: float  # from the bottom edge to the footer's baseline


@dataclass(frozen=True, slots=True)
class Typography:
    """Hold the font sizes in points and the indents in millimetres."""

    body_size: float
    note_size: float
    kind_size: float
    title_size: float
    header_size: float  # the page-1 header block; shrunk when a row does not fit
    running_size: float  # the running header of later pages
    footer_size: float
    question_indent: float
    quote_indent: float
    note_indent: float


@dataclass(frozen=True, slots=True)
class SubmissionLines:
    """Hold the header lines of the submission layout, the same form for every parliament."""

    header_left: tuple[str, ...]
    header_right: tuple[str, ...]
    running_header_left: str
    running_header_right: str


def mm_to_points(value: float) -> float:
    """Convert millimetres to PostScript points."""
    return value * POINTS_PER_INCH / MM_PER_INCH


@dataclass(frozen=True, slots=True)
class PageStyle:
    """Hold one layout: its submission header lines, page geometry and typography."""

    submission: SubmissionLines
    page: PageGeometry
    typography: Typography
