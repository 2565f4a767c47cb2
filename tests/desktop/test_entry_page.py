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
