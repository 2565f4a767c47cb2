"""The reader's Markdown for an entry: citations in the prose become links to the sources cited."""
from __future__ import annotations

from desktop.reader.entry_page import link_citations
from desktop.shared.entry_links import entry_url


def test_one_and_several_cited_sources_become_links(store):
    icrc = store.entry("working-in-partnership/icrc")
    text = link_citations("Named by the workshop (s1). A party to them (s1, s3). Not cited (s9). Other (note).", icrc)
    s1, s3 = entry_url("working-in-partnership/s1"), entry_url("working-in-partnership/s3")
    assert f"workshop ([s1]({s1}))." in text and f"to them ([s1]({s1}), [s3]({s3}))." in text
    assert "Not cited (s9)." in text and "Other (note)." in text, "only sources the entry cites are linked"


def test_page_texts_in_english_are_the_data_layers_words(store, translated):
    """The page writes some of db's words as literals, so that they are translated: in English they are db's."""
    from db.reference.attributes import NOT_APPLICABLE, NOT_DOCUMENTED
    from db.reference.entry_view import ADVICE_LABEL, ADVICE_NOTE
    from desktop.reader.entry_page import PageData, page_markdown

    def page(uid: str) -> str:
        entry = store.entry(uid)
        return page_markdown(PageData(entry, store.attributes(entry.pack), "Pack", "1"))

    lesson = page("working-in-partnership/communication-is-key")
    assert f"## {ADVICE_LABEL}" in lesson and ADVICE_NOTE in lesson
    model = page("working-in-partnership/dfid-ifrc")
    assert NOT_APPLICABLE in model and NOT_DOCUMENTED in model


def test_the_overview_links_to_what_the_packs_version_changed(qtbot, window):
    from PySide6.QtCore import QUrl

    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        window.reader.browser.anchorClicked.emit(QUrl("atlas:changes/working-in-partnership"))
    assert window.reader.browser.toPlainText().startswith("What changed in version")
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        window.reader.back()
    assert window.reader.uid == "", "back on the Overview"


def test_no_translated_text_hides_in_an_f_string():
    """pyside6-lupdate does not look inside f-strings: a tr() there would never be translated."""
    import re
    from pathlib import Path

    import desktop

    hidden = re.compile(r"""f(["'])[^"'\n]*\{[^}\n]*\btr\(""")
    found = [f"{path.name}:{number}" for path in Path(desktop.__file__).parent.rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if hidden.search(line)]
    assert found == []
