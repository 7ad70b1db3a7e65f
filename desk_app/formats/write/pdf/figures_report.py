"""Write a figures report as PDF: a table, a chart of months, a chart of shares, and footnotes.

The writer knows rows of text and numbers, not the statistics that made them,
so the service decides what a report says; reportlab draws the charts as
vector graphics, the same two the window's statistics tab shows.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.formats.write.pdf.fonts import register_fonts
from desk_app.formats.write.pdf.writer import CREATOR, check_fixed_date

MONTH_COLOURS = (colors.HexColor("#4a78b5"), colors.HexColor("#5a9e6f"), colors.HexColor("#c0504d"))


@dataclass(frozen=True, slots=True)
class FiguresReport:
    """Hold what a report prints: its head, a table, the two charts' data and the notes."""

    title: str
    subtitle: str
    table: list[list[str]]  # the heading row first
    month_labels: list[str] = field(default_factory=list)
    month_series: list[tuple[str, list[int]]] = field(default_factory=list)  # name, values
    months_title: str = ""
    share_labels: list[str] = field(default_factory=list)
    shares: list[float] = field(default_factory=list)  # percent, one per label
    shares_title: str = ""
    notes: list[str] = field(default_factory=list)  # the footnotes defining each figure


def figures_pdf(report: FiguresReport) -> bytes:
    """Return the report as PDF bytes (A4 landscape, the bundled fonts embedded)."""
    faces = register_fonts()
    check_fixed_date()
    body = ParagraphStyle("body", fontName=faces.regular, fontSize=9, leading=11)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9)
    heading = ParagraphStyle("heading", parent=body, fontName=faces.bold, fontSize=15, leading=18)
    chart_heading = ParagraphStyle("chart", parent=body, fontName=faces.bold, fontSize=10)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=report.title,
        creator=CREATOR,
        invariant=0,  # the real time, or SOURCE_DATE_EPOCH (reportlab reads it)
        lang="de-DE",
    )
    story: list[object] = [
        Paragraph(escape(report.title), heading),
        Paragraph(escape(report.subtitle), body),
        Spacer(1, 4 * mm),
        _table(report.table, faces.regular, faces.bold, doc.width),
    ]
    if report.month_labels:
        story += [Spacer(1, 6 * mm), Paragraph(escape(report.months_title), chart_heading)]
        story.append(_months_chart(report, faces.regular, doc.width))
    if report.share_labels:
        story += [Spacer(1, 6 * mm), Paragraph(escape(report.shares_title), chart_heading)]
        story.append(_shares_chart(report, faces.regular, doc.width))
    if report.notes:
        story.append(Spacer(1, 6 * mm))
        story += [
            Paragraph(f"{n}. {escape(note)}", small) for n, note in enumerate(report.notes, 1)
        ]
    doc.build(story)
    return buffer.getvalue()


def _table(rows: list[list[str]], regular: str, bold: str, width: float) -> Table:
    """Return the figures table: the first column takes what the numbers leave."""
    columns = max(len(row) for row in rows)
    number_width = min(22 * mm, width * 0.7 / max(columns - 1, 1))
    widths = [width - number_width * (columns - 1), *([number_width] * (columns - 1))]
    cell = ParagraphStyle("cell", fontName=regular, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", parent=cell, fontName=bold, fontSize=7, leading=8.5)
    number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
    data = [[Paragraph(escape(text), head) for text in rows[0]]]
    data += [
        [Paragraph(escape(text), number if column else cell) for column, text in enumerate(row)]
        for row in rows[1:]
    ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _months_chart(report: FiguresReport, font: str, width: float) -> Drawing:
    """Return the bars of each month: one colour per series, a legend below."""
    drawing = Drawing(width, 70 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 16 * mm
    chart.width, chart.height = width - 20 * mm, 48 * mm
    chart.data = [values for _name, values in report.month_series]
    chart.categoryAxis.categoryNames = report.month_labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = _step(max([1, *(max(v, default=0) for v in chart.data)]))
    for index, colour in enumerate(MONTH_COLOURS[: len(chart.data)]):
        chart.bars[index].fillColor = colour
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = font, 7
    legend.alignment = "right"
    legend.x, legend.y = 12 * mm, 6 * mm
    legend.columnMaximum = 1
    legend.colorNamePairs = list(
        zip(MONTH_COLOURS, (name for name, _values in report.month_series), strict=False)
    )
    drawing.add(legend)
    return drawing


def _shares_chart(report: FiguresReport, font: str, width: float) -> Drawing:
    """Return one horizontal bar per group: its share in percent, 0 to 100."""
    height = max(30 * mm, 7 * mm * len(report.share_labels) + 14 * mm)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70 * mm, 8 * mm
    chart.width, chart.height = width - 80 * mm, height - 14 * mm
    chart.data = [list(report.shares)]
    chart.categoryAxis.categoryNames = list(report.share_labels)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.bars[0].fillColor = MONTH_COLOURS[2]
    drawing.add(chart)
    return drawing


def _step(highest: int) -> int:
    """Return a tick step that gives at most about five ticks of whole numbers."""
    return max(1, -(-highest // 5))
