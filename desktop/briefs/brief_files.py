"""A brief written to a file or a printer: PDF (A4 or Letter, page numbers, a contents list with pages),
OpenDocument text (Qt's own ODF writer: no new dependency; Word and LibreOffice open it), or the printer the
user chose. Every page is drawn here, so the PDF and the printout are the same pages."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
    QTextFormat,
)

from db.errors import AtlasError
from db.phrases import phrase
from desktop.briefs.brief_document import HEADING_POINTS, build
from desktop.shared.translate import tr

if TYPE_CHECKING:
    from db.briefs.assembly import Document
    from db.briefs.words import BriefWords
    from db.store.facade import Store

LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico, QLocale.Country.Philippines,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Venezuela, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.Panama, QLocale.Country.PuertoRico, QLocale.Country.ElSalvador,
    QLocale.Country.DominicanRepublic, QLocale.Country.Nicaragua,
}
"""Where Letter paper is the norm; everywhere else A4."""
PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 18
FOOTER_POINTS = 8
PDF_DPI = 300
LOW_ON_PAGE = 0.75
"""A heading below this fraction of a page's height begins the next page instead."""
MAX_LAYOUTS = 40
"""Layouts tried before the pages are taken as they stand (each moves at most one item to a new page)."""


def paper_for(locale: QLocale) -> str:
    return "letter" if locale.territory() in LETTER_TERRITORIES else "a4"


def _footer_font() -> QFont:
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(FOOTER_POINTS)
    return font


def paginate(document: Document, device: QPagedPaintDevice) -> tuple[QTextDocument, float]:
    """The document laid out on the device's pages, its contents list giving each item's page; and the height of
    the text on a page (below it, the footer).

    An item whose heading would fall in the last quarter of a page begins the next one. Items are moved in
    reading order, one per layout: moving one moves every item after it, never one before, so each move
    made stays right. The contents list's page numbers are filled in as the layout settles."""
    area = device.pageLayout().paintRectPixels(device.resolution())
    footer = QFontMetricsF(_footer_font(), device).height() * 2
    body = QSizeF(area.width(), area.height() - footer)
    pages: dict[int, int] = {}
    new_pages: set[int] = set()

    def laid_out() -> tuple[QTextDocument, dict[int, int]]:
        made, headings = build(document, pages=pages, new_pages=frozenset(new_pages))
        made.setDocumentMargin(0)
        made.documentLayout().setPaintDevice(device)
        made.setPageSize(body)
        return made, headings

    qdoc, headings = laid_out()
    for _ in range(MAX_LAYOUTS):
        layout = qdoc.documentLayout()
        tops = {number: layout.blockBoundingRect(qdoc.findBlockByNumber(block)).top() for number, block in headings.items()}
        low = next((number for number, top in sorted(tops.items())
                    if number not in new_pages and top % body.height() > body.height() * LOW_ON_PAGE), None)
        if low is not None:  # in place: Qt lays out again from that heading on
            new_pages.add(low)
            cursor = QTextCursor(qdoc.findBlockByNumber(headings[low]))
            fmt = cursor.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(fmt)
            continue
        found = {number: int(top // body.height()) + 1 for number, top in tops.items()}
        if found == pages:
            break
        pages = found
        qdoc, headings = laid_out()
    return qdoc, body.height()


def paint(document: Document, device: QPagedPaintDevice) -> int:
    """Draw every page on `device` (a QPdfWriter or a QPrinter); return how many there are."""
    qdoc, height = paginate(document, device)
    width = qdoc.pageSize().width()
    count = qdoc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the file or the printer could not be opened for writing")
    try:
        for page in range(count):
            if page:
                device.newPage()
            painter.save()
            clip = QRectF(0, page * height, width, height)
            painter.translate(0, -page * height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            qdoc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(_footer_font())
            painter.setLayoutDirection(QGuiApplication.layoutDirection())
            words = tr("%1 — page %2 of %3").replace("%2", str(page + 1)).replace("%3", str(count))
            room = width - painter.fontMetrics().horizontalAdvance(words.replace("%1", ""))
            title = painter.fontMetrics().elidedText(document.title, Qt.TextElideMode.ElideRight, max(0, int(room)))
            painter.drawText(QRectF(0, height, width, painter.fontMetrics().height() * 2),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), words.replace("%1", title))
    finally:
        painter.end()
    return count


def set_paper(device: QPagedPaintDevice, paper: str | None) -> None:
    device.setPageSize(QPageSize(PAPER[paper or paper_for(QLocale.system())]))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def _replacing(path: Path, write) -> None:
    """Write beside `path`, then put the file in its place: a failed write leaves what was there before."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        write(partial)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise AtlasError(phrase("{path}: could not be written ({reason}).", path=str(path), reason=exc.strerror or str(exc))) from None


def write_pdf(document: Document, path: Path | str, *, paper: str | None = None) -> int:
    """Write the PDF; return its number of pages."""
    pages = []

    def write(partial: Path) -> None:
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_DPI)
        writer.setTitle(document.title)
        writer.setCreator("Partnership Atlas")
        set_paper(writer, paper)
        pages.append(paint(document, writer))

    _replacing(Path(path), write)
    return pages[0]


def write_odt(document: Document, path: Path | str) -> None:
    def write(partial: Path) -> None:
        qdoc, _ = build(document)
        writer = QTextDocumentWriter(str(partial), b"odf")
        if not writer.write(qdoc):
            raise OSError(writer.device().errorString() if writer.device() else "the file could not be written")
        outline_headings(partial)

    _replacing(Path(path), write)


ODF = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0", "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"}


def outline_headings(path: Path) -> None:
    """Make the brief's headings headings in the file: Qt writes every block as a paragraph, which Word and
    LibreOffice can neither list in their navigator nor gather into a table of contents. A heading is a
    paragraph whose one run is bold at a heading's size (brief_document.HEADING_POINTS)."""
    import io
    import zipfile
    from xml.etree import ElementTree

    with zipfile.ZipFile(path) as odt:
        entries = [(info, odt.read(info)) for info in odt.infolist()]
    content = next(data for info, data in entries if info.filename == "content.xml")
    for prefix, uri in (event for _, event in ElementTree.iterparse(io.BytesIO(content), events=("start-ns",))):
        ElementTree.register_namespace(prefix, uri)
    root = ElementTree.fromstring(content)
    levels = {f"{points:g}pt": level for level, points in HEADING_POINTS.items()}
    heading_styles = {}
    for style in root.iter(f"{{{ODF['style']}}}style"):
        properties = style.find(f"{{{ODF['style']}}}text-properties")
        if properties is not None and properties.get(f"{{{ODF['fo']}}}font-weight") == "bold":
            level = levels.get(properties.get(f"{{{ODF['fo']}}}font-size", ""))
            if level is not None:
                heading_styles[style.get(f"{{{ODF['style']}}}name")] = level
    body = root.find(f"{{{ODF['office']}}}body/{{{ODF['office']}}}text")
    for paragraph in body.findall(f"{{{ODF['text']}}}p"):
        runs = list(paragraph)
        if len(runs) == 1 and runs[0].get(f"{{{ODF['text']}}}style-name") in heading_styles:
            paragraph.tag = f"{{{ODF['text']}}}h"
            paragraph.set(f"{{{ODF['text']}}}outline-level", str(heading_styles[runs[0].get(f"{{{ODF['text']}}}style-name")]))
    rewritten = ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)
    with zipfile.ZipFile(path, "w") as odt:  # the mimetype entry first and stored, as ODF requires: the order is kept
        for info, data in entries:
            odt.writestr(info, rewritten if info.filename == "content.xml" else data)


def write_brief(store: Store, brief_id: str, path: Path, paper: str | None = None, *, words: BriefWords | None = None,
                language: str | None = None) -> Path:
    """Write brief `brief_id` as PDF or ODT, by the path's suffix (`partnership-atlas brief export` and the view)."""
    document = store.brief_document(brief_id, words=words, language=language)
    if path.suffix.lower() == ".pdf":
        write_pdf(document, path, paper=paper)
    else:
        write_odt(document, path)
    return path
