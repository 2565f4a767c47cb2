"""The comparison view over the bundled pack: grouping, ≠ rows, columns, sources, exports, saving, notes."""
from __future__ import annotations

import csv
import shutil
import subprocess

from PySide6.QtCore import Qt

from db.compare.render import MARKS
from db.compare.table import VALUES, WORDING
from desktop.comparison.cell_delegate import EXPANDED_ROLE, HEADLINE_ROLE, MAX_LINES
from desktop.comparison.comparison_menus import cell_menu, header_menu
from desktop.comparison.comparison_model import CELL_ROLE, UID_ROLE, ComparisonTableModel
from desktop.comparison.comparison_view import ComparisonView
from desktop.shared import message_line
from tests.packfactory import ENTRIES

THREE = ["dfid-ifrc", "dfid-icrc", "tripartite-pilot-project"]
README_THREE = ["dfid-ifrc", "icrc-donor-support-group", "auxiliary-role"]
"""The comparison the README shows."""
SIX = THREE + ["icrc-donor-support-group", "auxiliary-role", "movement-component-partnerships"]
PACK = "working-in-partnership"


def load(qtbot, view: ComparisonView, ids: list[str]) -> None:
    with qtbot.waitSignal(view.changed):
        view.set_models(ids)


def titles(view: ComparisonView) -> list[str]:
    return [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]


def row_of(view: ComparisonView, key: str) -> int:
    return next(r for r in range(view.model.rowCount()) if view.model.row_at(r) and view.model.row_at(r).key == key)


def attribute_rows(view: ComparisonView) -> list:
    return [view.model.row_at(r) for r in range(view.model.rowCount()) if not view.model.is_group_row(r)]


def test_three_models_rows_grouped_as_declared_and_differences_marked(qtbot, translated, view, store):
    load(qtbot, view, THREE)
    expected = store.compare(THREE)
    assert view.models() == [f"{PACK}/{i}" for i in THREE]
    assert titles(view) == [m.title for m in expected.models]
    model, seen = view.model, []
    for r in range(model.rowCount()):
        mark = model.headerData(r, Qt.Orientation.Vertical)
        if model.note_at(r) is not None:
            seen.append(("note", model.note_at(r).key))
            assert model.index(r, 0).data().endswith(f"or all models: {model.note_at(r).note}")
        elif model.is_group_row(r):
            seen.append(("group", model.index(r, 0).data()))
            assert model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags
            assert view.table.columnSpan(r, 0) == 3
        else:
            row = model.row_at(r)
            seen.append(("row", row.key))
            assert mark[0] == MARKS.get(row.difference, "\u2003")
            assert (model.index(r, 1).data(Qt.ItemDataRole.BackgroundRole) is not None) == (row.difference is not None)
    declared = [item for g in expected.groups if any(r.documented for r in g.rows)
                for item in [("group", g.label)] + [line for r in g.rows if r.documented
                                                    for line in [("row", r.key)] + ([("note", r.key)] if r.note else [])]]
    assert seen[:len(declared)] == declared
    # Then the line listing what no model documents.
    assert seen[len(declared)][1].startswith(f"{len(expected.undocumented())} attributes not documented for any of these models: ")
    assert seen[len(declared) + 1:] == [("note", r.key) for r in expected.undocumented() if r.note] == [
        ("note", "independence_safeguards")], "a folded row's note is said after the line"
    assert any(model.row_at(r).difference is None for r in range(model.rowCount()) if not model.is_group_row(r))


def test_the_readme_comparison_marks_five_rows_and_hides_wording_differences_unless_asked(qtbot, view, store):
    load(qtbot, view, README_THREE)
    marks = [view.model.headerData(r, Qt.Orientation.Vertical)[0] for r in range(view.model.rowCount())
             if not view.model.is_group_row(r)]
    assert marks.count(MARKS[VALUES]) == 5 and marks.count(MARKS[WORDING]) == 8
    assert "Ctrl+Shift+D" in view.only_differences_action.toolTip() and not view.wording_action.isEnabled()
    view.only_differences_action.trigger()
    assert [row.key for row in attribute_rows(view)] == [
        "relationship_type", "year_began", "funding_modality", "funding_scale", "time_horizon"]
    assert view.wording_action.isEnabled()
    view.wording_action.trigger()
    assert [row.key for row in attribute_rows(view)] == [
        row.key for _, row in store.compare(README_THREE).rows(only_differences=True, wording=True)]
    assert len(attribute_rows(view)) == 13
    view.only_differences_action.trigger()
    assert len(attribute_rows(view)) == len(store.compare(README_THREE).rows()) and not view.wording_action.isEnabled()


def test_typed_cells_show_their_short_value_in_bold_above_the_text(qtbot, view):
    load(qtbot, view, README_THREE)
    scale = view.model.index(row_of(view, "funding_scale"), 0)
    assert scale.data(HEADLINE_ROLE) == "GBP 28 million, 2011–2014"
    assert scale.data(Qt.ItemDataRole.AccessibleTextRole).startswith("GBP 28 million, 2011–2014: £28 million")
    year = view.model.index(row_of(view, "year_began"), 1)
    assert year.data(HEADLINE_ROLE) == "", "the text already begins with 1998"


def test_with_no_difference_in_value_the_message_points_to_wording(qtbot, view):
    load(qtbot, view, ["dfid-ifrc", "dfid-icrc"])
    view.only_differences_action.trigger()
    assert not attribute_rows(view) and "Include Wording" in view.message.text()
    view.wording_action.trigger()
    assert attribute_rows(view) and not view.message.isVisibleTo(view)


def test_rows_no_model_documents_fold_into_one_line(qtbot, translated, view, store):
    load(qtbot, view, ["dfid-icrc", "tripartite-pilot-project"])
    undocumented = store.compare(["dfid-icrc", "tripartite-pilot-project"]).undocumented()
    assert len(undocumented) >= 4
    keys = {row.key for row in attribute_rows(view)}
    assert keys and not keys & {row.key for row in undocumented}
    last = next(r for r in range(view.model.rowCount()) if "not documented for any" in str(view.model.index(r, 0).data()))
    text = view.model.index(last, 0).data()
    assert text == (f"{len(undocumented)} attributes not documented for any of these models: "
                    + ", ".join(row.label for row in undocumented))
    assert view.table.columnSpan(last, 0) == 2 and view.model.index(last, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert undocumented[0].label in view.model.index(last, 0).data(Qt.ItemDataRole.ToolTipRole)
    safeguards = next(row for row in undocumented if row.key == "independence_safeguards")
    note = view.model.index(last + 1, 0)
    assert note.data() == f"Independence safeguards, for all models: {safeguards.note}", "a folded row's note is still said"
    assert view.table.columnSpan(last + 1, 0) == 2 and "Code of Conduct" in note.data(Qt.ItemDataRole.ToolTipRole)
    view.only_differences_action.trigger()
    assert not any("not documented for any" in str(view.model.index(r, 0).data()) for r in range(view.model.rowCount()))


def test_long_cells_are_capped_and_expand_on_their_control_or_space(qtbot, view):
    load(qtbot, view, README_THREE)
    view.resize(700, 700)
    row = row_of(view, "eligibility")
    index = view.model.index(row, 1)
    view.table.resizeRowsToContents()
    capped = view.table.rowHeight(row)
    lines = capped // view.table.fontMetrics().lineSpacing()
    assert lines <= MAX_LINES + 2, "five lines of text and the control, with a little padding"
    option = view.table.viewOptions() if hasattr(view.table, "viewOptions") else None
    from PySide6.QtWidgets import QStyleOptionViewItem
    option = QStyleOptionViewItem()
    view.table.initViewItemOption(option)
    option.rect = view.table.visualRect(index)
    control = view.table.itemDelegate().control_rect(option, index)
    assert control is not None and option.rect.contains(control)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=control.center())
    assert index.data(EXPANDED_ROLE) and view.table.rowHeight(row) > capped
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert not index.data(EXPANDED_ROLE) and view.table.rowHeight(row) == capped


def test_the_saved_name_is_the_title_and_confirmations_pass(qtbot, view, monkeypatch):
    monkeypatch.setattr(message_line, "PASSING_MS", 50)
    load(qtbot, view, README_THREE)
    assert view.heading.text().startswith("Comparison: DFID–Federation partnership, ICRC Donor Support Group")
    with qtbot.waitSignal(view.saved):
        view.save_as("Donor meeting brief")
    assert view.heading.text() == "Donor meeting brief" and "Saved as" in view.message.text()
    with qtbot.waitSignal(view.message.timer.timeout):
        pass
    assert not view.message.isVisibleTo(view)
    view.add_model("dfid-ifrc")
    assert "already" in view.message.text() and not view.message.timer.isActive(), "a problem stays until the next action"


def test_moving_and_removing_columns_changes_the_model_order(qtbot, view):
    load(qtbot, view, THREE)
    header = view.table.horizontalHeader()
    with qtbot.waitSignal(view.changed):
        header.moveSection(0, 2)  # what a drag of the first header to the end does
    assert view.models() == [f"{PACK}/dfid-icrc", f"{PACK}/tripartite-pilot-project", f"{PACK}/dfid-ifrc"]
    assert [header.logicalIndex(v) for v in range(3)] == [0, 1, 2]
    assert titles(view)[2] == "DFID–Federation partnership"
    with qtbot.waitSignal(view.changed):
        view.remove_column(1)
    assert view.models() == [f"{PACK}/dfid-icrc", f"{PACK}/dfid-ifrc"]
    assert view.model.columnCount() == 2 and view.pages.currentIndex() == 1
    with qtbot.waitSignal(view.changed):
        header_menu(view, 0).actions()[1].trigger()  # "Remove from Comparison": one model left
    assert view.models() == [f"{PACK}/dfid-ifrc"] and view.pages.currentIndex() == 0
    assert "Add to Comparison" in view.empty.text() and not view.save_action.isEnabled()


def test_a_cell_shows_its_sources_as_tooltip_and_on_click(qtbot, view):
    load(qtbot, view, THREE)
    index = view.model.index(row_of(view, "parties"), 0)
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Workshop summary: Working in partnership (27th International Conference, 1999) — Models discussed" in tooltip
    assert "IFRC press release on DFID funding (4 November 2011) — Whole release" in tooltip
    assert index.data(CELL_ROLE).citations
    view.table.scrollTo(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())
    assert "IFRC press release on DFID funding (4 November 2011) — Whole release" in view.sources.text()
    assert "Parties" in view.sources.text() and "DFID–Federation partnership" in view.sources.text()
    undocumented = view.model.index(row_of(view, "parties"), 2)
    cell_menu(view, undocumented).actions()[0].trigger()  # "Show Source"
    assert "not documented" in view.sources.text()


def test_exports_follow_the_column_order_and_mark_differences(qtbot, translated, view, tmp_path):
    load(qtbot, view, THREE)
    with qtbot.waitSignal(view.changed):
        view.model.move_column(2, 0)
    order = titles(view)
    assert order[0] == "Tripartite Pilot Project" and view.models()[0] == f"{PACK}/tripartite-pilot-project"

    markdown = view.export_to(tmp_path / "brief.md", "md").read_text(encoding="utf-8")
    header_line = next(line for line in markdown.splitlines() if line.startswith("| | Attribute"))
    assert [t in header_line for t in order] == [True] * 3
    assert header_line.index(order[0]) < header_line.index(order[1]) < header_line.index(order[2])
    assert "| \\~ | Parties |" in markdown and "|  | Year it began |" in markdown
    assert "attributes not documented for any of these models" in markdown

    exported = view.export_to(tmp_path / "brief.csv", "csv")
    assert exported.read_bytes().startswith(b"\xef\xbb\xbf")  # for Excel, as every CSV the program writes
    with open(exported, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][5::3] == order
    differs = {row[1]: row[3] for row in table[1:]}
    assert differs["parties"] == "wording" and differs["year_began"] == ""

    view.only_differences_action.setChecked(True)
    view.wording_action.setChecked(True)
    pdf = view.export_to(tmp_path / "brief.pdf", "pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    if shutil.which("pdftotext"):  # the text check needs poppler; the PDF itself is checked above
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Tripartite Pilot Project" in text and "Sources" in text and "~" in text
        assert "Year it began" not in text  # only differences


def test_save_by_name_then_load_restores_the_column_order(qtbot, view, runner, store, monkeypatch):
    load(qtbot, view, THREE)
    view.model.move_column(0, 2)
    expected = view.model.model_uids()
    monkeypatch.setattr(view, "_ask_name", lambda current: "Donor meeting brief")
    with qtbot.waitSignal(view.saved) as blocker:
        view.save()
    saved = blocker.args[0]
    assert saved.name == "Donor meeting brief" and list(saved.models) == expected
    assert [c.name for c in store.saved_comparisons()] == ["Donor meeting brief"]
    assert view.comparison_id() == saved.id and view.title() == "Donor meeting brief"

    other = ComparisonView(runner)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.changed):
        other.load_saved(saved.id)
    assert other.models() == expected and other.comparison_id() == saved.id


def test_a_name_in_use_shows_the_store_message(qtbot, view, runner, store):
    store.save_comparison("Taken", ["dfid-ifrc", "auxiliary-role"])
    load(qtbot, view, THREE)
    with qtbot.waitSignal(runner.idle):
        view.save_as("taken")
    assert view.message.isVisibleTo(view) and "already exists" in view.message.text()
    assert len(store.saved_comparisons()) == 1


def test_loading_a_saved_comparison_with_a_vanished_model_keeps_the_rest(qtbot, view, store):
    saved = store.library.save_comparison("Old", [f"{PACK}/dfid-ifrc", f"{PACK}/gone", f"{PACK}/auxiliary-role"])
    with qtbot.waitSignal(view.changed):
        view.load_saved(saved.id)
    assert view.models() == [f"{PACK}/dfid-ifrc", f"{PACK}/auxiliary-role"]
    assert "no longer in the installed packs: 1" in view.message.text()


def test_cell_note_request_names_the_model_and_attribute(qtbot, view):
    load(qtbot, view, THREE)
    index = view.model.index(row_of(view, "funding_scale"), 1)
    menu = cell_menu(view, index)
    assert [a.text() for a in menu.actions()] == ["Show Source", "Add Note to This Cell…", "", "Sort Models by “Scale of funding”",
                                                  "", "Add to Brief"]
    with qtbot.waitSignal(view.cellNoteRequested) as blocker:
        menu.actions()[1].trigger()
    target = blocker.args[0]
    assert target.kind == "comparison" and target.ref == "unsaved"
    assert target.cell == {"model": f"{PACK}/dfid-icrc", "attribute": "funding_scale"}
    with qtbot.waitSignal(view.saved):
        view.save_as("With notes")
    with qtbot.waitSignal(view.cellNoteRequested) as blocker:
        view.request_cell_note(index)
    assert blocker.args[0].ref == view.comparison_id()


def test_column_header_menu_moves_and_opens_a_model(qtbot, view):
    load(qtbot, view, THREE)
    menu = header_menu(view, 1)
    assert [a.text() for a in menu.actions() if a.text()] == ["Open", "Remove from Comparison", "Move Left", "Move Right",
                                                              "Add to Brief"]
    with qtbot.waitSignal(view.changed):
        menu.actions()[3].trigger()  # "Move Left": DFID–ICRC becomes the first column
    assert view.models()[:2] == [f"{PACK}/dfid-icrc", f"{PACK}/dfid-ifrc"]
    menu = header_menu(view, 0)
    assert not menu.actions()[3].isEnabled() and menu.actions()[4].isEnabled()
    with qtbot.waitSignal(view.entryRequested) as blocker:
        menu.actions()[0].trigger()
    assert blocker.args == [f"{PACK}/dfid-icrc"]


def test_empty_state_then_adding_models_up_to_six(qtbot, view):
    load(qtbot, view, ["dfid-ifrc"])
    assert view.pages.currentIndex() == 0 and "chosen so far: 1" in view.empty.text()
    assert view.add_model("dfid-ifrc") is False and "already" in view.message.text()
    with qtbot.waitSignal(view.changed):
        assert view.add_model("dfid-icrc")
    assert view.pages.currentIndex() == 1 and view.model.columnCount() == 2
    load(qtbot, view, SIX)
    assert view.add_model("some-seventh") is False and "6" in view.message.text()
    assert view.model.headerData(0, Qt.Orientation.Horizontal, UID_ROLE) == f"{PACK}/dfid-ifrc"


def test_model_passes_qtmodeltester_with_six_models(qtmodeltester, store):
    model = ComparisonTableModel()
    model.set_comparison(store.compare(SIX))
    qtmodeltester.check(model)
    assert model.columnCount() == 6
    model.set_only_differences(True)
    assert model.move_column(5, 0) and model.remove_column(3)
    assert model.model_uids()[0] == f"{PACK}/movement-component-partnerships" and model.columnCount() == 5
    assert model.data(model.index(99, 0)) is None
    model.set_comparison(None)
    qtmodeltester.check(model)


def test_the_comparison_follows_a_pack_update_and_a_deleted_save(qtbot, translated, view, runner, packs):
    with qtbot.waitSignal(runner.changed):
        runner.submit(lambda store: store.import_pack(packs.write()))
    load(qtbot, view, ["test-pack/alpha", "test-pack/beta"])
    with qtbot.waitSignal(view.saved):
        view.save_as("Alpha and beta")
    fields, body = ENTRIES["models/beta.md"]
    newer = packs.write("newer", pack={"version": "1.1.0"}, entries={"models/beta.md": ({**fields, "title": "Beta, renamed"}, body)})
    with qtbot.waitSignal(view.changed, timeout=10_000):
        runner.submit(lambda store: store.import_pack(newer))
    assert titles(view) == ["Alpha partnership", "Beta, renamed"] and view.heading.text() == "Alpha and beta"

    saved_id = view.comparison_id()
    with qtbot.waitSignal(runner.idle):
        runner.submit(lambda store: store.delete_saved_comparison(saved_id))
    qtbot.waitUntil(lambda: view.comparison_id() is None)
    assert view.heading.text() == "Comparison: Alpha partnership, Beta, renamed"
    assert "“Alpha and beta” was deleted; the table stays here, unsaved." in view.message.text()
    assert titles(view) == ["Alpha partnership", "Beta, renamed"]

    with qtbot.waitSignal(view.changed, timeout=10_000):
        runner.submit(lambda store: store.remove_pack("test-pack"))
    assert view.pages.currentIndex() == 0 and "no longer in the installed packs: 2 models" in view.message.text()
