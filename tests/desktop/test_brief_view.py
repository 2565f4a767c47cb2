"""The Brief tab: a brief's items reordered, removed and commented on in a real view over a real store; its PDF,
OpenDocument and Markdown read back; printing through a real QPrinter; the view built only when first used."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextCursor

from db import Store
from db.user.notes import Target
from desktop.briefs.brief_files import paper_for, write_odt, write_pdf
from desktop.briefs.brief_items_model import BriefItemsModel
from desktop.briefs.brief_view import BriefView
from desktop.briefs.brief_words import brief_words

MODELS = ["dfid-ifrc", "dfid-icrc", "auxiliary-role", "icrc-donor-support-group", "tripartite-pilot-project",
          "movement-component-partnerships"]


def every_kind(store: Store):
    """A brief with two entries, a saved comparison of two models, a note and a highlighted passage."""
    brief = store.create_brief("Meeting with DFID", meeting="Humanitarian desk", day="2026-12-10",
                               introduction="We want **multi-year** funding.")
    store.save_comparison("Donor models", MODELS[:2])
    note = store.create_note("Ask about the mid-term review", target=Target.entry("dfid-ifrc"))
    quote = store.passage_quote("auxiliary-role", "auxiliary to the humanitarian services")
    passage = store.create_note("Our strongest argument", target=Target.passage("working-in-partnership/auxiliary-role",
                                                                                 quote.exact, quote.prefix, quote.suffix))
    for kind, ref in (("entry", "dfid-ifrc"), ("entry", "partnership-as-gateway"), ("comparison", "Donor models"),
                      ("note", note.id), ("note", passage.id)):
        brief, _ = store.add_to_brief(brief.id, kind, ref)
    return brief


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, its words separated by single spaces (Qt places words apart rather than spacing them)."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


@pytest.fixture
def brief_view(qtbot, runner):
    widget = BriefView(runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def open_in(qtbot, view: BriefView, brief_id: str) -> None:
    with qtbot.waitSignal(view.briefShown, timeout=10_000):
        view.open_brief(brief_id)


def saved_once(qtbot, view: BriefView, store: Store, brief_id: str, check) -> None:
    """Wait until the store holds what `check` wants, and the view has shown it."""
    qtbot.waitUntil(lambda: check(store.brief(brief_id)), timeout=10_000)
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)


def test_the_items_model_passes_qtmodeltester(qapp, qtmodeltester, store):
    model = BriefItemsModel()
    model.set_items(store.brief(every_kind(store).id).items)
    qtmodeltester.check(model)
    model.move(0, 3)
    qtmodeltester.check(model)


def test_the_view_shows_the_brief_as_it_will_read(qtbot, brief_view, store):
    brief = every_kind(store)
    open_in(qtbot, brief_view, brief.id)
    shown = [brief_view.model.index(row).data() for row in range(brief_view.model.rowCount())]
    assert shown == ["1. DFID–Federation partnership", "2. A partnership should open doors, not close them", "3. Donor models",
                     "4. Ask about the mid-term review", "5. Our strongest argument"]
    assert brief_view.title_edit.text() == "Meeting with DFID" and brief_view.meeting_edit.text() == "Humanitarian desk"
    text = brief_view.preview.toPlainText()
    assert (text.index("Contents") < text.index("1. DFID–Federation partnership\nPartnership model")
            < text.index("5. Our strongest argument\nHighlighted passage"))
    assert "“auxiliary to the humanitarian services”" in text and "multi-year" in text


def test_keys_and_drops_reorder_and_the_order_is_saved(qtbot, brief_view, store):
    brief = every_kind(store)
    ids = [item.id for item in brief.items]
    open_in(qtbot, brief_view, brief.id)
    brief_view.items_view.setFocus()
    brief_view.items_view.setCurrentIndex(brief_view.model.index(0))
    qtbot.keyClick(brief_view.items_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    saved_once(qtbot, brief_view, store, brief.id, lambda b: [i.id for i in b.items][:2] == [ids[1], ids[0]])
    assert brief_view.items_view.currentIndex().row() == 1
    data = brief_view.model.mimeData([brief_view.model.index(4)])
    brief_view.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())  # the passage, dragged to the top
    saved_once(qtbot, brief_view, store, brief.id, lambda b: [i.id for i in b.items] == [ids[4], ids[1], ids[0], ids[2], ids[3]])


def test_remove_and_comment_are_saved(qtbot, brief_view, store):
    brief = every_kind(store)
    open_in(qtbot, brief_view, brief.id)
    brief_view.items_view.setFocus()
    brief_view.items_view.setCurrentIndex(brief_view.model.index(1))
    qtbot.keyClick(brief_view.items_view, Qt.Key.Key_Delete)
    saved_once(qtbot, brief_view, store, brief.id, lambda b: len(b.items) == 4)
    qtbot.waitUntil(lambda: brief_view.model.rowCount() == 4)
    brief_view.items_view.setCurrentIndex(brief_view.model.index(0))
    brief_view.comment_edit.setFocus()
    qtbot.keyClicks(brief_view.comment_edit, "Open with this")
    qtbot.keyClick(brief_view.comment_edit, Qt.Key.Key_Return)
    saved_once(qtbot, brief_view, store, brief.id, lambda b: b.items[0].comment == "Open with this")
    qtbot.waitUntil(lambda: "Comment: Open with this" in brief_view.preview.toPlainText())


def test_typing_an_introduction_saves_one_revision_per_sitting(qtbot, brief_view, store):
    brief = every_kind(store)
    before = len(store.brief_revisions(brief.id))
    open_in(qtbot, brief_view, brief.id)
    brief_view.intro_edit.setFocus()
    brief_view.intro_edit.moveCursor(QTextCursor.MoveOperation.End)
    for words in (" First", " second", " third"):
        qtbot.keyClicks(brief_view.intro_edit, words)
        brief_view._intro_timer.timeout.emit()  # the typing pause, without waiting for it
        saved_once(qtbot, brief_view, store, brief.id, lambda b, w=words: b.introduction.endswith(w))
    assert store.brief(brief.id).introduction.endswith("First second third")
    assert len(store.brief_revisions(brief.id)) == before + 1


def test_the_pdf_has_contents_with_pages_every_item_sources_and_page_numbers(qapp, store, tmp_path):
    brief = every_kind(store)
    document = store.brief_document(brief.id, words=brief_words())
    pages = pdf_pages(tmp_path / "brief.pdf") if write_pdf(document, tmp_path / "brief.pdf", paper="a4") else []
    text = " ".join(pages)
    assert len(pages) >= 2 and all(page.endswith(f"Meeting with DFID — page {n} of {len(pages)}") for n, page in
                                    enumerate(pages, start=1))
    contents = re.search(r"Contents (.*?) 1\. DFID–Federation partnership Partnership model", text).group(1)
    listed = re.findall(r"(\d)\. (.+?) (\d+)(?= \d\. |$)", contents)
    assert [(n, title) for n, title, _ in listed] == [("1", "DFID–Federation partnership"), ("2", "A partnership should open "
                                                      "doors, not close them"), ("3", "Donor models"),
                                                      ("4", "Ask about the mid-term review"), ("5", "Our strongest argument")]
    for number, title, page in listed:  # each item's heading is on the page the contents gives
        assert f"{number}. {title}" in pages[int(page) - 1].split("Contents", 1)[-1]
    order = [text.index(f"{n}. {t} ", text.index("Partnership model")) for n, t, _ in listed[1:]]
    assert order == sorted(order)
    assert "AttributeDFID–FederationpartnershipDFID–ICRCpartnership" in text.replace(" ", "")  # a line may break after "–"
    # Each source by the pack's full citation, with the places cited; compared without spaces, as a line may break
    # after a hyphen ("four-" / "year") with one font and not another.
    sources = text.rsplit(" Sources ", 1)[1].replace(" ", "")
    assert sources.startswith('[1] "Working in partnership", workshop summary, 27th International Conference'.replace(" ", ""))
    assert "[2] International Federation of Red Cross and Red Crescent Societies, press release on the four-year".replace(
        " ", "") in sources
    assert pypdf.PdfReader(tmp_path / "brief.pdf").pages[0].mediabox.height == pytest.approx(842, abs=1)  # A4


def test_a_wide_comparison_breaks_across_pages_with_its_header_repeated(qapp, store, tmp_path):
    brief = store.create_brief("Six models")
    store.save_comparison("All six", MODELS)
    store.add_to_brief(brief.id, "comparison", "All six")
    document = store.brief_document(brief.id)
    pages = pdf_pages(tmp_path / "six.pdf") if write_pdf(document, tmp_path / "six.pdf", paper="letter") else []
    header = "Attribute DFID–Federation partnership DFID–ICRC partnership Auxiliary role"
    labels = [row.label for row in document.sections[0].table.rows]
    # The pages holding rows of the table, their list of references (which names attributes as places cited) left out.
    with_table = [page for page in (page.split(" Sources [1] ")[0] for page in pages) if any(label in page for label in labels)]
    # A line break inside a header cell reads back as a space: compare without spaces.
    assert len(with_table) >= 2 and all(header.replace(" ", "") in page.replace(" ", "") for page in with_table)
    box = pypdf.PdfReader(tmp_path / "six.pdf").pages[0].mediabox
    assert (box.width, box.height) == (pytest.approx(612, abs=1), pytest.approx(792, abs=1))  # Letter


def test_paper_follows_the_locale():
    assert paper_for(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "letter"
    assert paper_for(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "letter"
    assert paper_for(QLocale(QLocale.Language.French, QLocale.Country.France)) == "a4"
    assert paper_for(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)) == "a4"


def test_the_odt_holds_every_item_in_order_and_the_table(qapp, store, tmp_path):
    brief = every_kind(store)
    write_odt(store.brief_document(brief.id, words=brief_words()), tmp_path / "brief.odt")
    with zipfile.ZipFile(tmp_path / "brief.odt") as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        xml = odt.read("content.xml").decode("utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", xml).split())
    headings = [text.index(f"{n}. {t}", text.index("Partnership model") - 40) for n, t in (
        (1, "DFID–Federation partnership"), (2, "A partnership should open doors"), (3, "Donor models"),
        (4, "Ask about the mid-term review"), (5, "Our strongest argument"))]
    assert headings == sorted(headings)
    assert xml.count("<table:table ") == 1 and xml.count("<table:table-row") > 10
    outline = re.findall(r'<text:h text:style-name="[^"]+" text:outline-level="(\d)">(?:<[^>]+>)*([^<]*)', xml)
    assert outline == [("1", "Meeting with DFID"), ("2", "Introduction"), ("2", "Contents"), ("2", "1. DFID–Federation partnership"),
                       ("2", "2. A partnership should open doors, not close them"), ("2", "3. Donor models"),
                       ("2", "4. Ask about the mid-term review"), ("2", "5. Our strongest argument"), ("2", "Sources")]
    assert "Funding modality" in text and '[1] "Working in partnership", workshop summary' in text


def test_a_file_that_cannot_be_written_leaves_what_was_there(qapp, store, tmp_path):
    from db.errors import AtlasError

    brief = every_kind(store)
    out = tmp_path / "out"
    taken = out / "brief.pdf"  # a folder by that name: the finished file cannot take its place
    taken.mkdir(parents=True)
    (taken / "kept.txt").write_text("an earlier file")
    with pytest.raises(AtlasError, match="brief.pdf: could not be written"):
        write_pdf(store.brief_document(brief.id), taken)
    assert (taken / "kept.txt").read_text() == "an earlier file" and [p.name for p in out.iterdir()] == ["brief.pdf"]


def test_printing_draws_the_same_pages_on_the_printer(qtbot, brief_view, store, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    brief = every_kind(store)
    open_in(qtbot, brief_view, brief.id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the system edge: a file, not a real printer
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(brief_view.exports.message) as said:
        pages = brief_view.exports.print_to(brief_view.document, printer)
    assert said.args == [f"Sent {pages} pages to the printer."] or said.args[0].startswith("Sent")
    assert len(pdf_pages(tmp_path / "printed.pdf")) == pages >= 2


def test_export_from_the_view_writes_each_format(qtbot, brief_view, store, tmp_path):
    brief = every_kind(store)
    open_in(qtbot, brief_view, brief.id)
    for fmt in ("pdf", "odt", "md"):
        assert brief_view.exports.export_to(brief_view.document, tmp_path / f"brief.{fmt}", fmt) == tmp_path / f"brief.{fmt}"
    assert (tmp_path / "brief.md").read_text(encoding="utf-8").startswith("# Meeting with DFID\n")
    assert pdf_pages(tmp_path / "brief.pdf")[0].startswith("Meeting with DFID")


def test_the_window_builds_the_brief_view_only_when_it_is_first_shown(qtbot, window, store):
    assert window.briefs._view is None, "the window starts without the Brief view"
    brief = every_kind(store)
    window.briefs.open(brief.id)
    qtbot.waitUntil(lambda: window.briefs.view.brief is not None, timeout=10_000)
    assert window.tabs.currentWidget() is window.briefs.page


def test_add_to_brief_makes_a_brief_when_there_is_none_then_adds_to_it(qtbot, window, store):
    window.open_entry("working-in-partnership/dfid-ifrc")
    qtbot.waitUntil(lambda: window.reader.uid == "working-in-partnership/dfid-ifrc", timeout=10_000)
    with qtbot.waitSignal(window.briefs.message, timeout=10_000) as said:
        window.briefs.add_action.trigger()
    assert said.args[0].startswith("Added “DFID–Federation partnership” to the brief “Brief of ")
    [brief] = store.briefs()
    with qtbot.waitSignal(window.briefs.message, timeout=10_000) as said:
        window.briefs.add_action.trigger()
    assert said.args[0].startswith("Already in the brief")
    with qtbot.waitSignal(window.briefs.message, timeout=10_000):
        window.briefs.add("entry", "partnership-as-gateway")
    assert [item.title for item in store.brief(brief.id).items] == ["DFID–Federation partnership",
                                                                   "A partnership should open doors, not close them"]


def test_delete_goes_to_the_trash_and_undo_brings_it_back(qtbot, window, store):
    brief = every_kind(store)
    window.briefs.open(brief.id)
    qtbot.waitUntil(lambda: window.briefs.view.brief is not None, timeout=10_000)
    with qtbot.waitSignal(window.briefs.message, timeout=10_000):
        window.briefs.delete(brief.id)
    assert store.briefs() == [] and window.briefs.view.brief_id is None and window.briefs.undo_delete_action.isEnabled()
    window.briefs.undo_delete_action.trigger()
    qtbot.waitUntil(lambda: window.briefs.view.brief is not None and window.briefs.view.brief_id == brief.id, timeout=10_000)
    assert [b.id for b in store.briefs()] == [brief.id] and not window.briefs.undo_delete_action.isEnabled()


def test_exports_follow_the_window_language(qapp, store, tmp_path):
    from tests.desktop.conftest import speaking

    brief = every_kind(store)
    with speaking(qapp, "fr"):
        document = store.brief_document(brief.id, words=brief_words(), language="fr")
        write_pdf(document, tmp_path / "dossier.pdf", paper="a4")
    pages = pdf_pages(tmp_path / "dossier.pdf")
    text = " ".join(pages)
    assert "Sommaire" in text and "Comparaison enregistrée" in text and "Modèle de partenariat · du module" in text
    assert pages[0].endswith(f"Meeting with DFID — page 1 sur {len(pages)}")
    assert "10 décembre 2026" in text  # the date as French writes it


def test_the_history_lists_every_revision_and_restores_one(qtbot, translated, brief_view, store):
    brief = every_kind(store)
    first_item = brief.items[0]
    store.remove_from_brief(brief.id, first_item.id)
    open_in(qtbot, brief_view, brief.id)
    dialog = brief_view.show_history()  # a child of the view, deleted when it closes
    qtbot.waitUntil(lambda: dialog.list.count() > 0, timeout=10_000)
    count = len(store.brief_revisions(brief.id))
    assert dialog.list.count() == count and dialog.list.item(0).text().endswith("(4 items)")
    assert not dialog.restore_button.isEnabled(), "the current version is the brief already"
    dialog.list.setCurrentRow(1)
    assert "1. DFID–Federation partnership" in dialog.text.toPlainText()
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        dialog.restore_button.click()
    assert [item.ref for item in store.brief(brief.id).items][0] == first_item.ref
    assert len(store.brief_revisions(brief.id)) == count + 1
    qtbot.waitUntil(lambda: brief_view.model.rowCount() == 5, timeout=10_000)


def test_headings_never_sit_at_a_page_foot_and_a_long_title_keeps_its_page_number(qapp, store, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from desktop.briefs.brief_files import LOW_ON_PAGE, paginate, set_paper

    brief = store.create_brief("A very long title for a brief " * 6)
    for ref in MODELS + ["partnership-as-gateway", "no-single-model"]:
        store.add_to_brief(brief.id, "entry", ref)
    document = store.brief_document(brief.id)
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    set_paper(writer, "a4")
    qdoc, height = paginate(document, writer)
    tops = [qdoc.documentLayout().blockBoundingRect(block).top() for block in _blocks(qdoc)
            if block.blockFormat().headingLevel() == 2 and re.match(r"\d+\. ", block.text())]
    assert len(tops) == 8 and all(top % height <= height * LOW_ON_PAGE for top in tops)
    pages = pdf_pages(tmp_path / "long.pdf") if write_pdf(document, tmp_path / "long.pdf", paper="a4") else []
    assert all(re.search(rf"… — page {n} of {len(pages)}$", page) for n, page in enumerate(pages, start=1))


def _blocks(qdoc):
    block = qdoc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_a_removed_item_comes_back_with_undo_and_the_next_one_is_chosen(qtbot, brief_view, store):
    brief = every_kind(store)
    ids = [item.id for item in brief.items]
    open_in(qtbot, brief_view, brief.id)
    brief_view.items_view.setFocus()
    brief_view.items_view.setCurrentIndex(brief_view.model.index(1))
    qtbot.keyClick(brief_view.items_view, Qt.Key.Key_Delete)
    saved_once(qtbot, brief_view, store, brief.id, lambda b: len(b.items) == 4)
    qtbot.waitUntil(lambda: brief_view.model.rowCount() == 4 and brief_view.items_view.currentIndex().row() == 1)
    assert brief_view.model.item_at(1).id == ids[2], "the item after the removed one is chosen"
    qtbot.keyClick(brief_view.items_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    saved_once(qtbot, brief_view, store, brief.id, lambda b: [i.id for i in b.items] == ids)
    assert store.brief(brief.id).items[1].title == brief.items[1].title


def test_choosing_an_item_shows_it_in_the_brief_as_it_will_read(qtbot, brief_view, store):
    brief = every_kind(store)
    open_in(qtbot, brief_view, brief.id)
    brief_view.preview.verticalScrollBar().setValue(0)
    brief_view.items_view.setCurrentIndex(brief_view.model.index(2))
    assert brief_view.preview.verticalScrollBar().value() > 0
    from PySide6.QtCore import QPoint

    preview = brief_view.preview
    block = [b for b in _blocks(preview.document()) if b.text() == "3. Donor models"][-1]  # the heading, not the contents
    rect = preview.document().documentLayout().blockBoundingRect(block)
    middle = int(rect.top() + rect.height() * 0.75) - preview.verticalScrollBar().value()
    assert 0 <= middle < 60, "the heading is at the top of the preview"
    assert preview.cursorForPosition(QPoint(40, middle)).block().text() == "3. Donor models"


def test_the_brief_menu_renames_duplicates_and_deletes_the_open_brief(qtbot, window, store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    brief = every_kind(store)
    window.briefs.open(brief.id)
    qtbot.waitUntil(lambda: window.briefs.view.brief is not None, timeout=10_000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Meeting with the FCDO", True))  # the user's answer
    window.briefs.rename_action.trigger()
    qtbot.waitUntil(lambda: store.brief(brief.id).title == "Meeting with the FCDO", timeout=10_000)
    window.briefs.duplicate_action.trigger()
    qtbot.waitUntil(lambda: window.briefs.view.brief_id not in (None, brief.id) and window.briefs.view.brief is not None
                    and window.briefs.view.brief.id != brief.id, timeout=10_000)
    copy = window.briefs.view.brief_id  # the copy is opened
    assert store.brief(copy).title == "Meeting with the FCDO (copy)" and len(store.brief(copy).items) == 5
    with qtbot.waitSignal(window.briefs.message, timeout=10_000):
        window.briefs.delete_action.trigger()
    assert [b.id for b in store.briefs()] == [brief.id] and [b.id for b in store.briefs(trashed=True)] == [copy]
