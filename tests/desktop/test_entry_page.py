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
