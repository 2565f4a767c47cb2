"""The first window: the bundled models listed, the selected one shown."""
from __future__ import annotations

from desktop.app import MainWindow
from desktop.models_list import UID_ROLE, EntryListModel


def test_window_lists_the_six_models_and_shows_the_selected_one(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [window.model.index(row, 0).data() for row in range(window.model.rowCount())]
    assert len(titles) == 6 and "ICRC Donor Support Group" in titles
    row = titles.index("ICRC Donor Support Group")
    window.list.setCurrentIndex(window.model.index(row, 0))
    assert "ICRC Donor Support Group" in window.reader.toPlainText()
    assert "CHF 10 million" in window.reader.toPlainText()


def test_entry_list_model_passes_qtmodeltester(qtmodeltester, store):
    model = EntryListModel(store.entries(kind="lesson"))
    qtmodeltester.check(model)
    assert model.index(0, 0).data(UID_ROLE).startswith("working-in-partnership/")
    model.set_entries(store.entries(kind="theme"))
    qtmodeltester.check(model)
