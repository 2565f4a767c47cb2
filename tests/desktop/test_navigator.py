"""The navigator fetches entries a page at a time: counts first, rows when a section is opened or scrolled."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.navigator.navigator_model import ENTRY_KINDS, TARGET_ROLE, NavigatorModel
from desktop.navigator.navigator_panel import NavigatorPanel

PAGE = 4  # the bundled pack: 4 questions (one page), 6 models and 19 lessons (several)


@pytest.fixture
def navigator(qtbot, runner):
    panel = NavigatorPanel(runner, page=PAGE)
    qtbot.addWidget(panel)
    panel.resize(320, 260)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.reload()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    return panel


def loaded_uids(navigator, kind):
    model = navigator.model
    section = model.section_index(kind)
    return [model.index(row, 0, section).data(TARGET_ROLE)[1] for row in range(model.rowCount(section))]


def test_sections_show_every_count_but_hold_only_the_rows_asked_for(navigator, store):
    model = navigator.model
    counts = store.counts()
    for kind in ENTRY_KINDS:
        assert model.section_index(kind).data().endswith(f"({counts[kind]})")
    lessons = model.section_index("lesson")
    assert model.rowCount(lessons) == 0 and model.hasChildren(lessons), "closed and larger than a page: nothing fetched yet"
    assert loaded_uids(navigator, "question") == [e.uid for e in store.entries(kind="question")], "a page or less comes whole"
    assert loaded_uids(navigator, "model") == [e.uid for e in store.entries(kind="model")], "open at start: fetched while on screen"


def test_opening_a_section_fetches_pages_as_they_come_on_screen(qtbot, navigator, runner, store):
    model, tree = navigator.model, navigator.tree
    lessons = model.section_index("lesson")
    tree.collapse(model.section_index("model"))
    tree.expand(lessons)
    qtbot.waitUntil(lambda: model.rowCount(lessons) >= PAGE and not runner.busy, timeout=10_000)
    shown = model.rowCount(lessons)
    assert shown < 19, "only the rows that reach the screen are fetched"
    assert tree.visualRect(model.index(shown - 1, 0, lessons)).top() > tree.viewport().rect().bottom()
    for _ in range(19):  # each pass fetches a page at least
        if model.rowCount(lessons) == 19:
            break
        tree.scrollToBottom()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert loaded_uids(navigator, "lesson") == [e.uid for e in store.entries(kind="lesson")], "pages in order, none twice"


def test_following_an_entry_not_fetched_yet_fetches_up_to_it_and_selects_it(qtbot, navigator, store):
    last = store.entries(kind="lesson")[-1].uid
    assert not navigator.select_target(("entry", last))
    qtbot.waitUntil(lambda: navigator.tree.currentIndex().data(TARGET_ROLE) == ("entry", last), timeout=10_000)
    assert loaded_uids(navigator, "lesson") == [e.uid for e in store.entries(kind="lesson")]
    assert navigator.tree.isExpanded(navigator.model.section_index("lesson"))


def test_a_filter_narrows_counts_and_rows(qtbot, navigator, runner, store):
    combo = navigator.combos["theme"]
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=10_000)
    with qtbot.waitSignal(navigator.loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData("independence"))
    wanted = store.counts(filters={"theme": ["independence"]})
    assert 0 < wanted["lesson"] < store.counts()["lesson"]
    model = navigator.model
    lessons = model.section_index("lesson")
    assert lessons.data().endswith(f"({wanted['lesson']})")
    navigator.tree.expand(lessons)
    qtbot.waitUntil(lambda: model.rowCount(lessons) == wanted["lesson"] and not runner.busy, timeout=10_000)
    in_theme = {hit.uid for hit in store.search("", filters={"theme": ["independence"]}, limit=1000, facets=False).hits}
    assert set(loaded_uids(navigator, "lesson")) <= in_theme


def test_filling_the_filters_again_keeps_the_choice_and_lists_each_value_once(qtbot, navigator, runner):
    combo = navigator.combos["theme"]
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=10_000)
    values = [combo.itemData(i) for i in range(combo.count())]
    with qtbot.waitSignal(navigator.loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData("independence"))
    with qtbot.waitSignal(navigator.loaded, timeout=10_000):
        navigator.reload(entries=True)  # as after a pack was imported
    assert [combo.itemData(i) for i in range(combo.count())] == values
    assert navigator.filters() == {"theme": ["independence"]}


def test_a_reload_after_a_note_keeps_the_rows_fetched(qtbot, navigator, runner, store):
    model = navigator.model
    lessons = model.section_index("lesson")
    navigator.tree.expand(lessons)
    qtbot.waitUntil(lambda: model.rowCount(lessons) >= PAGE and not runner.busy, timeout=10_000)
    before, generation = loaded_uids(navigator, "lesson"), model.generation
    store.create_note("A thought")
    with qtbot.waitSignal(navigator.loaded, timeout=10_000):
        navigator.reload()
    assert loaded_uids(navigator, "lesson") == before and model.generation == generation
    assert model.rowCount(model.section_index("notes")) == 1


def test_a_page_asked_for_before_the_filters_changed_is_dropped(navigator, store):
    model = navigator.model
    stale = model.generation - 1
    model.add_page("lesson", 0, stale, store.entries_page("lesson", limit=PAGE))
    assert model.rowCount(model.section_index("lesson")) == 0


def test_ticks_follow_the_comparison_even_for_models_not_listed(navigator, store):
    models = [e.uid for e in store.entries(kind="model")]
    navigator.set_checked_models([models[1], "elsewhere/not-listed"])
    model = navigator.model
    section = model.section_index("model")
    states = [model.index(row, 0, section).data(Qt.ItemDataRole.CheckStateRole) for row in range(model.rowCount(section))]
    assert states == [Qt.CheckState.Checked if uid == models[1] else Qt.CheckState.Unchecked for uid in models]
    assert model.checked_models() == [models[1], "elsewhere/not-listed"]


def test_the_model_passes_the_model_tester_while_pages_arrive(qtmodeltester, qtbot, navigator, runner):
    qtmodeltester.check(navigator.model)
    navigator.tree.expand(navigator.model.section_index("lesson"))
    navigator.tree.scrollToBottom()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    qtmodeltester.check(navigator.model)
    qtmodeltester.check(NavigatorModel())
