"""A comparison written to a file: a printable PDF brief (title, date, table, sources), Markdown or CSV."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from db.compare.render import MARKS, folded_line, folded_notes, mark, note_text, render, source_numbers, worded
from db.compare.table import VALUES, WORDING, Citation, Comparison
from db.files.csvfile import ENCODING as CSV_ENCODING
from db.reference.attributes import INAPPLICABLE, UNDOCUMENTED
from desktop.shared.comparison_words import export_words
from desktop.shared.translate import tr

BACKGROUNDS = {VALUES: "#fff3d6", WORDING: "#f6f6f6"}
UNKNOWN_COLOURS = {UNDOCUMENTED: "#666", INAPPLICABLE: "#333"}
"""Not documented is lighter than not applicable, which is something known."""
EXPORT_SUFFIXES = {"md": ".md", "csv": ".csv", "pdf": ".pdf"}


def write_export(comparison: Comparison, path: Path, fmt: str, *, title: str, only_differences: bool,
                 wording: bool = False) -> Path:
    """Write `comparison` as "md", "csv" (UTF-8 with a BOM, so spreadsheets read it right) or "pdf"."""
    if fmt == "pdf":
        return write_pdf(comparison, path, title=title, only_differences=only_differences, wording=wording)
    if fmt not in EXPORT_SUFFIXES:
        raise ValueError(f"unknown export format {fmt!r}")
    encoding = CSV_ENCODING if fmt == "csv" else "utf-8"
    text = render(comparison, fmt, only_differences=only_differences, wording=wording, title=title, words=export_words())
    path.write_text(text, encoding=encoding, newline="")
    return path


def write_pdf(comparison: Comparison, path: Path | str, *, title: str, only_differences: bool, wording: bool = False) -> Path:
    """Write the brief to `path` (A4; landscape from four models on) and return the path."""
    path = Path(path)
    wide = len(comparison.models) > 3
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Partnership Atlas")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    brief_document(comparison, title=title, only_differences=only_differences, wording=wording).print_(writer)
    return path


def brief_document(comparison: Comparison, *, title: str, only_differences: bool, wording: bool = False) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(9 if len(comparison.models) > 4 else 10)
    document.setDefaultFont(font)
    document.setHtml(brief_html(comparison, title=title, only_differences=only_differences, wording=wording))
    return document


def used_sources(rows: list) -> tuple[dict[str, int], list[tuple[Citation, list[str]]]]:
    """The number of each cited source uid, and the sources cited in `rows`, each once, in order of
    first use, with every locator cited."""
    numbers, listed = source_numbers(rows)
    locators: list[list[str]] = [[] for _ in listed]
    for _, row in rows:
        for citation in row.citations:
            cited = locators[numbers[citation.source_uid] - 1]
            if citation.locator and citation.locator not in cited:
                cited.append(citation.locator)
    return numbers, list(zip(listed, locators))


def brief_html(comparison: Comparison, *, title: str, only_differences: bool, wording: bool = False,
               date: QDate | None = None) -> str:
    """The brief as HTML for QTextDocument; every piece of text is escaped."""
    date_text = QLocale().toString(date or QDate.currentDate(), QLocale.FormatType.LongFormat)
    rows = comparison.rows(only_differences=only_differences, wording=wording)
    noted = folded_notes(comparison, only_differences)
    numbers, sources = used_sources(rows + noted)
    titles = [escape(model.title) for model in comparison.models]
    span = len(titles) + 2
    model_width = max(10, (100 - 4 - 18) // max(1, len(titles)))
    compared, attribute, as_of, for_all = tr("Models compared:"), tr("Attribute"), tr("as of %1"), tr("For all models:")
    words = export_words()
    out = [
        "<html><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p style='color:#444'>{escape(date_text)} &nbsp;·&nbsp; {escape(compared)} "
        f"{'; '.join(titles)}</p>",
    ]
    if only_differences:
        shown = (tr('Only the attributes whose values or wording differ are shown.') if wording
                 else tr('Only the attributes whose values differ are shown.'))
        out.append(f"<p><i>{escape(shown)}</i></p>")
    out += [
        "<table width='100%' border='1' cellspacing='0' cellpadding='4' "
        "style='border-collapse: collapse; border-color: #9a9a9a;'>",
        "<thead><tr style='background-color:#d9d9d9'>"
        f"<th width='4%'>{MARKS[VALUES]}</th><th width='18%' align='left'>{escape(attribute)}</th>"
        + "".join(f"<th width='{model_width}%' align='left'>{t}</th>" for t in titles)
        + "</tr></thead>",
    ]
    current = None
    for group, row in rows:
        if group.label != current:
            current = group.label
            out.append(f"<tr style='background-color:#ececec'><td colspan='{span}'><b>{escape(group.label)}</b></td></tr>")
        background = BACKGROUNDS.get(row.difference or "")
        style = f" style='background-color:{background}'" if background else ""
        cells = []
        for cell in row.cells:
            marks = ", ".join(str(n) for n in sorted({numbers[c.source_uid] for c in cell.citations if c.source_uid in numbers}))
            shown = escape(worded(cell, words))
            text = shown if cell.documented else f"<i style='color:{UNKNOWN_COLOURS[cell.state]}'>{shown}</i>"
            shown_headline = words.headline(cell)
            headline = f"<b>{escape(shown_headline)}</b><br>" if shown_headline else ""
            dated = f" <span style='color:#555'>({escape(as_of.replace('%1', cell.as_of))})</span>" if cell.as_of else ""
            refs = f" <span style='color:#555'>[{marks}]</span>" if marks else ""
            cells.append(f"<td valign='top'>{headline}{text}{dated}{refs}</td>")
        out.append(f"<tr{style}><td align='center' valign='top'>{escape(mark(row))}</td>"
                   f"<td valign='top'><b>{escape(row.label)}</b></td>{''.join(cells)}</tr>")
        if row.note:
            out.append(f"<tr><td></td><td colspan='{span - 1}' style='color:#333'><i>{escape(note_text(row, numbers, for_all))}</i></td></tr>")
    if not rows:
        none = tr("No differences: no attribute has different values for these models.")
        out.append(f"<tr><td colspan='{span}'>{escape(none)}</td></tr>")
    out.append("</table>")
    folded = folded_line(comparison, only_differences, words)
    if folded:
        out.append(f"<p><i>{escape(folded)}</i></p>")
    out += [f"<p><b>{escape(row.label)}</b> — {escape(note_text(row, numbers, for_all))}</p>" for _, row in noted]
    present = {row.difference for _, row in rows}
    notes = [text for kind, text in ((VALUES, words.legend_values), (WORDING, words.legend_wording))
             if kind in present]
    if sources:
        notes.append(tr("Numbers in brackets refer to the sources below."))
    if notes:
        out.append(f"<p style='color:#444'>{escape(' '.join(notes))}</p>")
    if sources:
        out.append("<h2>" + escape(tr("Sources")) + "</h2><ol>")
        for citation, locators in sources:
            cited = " — <i>" + escape(tr("cited for:")) + f" {escape('; '.join(locators))}</i>" if locators else ""
            out.append(f"<li>{escape(citation.source_title)}{cited}</li>")
        out.append("</ol>")
    out.append("</body></html>")
    return "\n".join(out)
