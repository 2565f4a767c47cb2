"""A brief's document (db.briefs.assembly.Document) written into a QTextDocument: what the Brief view shows and
what PDF, OpenDocument and printing are made from. Built with a cursor rather than from HTML, so headings,
tables (their header row repeated on every page they cross) and Markdown passages are real document structure."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTableFormat,
)

from db.briefs.assembly import Document, Section, Table, legends

BODY_POINTS = 10.0
HEADING_POINTS = {1: 18.0, 2: 13.0, 3: 11.0}
GREY = QColor("#555555")
DETACHED = QColor("#8a4b00")
COMMENT_BACKGROUND = QColor("#fff6d5")
GROUP_BACKGROUND = QColor("#ececec")
HEADER_BACKGROUND = QColor("#d9d9d9")
DIFFERENCE_BACKGROUND = {"≠": QColor("#fff3d6"), "~": QColor("#f6f6f6")}


class _Writer:
    """Appends blocks, Markdown and tables at the end of one document."""

    def __init__(self, document: QTextDocument):
        self.cursor = QTextCursor(document)
        self.first = True

    def block(self, *, heading: int = 0, indent: int = 0, background: QColor | None = None, space: float = 4) -> None:
        fmt = QTextBlockFormat()
        fmt.setHeadingLevel(heading)
        fmt.setTopMargin(space * 3 if heading else space)
        fmt.setBottomMargin(space)
        fmt.setIndent(indent)
        if background is not None:
            fmt.setBackground(QBrush(background))
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, QTextCharFormat())

    def text(self, text: str, *, bold: bool = False, italic: bool = False, color: QColor | None = None,
             points: float | None = None) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        if color is not None:
            fmt.setForeground(QBrush(color))
        if points is not None:
            fmt.setFontPointSize(points)
        self.cursor.insertText(text, fmt)

    def heading(self, text: str, level: int, *, new_page: bool = False) -> int:
        """A heading; returns its block number, to find the page it lands on."""
        self.block(heading=level)
        if new_page:
            fmt = self.cursor.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.cursor.setBlockFormat(fmt)
        self.text(text, bold=True, points=HEADING_POINTS[level])
        return self.cursor.block().blockNumber()

    def paragraph(self, text: str, **style) -> None:
        self.block(indent=style.pop("indent", 0), background=style.pop("background", None))
        self.text(text, **style)

    def markdown(self, text: str) -> None:
        """The user's or the pack's Markdown, as paragraphs, lists and emphasis of this document."""
        self.block()
        self.cursor.insertMarkdown(text.strip(), QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def table(self, rows: list[list[tuple[str, dict]]], widths: list[float], *, header: bool, borders: bool = True,
              backgrounds: list[QColor | None] | None = None, spans: dict[int, int] | None = None) -> None:
        fmt = QTextTableFormat()
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in widths])
        fmt.setCellPadding(3 if borders else 1)
        fmt.setCellSpacing(0)
        fmt.setBorder(1 if borders else 0)
        fmt.setLayoutDirection(QGuiApplication.layoutDirection())  # columns run right to left in Arabic
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid if borders else QTextFrameFormat.BorderStyle.BorderStyle_None)
        fmt.setBorderBrush(QBrush(QColor("#9a9a9a")))
        fmt.setBorderCollapse(True)
        fmt.setHeaderRowCount(1 if header else 0)
        self.block()
        table = self.cursor.insertTable(len(rows), len(widths), fmt)
        for r, row in enumerate(rows):
            if spans and r in spans:
                table.mergeCells(r, spans[r], 1, len(widths) - spans[r])
            for c, (text, style) in enumerate(row):
                cell = table.cellAt(r, c)
                if backgrounds and backgrounds[r] is not None:
                    cell_format = cell.format()
                    cell_format.setBackground(QBrush(backgrounds[r]))
                    cell.setFormat(cell_format)
                if text:
                    cursor = cell.firstCursorPosition()
                    align = QTextBlockFormat()
                    align.setAlignment(style.pop("align", Qt.AlignmentFlag.AlignLeading))
                    cursor.setBlockFormat(align)
                    self.cursor, saved = cursor, self.cursor
                    self.text(text, **style)
                    self.cursor = saved
        self.cursor.movePosition(QTextCursor.MoveOperation.End)


def build(document: Document, *, pages: dict[int, int] | None = None, new_pages: frozenset[int] = frozenset(),
          table_points: float | None = None) -> tuple[QTextDocument, dict[int, int]]:
    """The brief as a QTextDocument, and the block number of each item's heading by item number.

    `pages`: each item's page number, for a contents list with pages (PDF and print); without it the
    contents list has none (the screen and OpenDocument, where the reader's word processor paginates).
    `new_pages`: the items that begin a page, so that no heading is left alone at the foot of one."""
    qdoc = QTextDocument()
    qdoc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_POINTS)
    qdoc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long word never runs off the page
    # Each paragraph runs in its own script's direction: an English lesson in an Arabic brief reads left to right.
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    qdoc.setDefaultTextOption(option)
    words = document.words
    out = _Writer(qdoc)
    out.heading(document.title, 1)
    line = document.day + (f" · {words.meeting.replace('%1', document.meeting)}" if document.meeting else "")
    out.paragraph(line, color=GREY)
    if document.introduction.strip():
        out.heading(words.introduction, 2)
        out.markdown(document.introduction)
    if not document.sections:
        out.paragraph(words.no_items, italic=True)
    else:
        out.heading(words.contents, 2)
        if pages is None:
            for section in document.sections:
                out.paragraph(f"{section.number}. {section.title}")
        else:
            out.table([[(f"{s.number}. {s.title}", {}), (str(pages.get(s.number, "")), {"align": Qt.AlignmentFlag.AlignTrailing})]
                       for s in document.sections], [90, 10], header=False, borders=False)
    headings = {}
    for section in document.sections:
        headings[section.number] = _section(out, section, words, table_points, section.number in new_pages)
    if document.references:
        out.heading(words.sources, 2)
        for reference in document.references:
            out.block(indent=0)
            out.text(f"[{reference.number}] ", bold=True)
            out.text(reference.cited_as)
            if reference.url:
                out.text(f" {reference.url}", color=GREY)
            if reference.locators:
                out.text(f" — {words.cited_for} {'; '.join(reference.locators)}", italic=True, color=GREY)
    return qdoc, headings


def _section(out: _Writer, section: Section, words, table_points: float | None, new_page: bool) -> int:
    number = out.heading(f"{section.number}. {section.title}", 2, new_page=new_page)
    out.paragraph(section.label, italic=True, color=GREY)
    if section.detached:
        out.paragraph(words.detached, italic=True, color=DETACHED)
    if section.on:
        out.paragraph(words.on.replace("%1", section.on), color=GREY)
    if section.quote:
        out.paragraph("“" + " ".join(section.quote.split()) + "”", italic=True, indent=1)
    if section.summary:
        out.paragraph(section.summary.strip(), bold=True)
    if section.table is not None:
        _table(out, section.table, words, table_points)
    if section.text.strip():
        out.markdown(section.text)
    if section.advice:
        out.block()
        out.text(f"{words.advice}: ", bold=True)
        out.text(section.advice.strip())
    if section.sources and section.table is None:
        out.paragraph(f"{words.sources}: [{', '.join(map(str, section.sources))}]", color=GREY, points=BODY_POINTS - 1)
    if section.item.comment:
        out.block(background=COMMENT_BACKGROUND)
        out.text(f"{words.comment} ", bold=True)
        out.text(section.item.comment)
    return number


def _table(out: _Writer, table: Table, words, table_points: float | None) -> None:
    models = len(table.models)
    points = table_points or (BODY_POINTS - 1 if models <= 3 else BODY_POINTS - 2)
    model_width = (100 - 4 - 18) / max(1, models)
    rows = [[("", {}), (words.compare.attribute, {"bold": True, "points": points})]
            + [(title, {"bold": True, "points": points}) for title in table.models]]
    backgrounds: list[QColor | None] = [HEADER_BACKGROUND]
    spans = {}
    group = None
    for row in table.rows:
        if row.group != group:
            group = row.group
            spans[len(rows)] = 1
            rows.append([("", {}), (group, {"bold": True, "points": points})] + [("", {})] * models)
            backgrounds.append(GROUP_BACKGROUND)
        cells = [(text + (f" [{', '.join(map(str, numbers))}]" if numbers else ""), {"points": points})
                 for text, numbers in row.cells]
        rows.append([(row.mark, {"points": points, "align": Qt.AlignmentFlag.AlignHCenter}),
                     (row.label, {"bold": True, "points": points})] + cells)
        backgrounds.append(DIFFERENCE_BACKGROUND.get(row.mark))
        if row.note:
            numbers = f" [{', '.join(map(str, row.note_sources))}]" if row.note_sources else ""
            spans[len(rows)] = 1
            rows.append([("", {}), (row.note + numbers, {"italic": True, "points": points})] + [("", {})] * models)
            backgrounds.append(None)
    out.table(rows, [4, 18] + [model_width] * models, header=True, backgrounds=backgrounds, spans=spans)
    if table.folded:
        out.paragraph(table.folded, italic=True, color=GREY, points=points)
    for legend in legends(table, words):
        out.paragraph(legend, color=GREY, points=points)
