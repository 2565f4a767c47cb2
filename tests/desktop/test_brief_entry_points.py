"""Add to Brief from every view's right-click menu, and briefs in the navigator: listed, opened, trashed, restored."""
from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL, QPoint, Qt

from db.user.notes import Target
from desktop.app.brief_entry_points import connect_entry_points
from desktop.comparison.comparison_menus import cell_menu, header_menu
from desktop.navigator.navigator_model import TARGET_ROLE
from desktop.navigator.navigator_panel import NavigatorPanel
from desktop.notes.notes_pane import NotesPane
from desktop.search.result_menu import result_menu
from tests.desktop.test_comparison import THREE, load, row_of
from tests.desktop.test_main_window import open_and_wait, type_search

PACK = "working-in-partnership"
DFID = f"{PACK}/dfid-ifrc"


def action(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if a.text()]


@pytest.fixture
def wired(window):
    """The window with its entry points wired: by the window itself once it calls `connect_entry_points`."""
    wired = window.reader.receivers(SIGNAL("addToBrief(QString,QString)"))
    if not wired:
        connect_entry_points(window)
    assert window.reader.receivers(SIGNAL("addToBrief(QString,QString)")) == max(wired, 1)
    return window


@pytest.fixture
def navigator(qtbot, runner):
    panel = NavigatorPanel(runner)
    qtbot.addWidget(panel)
    panel.resize(320, 600)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.reload()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    return panel


def rows(navigator, section: str) -> list[tuple[str, str]]:
    model = navigator.model
    parent = model.section_index(section)
    return [model.index(row, 0, parent).data(TARGET_ROLE) for row in range(model.rowCount(parent))]


# -- each view says (kind, ref) ----------------------------------------------------------------------
def test_the_reader_adds_the_entry_shown_from_its_menu(qtbot, window):
    reader = window.reader
    assert not reader.brief_action.isEnabled() and reader.brief_action.shortcut().isEmpty(), "Ctrl+B is the window's"
    open_and_wait(qtbot, window, DFID)
    menu = reader.browser.context_menu(QPoint(5, 5))
    assert "Copy" in " ".join(texts(menu)) and menu.actions()[-1] is reader.brief_action
    with qtbot.waitSignal(reader.addToBrief) as blocker:
        reader.brief_action.trigger()
    assert blocker.args == ["entry", DFID]


def test_a_search_result_is_added_as_an_entry_or_a_note(qtbot, window, store):
    note = store.create_note("Zebrafinch funding round", target=Target.entry(DFID))
    type_search(qtbot, window, "zebrafinch")
    panel = window.search_panel
    hits = [panel.model.hit(row) for row in range(panel.model.rowCount())]
    assert [hit.kind for hit in hits] == ["note"]
    with qtbot.waitSignal(panel.addToBrief) as blocker:
        action(result_menu(panel, panel.model.index(0, 0)), "Add to Brief").trigger()
    assert blocker.args == ["note", note.id]
    type_search(qtbot, window, "dfid ifrc")
    row = next(row for row in range(panel.model.rowCount()) if panel.model.hit(row).uid == DFID)
    menu = result_menu(panel, panel.model.index(row, 0))
    assert texts(menu) == ["Open", "Add to Brief"]
    with qtbot.waitSignal(panel.addToBrief) as blocker:
        action(menu, "Add to Brief").trigger()
    assert blocker.args == ["entry", DFID]
    assert result_menu(panel, panel.model.index(-1, 0)) is None


def test_the_notes_pane_adds_the_note_right_clicked(qtbot, runner, store):
    first = store.create_note("First", target=Target.entry(DFID))
    second = store.create_note("Second", target=Target.entry(DFID))
    with qtbot.waitSignal(runner.idle):
        pane = NotesPane(runner)
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=10_000)
    row = next(row for row in range(2) if pane.model.index(row, 0).data() == "Second")
    with qtbot.waitSignal(pane.addToBrief) as blocker:
        action(pane.context_menu(pane.model.index(row, 0)), "Add to Brief").trigger()
    assert blocker.args == ["note", second.id] and first.id != second.id
    assert pane.context_menu(pane.model.index(5, 0)) is None


def test_the_comparison_is_added_once_saved(qtbot, view):
    load(qtbot, view, THREE)
    index = view.model.index(row_of(view, "funding_scale"), 1)
    with qtbot.assertNotEmitted(view.addToBrief):
        action(cell_menu(view, index), "Add to Brief").trigger()
    assert view.message.text() == "Save the comparison first (Ctrl+S), then add it to a brief."
    with qtbot.waitSignal(view.saved):
        view.save_as("For the board")
    for menu in (cell_menu(view, index), header_menu(view, 0)):
        with qtbot.waitSignal(view.addToBrief) as blocker:
            action(menu, "Add to Brief").trigger()
        assert blocker.args == ["comparison", view.comparison_id()]


# -- the navigator -------------------------------------------------------------------------------------
def test_the_navigator_adds_entries_notes_and_saved_comparisons(qtbot, navigator, runner, store):
    note = store.create_note("A thought")
    saved = store.save_comparison("Donors", [DFID, f"{PACK}/dfid-icrc"])
    with qtbot.waitSignal(navigator.loaded, timeout=10_000):
        navigator.reload()
    for target in (("entry", DFID), ("note", note.id), ("comparison", saved.id)):
        menu = navigator.context_menu(navigator.model.find(target))
        with qtbot.waitSignal(navigator.addToBrief) as blocker:
            action(menu, "Add to Brief").trigger()
        assert tuple(blocker.args) == target


def test_briefs_are_listed_opened_renamed_trashed_and_restored(qtbot, qtmodeltester, navigator, runner, store):
    model = navigator.model
    assert model.section_index("briefs").data() == "Briefs (0)"
    assert model.section_index("briefs").row() == model.section_index("trash").row() - 1
    with qtbot.waitSignal(runner.changed):
        runner.submit(lambda s: s.add_to_brief(s.create_brief("Board meeting", meeting="Donor round", day="2026-12-05").id,
                                               "entry", DFID)[0])
    qtbot.waitUntil(lambda: len(rows(navigator, "briefs")) == 1, timeout=10_000)
    brief = store.briefs()[0]
    index = model.find(("brief", brief.id))
    assert index.data() == "Board meeting (1)" and model.section_index("briefs").data() == "Briefs (1)"
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Donor round" in tooltip and "2026" in tooltip
    qtmodeltester.check(model)
    with qtbot.waitSignal(navigator.openRequested) as blocker:
        navigator.tree.activated.emit(index)
    assert blocker.args == ["brief", brief.id]
    menu = navigator.context_menu(index)
    assert texts(menu) == ["Open", "Rename…", "Duplicate", "Delete"]
    for text, wanted in (("Rename…", "rename"), ("Duplicate", "duplicate"), ("Delete", "delete")):
        with qtbot.waitSignal(navigator.briefRequested) as blocker:
            action(menu, text).trigger()
        assert blocker.args == [wanted, brief.id]

    with qtbot.waitSignal(runner.changed):
        runner.submit(lambda s: s.delete_brief(brief.id))
    qtbot.waitUntil(lambda: ("brief-trash", brief.id) in rows(navigator, "trash"), timeout=10_000)
    assert rows(navigator, "briefs") == []
    trashed = model.find(("brief-trash", brief.id))
    assert trashed.data() == "Brief: Board meeting"
    qtmodeltester.check(model)
    menu = navigator.context_menu(trashed)
    assert texts(menu) == ["Restore", "Delete Forever…"]
    for text, wanted in (("Restore", "restore"), ("Delete Forever…", "purge")):
        with qtbot.waitSignal(navigator.briefRequested) as blocker:
            action(menu, text).trigger()
        assert blocker.args == [wanted, brief.id]
    with qtbot.waitSignal(navigator.openRequested) as blocker:
        navigator.tree.activated.emit(trashed)
    assert blocker.args == ["brief-trash", brief.id]


def test_a_replaced_notes_file_lists_its_briefs_at_once(qtbot, navigator, runner, store):
    from db.store.changes import Changes

    store.create_brief("From the backup")
    with qtbot.waitSignal(navigator.loaded, timeout=10_000):
        runner.changed.emit(Changes(user_store_replaced=True))
    assert [t[0] for t in rows(navigator, "briefs")] == ["brief"]


# -- wired to the window's brief desk -------------------------------------------------------------------
def test_every_entry_point_reaches_the_brief_desk(qtbot, wired, store):
    window = wired
    open_and_wait(qtbot, window, DFID)
    with qtbot.waitSignal(window.runner.changed, timeout=10_000):
        window.reader.brief_action.trigger()
    brief = store.brief(store.briefs()[0].id)
    assert [(item.kind, item.ref) for item in brief.items] == [("entry", DFID)]

    window.show_comparison()
    view = window.comparison
    load(qtbot, view, THREE)
    with qtbot.waitSignal(view.saved):
        view.save_as("For the board")
    with qtbot.waitSignal(window.runner.changed, timeout=10_000):
        action(header_menu(view, 0), "Add to Brief").trigger()
    brief = store.brief(brief.id)
    assert [item.kind for item in brief.items] == ["entry", "comparison"]

    with qtbot.waitSignal(window.briefs.opened, timeout=10_000):
        window.navigator.openRequested.emit("brief", brief.id)
    assert window.tabs.currentWidget() is window.briefs.page
    window.navigator.openRequested.emit("brief-trash", brief.id)
    assert "in the Trash" in window.statusBar().currentMessage()
