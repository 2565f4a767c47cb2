"""The window in English, French, Spanish and Arabic: catalogues complete and compiled, every text
looked up found in them, Arabic laid out right to left, and the language chosen in View > Language."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt, QTranslator, QUrl
from PySide6.QtWidgets import QMenu

from desktop.app.application import window_settings
from desktop.languages import language_menu as language_menu_module
from desktop.languages.catalogs import catalogue, messages, problems
from desktop.languages.choice import LANGUAGES, SETTING, chosen_language
from desktop.reader.find_bar import FindBar
from tests.desktop.conftest import speaking

TRANSLATED = [language for language in LANGUAGES if language != "en"]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_each_catalogue_has_every_text_of_the_code_translated(language):
    assert problems(language) == [], "run: python -m desktop.languages.catalogs, then translate what it lists"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_each_compiled_catalogue_matches_its_source(language, tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", str(catalogue(language)), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == catalogue(language).with_suffix(".qm").read_bytes(), "run: python -m desktop.languages.catalogs"


def test_plural_forms_read_naturally_in_english(qtbot, translated):
    bar = FindBar()
    qtbot.addWidget(bar)
    bar.field.setText("x")
    bar.set_matches(1)
    assert bar.status.text() == "1 match"
    bar.set_matches(3)
    assert bar.status.text() == "3 matches"


class Recorder(QTranslator):
    """Installed last, so asked first: notes every text the window looks up, and finds none itself."""

    def __init__(self, parent):
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return ""


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_window_speaks_the_language_and_looks_up_only_catalogued_texts(qapp, qtbot, store, language):
    with speaking(qapp, language):
        recorder = Recorder(qapp)
        qapp.installTranslator(recorder)
        from desktop.app.main_window import MainWindow

        window = MainWindow(store, window_settings(store.paths))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        window.open_entry("working-in-partnership/communication-is-key")
        qtbot.waitUntil(lambda: "communication" in window.reader.browser.toPlainText().lower())
        with qtbot.waitSignal(window.comparison.changed, timeout=10_000):
            window.comparison.set_models(["dfid-ifrc", "icrc-donor-support-group", "dfid-icrc"])
        window.show_comparison()
        titles = menu_titles(window)
        window.close()
        qapp.removeTranslator(recorder)
    catalogued = messages(catalogue(language))
    ours = {context for context, _ in catalogued}
    missing = sorted((context, source) for context, source in recorder.asked
                     if context in ours and (context, source) not in catalogued)
    assert missing == [], "texts looked up that pyside6-lupdate does not extract (a tr() of a variable?)"
    english = ["&File", "&Edit", "&View", "&Go", "E&ntry", "&Notes", "&Comparison", "&Brief", "&Help"]
    assert len(titles) == len(english) and not set(titles) & set(english), titles


def test_arabic_lays_the_window_out_right_to_left(qapp, qtbot, store):
    with speaking(qapp, "ar"):
        from desktop.app.main_window import MainWindow

        window = MainWindow(store, window_settings(store.paths))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        assert window.isRightToLeft() and window.reader.browser.isRightToLeft() and window.notes_pane.isRightToLeft()
        table = window.comparison.table
        assert table.isRightToLeft() and table.horizontalHeader().isRightToLeft(), "the comparison mirrors too"
        assert window.menuBar().actions()[0].text() != "&File"
        window.close()
    assert not qapp.isRightToLeft(), "the direction is put back with the language"


def test_the_language_menu_stores_the_choice_and_offers_to_restart(qapp, window, monkeypatch):
    asked = []
    monkeypatch.setattr(language_menu_module, "ask_restart", lambda _window, name: asked.append(name) or False)
    menu = window.findChild(QMenu, "language-menu")
    names = [action.text() for action in menu.actions()]
    assert names[1:] == list(LANGUAGES.values()) and names[0].startswith("System Language (")
    french = next(action for action in menu.actions() if action.data() == "fr")
    french.trigger()
    assert window.settings.value(SETTING) == "fr" and chosen_language(window.settings) == "fr"
    assert asked == (["Français"] if chosen_language(None) != "fr" else [])
    assert window.isVisible(), "declining the restart keeps the window open"


def open_window_in(qapp, qtbot, store, language):
    """The main window, opened while the application speaks `language`."""
    from desktop.app.main_window import MainWindow

    window = MainWindow(store, window_settings(store.paths))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    return window


def shown(qtbot, window, uid: str, **options) -> str:
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        window.reader.open_entry(uid, **options)
    return window.reader.browser.toPlainText()


def test_entries_show_in_the_windows_language_or_say_they_are_not_yet(qapp, qtbot, store):
    uid = "working-in-partnership/communication-is-key"
    french_title = store.entry(uid, language="fr").title
    with speaking(qapp, "fr"):
        window = open_window_in(qapp, qtbot, store, "fr")
        text = shown(qtbot, window, uid)
        assert text.startswith(french_title) and "Conseil pratique" in text and "Pas encore" not in text
        assert "Aussi en : English" in text
        navigator = window.navigator.model
        lessons = navigator.section_index("lesson")
        titles = [navigator.index(row, 0, lessons).data() for row in range(navigator.rowCount(lessons))]
        assert french_title in titles, "the navigator lists the entries in French"
        with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
            window.reader.browser.anchorClicked.emit(QUrl(f"atlas:entry/{uid}?language=en"))  # the "Also in" link
        assert window.reader.browser.toPlainText().startswith(store.entry(uid).title), "the other language, asked for"
        window.close()
    with speaking(qapp, "es"):
        window = open_window_in(qapp, qtbot, store, "es")
        text = shown(qtbot, window, uid)
        assert text.startswith(store.entry(uid).title), "no Spanish content yet: the English original"
        assert "Aún no disponible en Español: se muestra en English." in text and "Français" in text
        window.close()


def test_the_comparison_speaks_the_windows_language(qapp, qtbot, store):
    uids = ["working-in-partnership/dfid-ifrc", "working-in-partnership/icrc-donor-support-group"]
    french = store.compare(uids, "fr")
    assert french.models[0].title == store.entry(uids[0], language="fr").title
    labels = {row.key: row.label for group in french.groups for row in group.rows}
    assert labels["funding_scale"] != "Scale of funding" and french.groups[0].label != "Parties and origins"
    with speaking(qapp, "fr"):
        from desktop.comparison.comparison_view import ComparisonView
        from desktop.shared.runners import StoreRunner

        runner = StoreRunner(store)
        view = ComparisonView(runner)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.changed, timeout=10_000):
            view.set_models(uids)
        model = view.model
        texts = [model.index(row, column).data() for row in range(model.rowCount()) for column in range(2)]
        assert "non documenté dans les sources de ce module" in texts and "not documented in this pack's sources" not in texts
        assert model.headerData(0, Qt.Orientation.Horizontal) == french.models[0].title
        runner.shutdown()


def test_exports_follow_the_windows_language(qapp, store, tmp_path):
    from desktop.comparison.comparison_export import brief_html, write_export

    comparison = store.compare(["dfid-ifrc", "dfid-icrc"], "fr")
    with speaking(qapp, "fr"):
        markdown = write_export(comparison, tmp_path / "brief.md", "md", title="Réunion", only_differences=False).read_text("utf-8")
        table = write_export(comparison, tmp_path / "brief.csv", "csv", title="Réunion", only_differences=False).read_text("utf-8-sig")
        html = brief_html(comparison, title="Réunion", only_differences=False)
    assert "Préparé le" in markdown and "| | Attribut |" in markdown and "non documenté dans les sources de ce module" in markdown
    assert "ne sont documentés pour aucun de ces modèles" in markdown and "Prepared on" not in markdown
    assert table.splitlines()[0].count(";") >= 5, "French spreadsheets split columns at semicolons"
    assert "non documenté" in html and "not documented" not in html
    with speaking(qapp, "en"):
        english = write_export(store.compare(["dfid-ifrc", "dfid-icrc"]), tmp_path / "en.csv", "csv", title="x",
                               only_differences=False).read_text("utf-8-sig")
    assert english.splitlines()[0].count(",") >= 5 and ";" not in english.splitlines()[0]


def test_a_comparisons_bold_value_qualifies_in_the_windows_language(qapp, qtbot, store):
    from desktop.comparison.cell_delegate import HEADLINE_ROLE
    from desktop.comparison.comparison_view import ComparisonView
    from desktop.shared.runners import StoreRunner

    with speaking(qapp, "fr"):
        runner = StoreRunner(store)
        view = ComparisonView(runner)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.changed, timeout=10_000):
            view.set_models(["icrc-donor-support-group", "auxiliary-role"])
        model = view.model
        scale = next(r for r in range(model.rowCount()) if model.row_at(r) and model.row_at(r).key == "funding_scale")
        assert model.index(scale, 0).data(HEADLINE_ROLE).startswith("au moins 10 M CHF")
        runner.shutdown()
