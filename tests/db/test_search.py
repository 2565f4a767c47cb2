"""Search over the bundled pack, a controlled test pack, and the user's notes."""
from __future__ import annotations

import json
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import SearchCancelled, Store, Target
from db.search.results import MARK_CLOSE, MARK_OPEN, one_line

HOSTILE = ['"', "AND (", "c++", "*", "-", "\x00\x01\x1b[31m", "x" * 10_000, "🤝🌍", "الهلال الأحمر", "OR", "NOT",
           "(((", '"unclosed phrase', "kind:", "theme:nope", "-kind:lesson", "a OR OR b", "NEAR(a b)", "^start", "col:val",
           "'; DROP TABLE entries; --", "%_%", "\\", "***", "year:abc", "year:1990..2000", "  "]


@pytest.fixture
def test_store(home, packs):
    folder = packs.write(entries={
        "lessons/zephyr-title.md": ({"id": "zephyr-title", "title": "Zephyr winds", "type": "lesson", "statement": "Short.",
                                     "recommendation": "Do.", "themes": ["trust"], "sources": [{"source": "src-a", "locator": "x"}],
                                     "year": 2005, "region": "Asia", "sector": "Shelter"}, "Nothing to see here."),
        "lessons/zephyr-body.md": ({"id": "zephyr-body", "title": "Wind in the body", "type": "challenge", "statement": "Long.",
                                    "recommendation": "Do.", "themes": ["trust"], "sources": [{"source": "src-a", "locator": "y"}]},
                                   "A zephyr, then another zephyr, and a third zephyr in a long explanation."),
    })
    with Store(home, bundled=[folder]) as opened:
        yield opened


def uids(results):
    return [hit.uid for hit in results.hits]


def test_bundled_pack_search_is_ranked_with_highlighted_snippets(store):
    results = store.search("independence")
    assert results.total >= 5
    scores = [hit.score for hit in results.hits]
    assert scores == sorted(scores, reverse=True)
    marked = {part.split(MARK_CLOSE)[0].lower() for hit in results.hits for part in hit.snippet.split(MARK_OPEN)[1:]}
    assert "independence" in marked and all(word.startswith("independ") for word in marked)  # and its other forms
    assert results.facets["kind"], "facet counts come with the results"


def test_title_match_ranks_above_body_matches(test_store):
    assert uids(test_store.search("zephyr"))[:2] == ["test-pack/zephyr-title", "test-pack/zephyr-body"]


def test_accents_fold_both_ways(test_store):
    assert "test-pack/keep-trust" in uids(test_store.search("cooperation"))
    assert "test-pack/keep-trust" in uids(test_store.search("COOPÉRATION"))


def test_phrase_or_exclusion_and_prefix(test_store):
    assert uids(test_store.search('"partners talk often"')) == ["test-pack/keep-trust"]
    assert uids(test_store.search('"talk partners often"')) == []
    both = set(uids(test_store.search("zephyr OR coopération")))
    assert {"test-pack/zephyr-title", "test-pack/zephyr-body", "test-pack/keep-trust"} <= both
    assert "test-pack/zephyr-body" not in uids(test_store.search("zephyr -explanation"))
    assert "test-pack/zephyr-title" in uids(test_store.search("zeph*"))
    assert uids(test_store.search("zeph")) == []


@pytest.mark.parametrize("query, expected", [
    ("kind:challenge zephyr", set()),
    ("type:challenge zephyr", {"test-pack/zephyr-body"}),
    ("kind:lesson zephyr", {"test-pack/zephyr-title", "test-pack/zephyr-body"}),
    ("theme:trust kind:lesson", {"test-pack/keep-trust", "test-pack/zephyr-title", "test-pack/zephyr-body"}),
    ("model:alpha kind:lesson", {"test-pack/keep-trust"}),
    ("source:src-a kind:lesson year:2001", {"test-pack/keep-trust"}),
    ("year:2000..2006 kind:lesson", {"test-pack/keep-trust", "test-pack/zephyr-title"}),
    ("region:asia", {"test-pack/zephyr-title"}),
    ("sector:health", {"test-pack/keep-trust"}),
    ("pack:test-pack kind:question", {"test-pack/q1"}),
    ("pack:other-pack zephyr", set()),
    ('theme:"Trust" -kind:lesson', {"test-pack/trust"}),
])
def test_field_filters(test_store, query, expected):
    assert set(uids(test_store.search(query, limit=100))) == expected


def test_keyword_filters_match_field_syntax(test_store):
    assert set(uids(test_store.search("zephyr", kinds=["lesson"], themes=["trust"]))) == {"test-pack/zephyr-title", "test-pack/zephyr-body"}
    assert uids(test_store.search("zephyr", models=["beta"])) == []


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_return_a_list(store, text):
    results = store.search(text)
    assert isinstance(results.hits, list)


def test_text_that_does_not_parse_is_searched_literally(test_store):
    assert "test-pack/keep-trust" in uids(test_store.search('"coopération'))
    assert "test-pack/keep-trust" in uids(test_store.search("(coopération AND"))


def test_long_query_is_shortened_not_refused(store):
    results = store.search("independence " * 2000)
    assert results.truncated
    assert results.hits


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_any_text_never_raises(store, text):
    results = store.search(text, limit=5)
    assert len(results.hits) <= 5


def test_notes_are_searched_with_entries(store):
    note = store.create_note("Ask the donor about zebrafinch reporting", target=Target.entry("dfid-ifrc"), tags=["meeting"])
    results = store.search("zebrafinch")
    assert [(hit.kind, hit.uid) for hit in results.hits] == [("note", note.id)]
    assert store.search("zebrafinch kind:lesson").hits == []
    assert [hit.uid for hit in store.search("zebrafinch kind:note tag:meeting").hits] == [note.id]
    assert [hit.uid for hit in store.search("zebrafinch model:dfid-ifrc").hits] == [note.id]
    store.delete_note(note.id)
    assert store.search("zebrafinch").hits == []


def test_a_set_cancel_event_stops_the_search(store):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SearchCancelled):
        store.search("partnership", cancel=cancel)
    assert store.search("partnership").hits, "the connection stays usable after a cancel"


def test_limit_and_offset_page_through_results(store):
    first = uids(store.search("partnership", limit=5))
    second = uids(store.search("partnership", limit=5, offset=5))
    assert len(first) == 5 and not set(first) & set(second)


@pytest.mark.parametrize("query, expected", [
    ("year:2002.. kind:lesson", {"test-pack/zephyr-title"}),
    ("year:..2002 kind:lesson", {"test-pack/keep-trust"}),
    ("year:2006..2000 kind:lesson", {"test-pack/keep-trust", "test-pack/zephyr-title"}),
    ("kind:models", {"test-pack/alpha", "test-pack/beta"}),
    ("zephyr NOT explanation", {"test-pack/zephyr-title"}),
])
def test_open_year_ranges_plural_kinds_and_not(test_store, query, expected):
    assert set(uids(test_store.search(query, limit=100))) == expected


def test_a_filter_value_that_means_nothing_is_searched_as_text(home, packs):
    folder = packs.write(entries={"themes/odd.md": ({"id": "odd", "title": "Odd words"}, "A kind foo of year abc.")})
    with Store(home, bundled=[folder]) as odd_store:
        assert uids(odd_store.search("kind:foo")) == ["test-pack/odd"]
        assert uids(odd_store.search("year:abc")) == ["test-pack/odd"]


def test_options_are_a_condition_of_their_own(test_store):
    assert uids(test_store.search("zephyr kind:lesson", kinds=["model"])) == []
    assert uids(test_store.search("zephyr type:challenge", filters={"type": ["lesson"]})) == []
    both = {"test-pack/zephyr-title", "test-pack/zephyr-body"}
    assert set(uids(test_store.search("zephyr kind:lesson", kinds=["lesson"]))) == both
    assert set(uids(test_store.search("zephyr", kinds=["lesson", "model"]))) == both, "values of one option are alternatives"


def test_tags_match_without_accents_or_case(store):
    note = store.create_note("Cyclone season planning", tags=["Réunion"])
    for query in ("tag:reunion", "tag:RÉUNION", "cyclone tag:Reunion"):
        assert uids(store.search(query)) == [note.id], query
    assert uids(store.search("cyclone kind:note -tag:reunion")) == []


def test_snippets_are_one_line_with_fields_set_apart(test_store):
    snippet = test_store.search("regularly").hits[0].snippet
    assert "\n" not in snippet
    assert "talk often. … " in snippet and f"{MARK_OPEN}regularly{MARK_CLOSE}. … {MARK_OPEN}Regular{MARK_CLOSE} dialogue" in snippet
    assert "\n" not in json.dumps([hit.as_json() for hit in test_store.search("partnership", limit=100).hits])


def test_one_line_turns_paragraph_breaks_into_ellipses():
    assert one_line("Global\n\nThe workshop\nfound  it\n \n") == "Global … The workshop found  it"
    assert one_line("…the end of a field\n\n…") == "…the end of a field …"


def test_a_huge_limit_or_offset_is_not_an_error(store):
    assert store.search("independence", limit=10**20).total == len(store.search("independence", limit=10**20).hits)
    assert store.search("independence", limit=10**20, offset=10**20).hits == []


def exact_facets(store, query: str, **filters) -> dict[str, dict[str, int]]:
    """Facet counts over every match, counted the slow way: all results, then their facet rows."""
    every = store.search(query, limit=10**6, facets=False, **filters)
    found: dict[str, dict[str, int]] = {}
    for hit in every.hits:
        for facet, value in store.reference.execute("SELECT facet, value FROM facets WHERE uid = ?", (hit.uid,)):
            found.setdefault(facet, {}).setdefault(value, 0)
            found[facet][value] += 1
    return found


@pytest.mark.parametrize("query", ["independence", "partner*", "funding OR donor", "support kind:lesson", "-independence"])
def test_facets_and_totals_are_exact_on_the_bundled_pack(store, query):
    results = store.search(query, limit=5)
    every = store.search(query, limit=10**6)
    assert results.total == every.total == len(every.hits)
    assert not results.total_approximate and not results.facets_approximate
    expected = exact_facets(store, query)
    for facet, values in results.facets.items():
        assert {v.value: v.count for v in values} == expected[facet], facet
        counts = [v.count for v in values]
        assert counts == sorted(counts, reverse=True)


def test_broad_queries_count_only_so_far_and_say_so(store, monkeypatch):
    from db.search import engine

    monkeypatch.setattr(engine, "FACET_WINDOW", 3)
    monkeypatch.setattr(engine, "COUNT_LIMIT", 4)
    exact_total = len(store.search("partner*", limit=10**6).hits)
    assert exact_total > 4
    unfiltered = store.search("partner*", limit=2)
    # Without filters the FTS index counts every match cheaply: the total stays exact.
    assert unfiltered.total == exact_total and not unfiltered.total_approximate
    assert unfiltered.facets_approximate
    assert sum(v.count for v in unfiltered.facets["kind"]) == 3, "facets of the first FACET_WINDOW matches"
    exact = exact_facets(store, "partner*")
    assert all(v.count <= exact["kind"][v.value] for v in unfiltered.facets["kind"]), "sampled counts are lower bounds"
    filtered = store.search("partner* -nothingatall kind:lesson kind:model", limit=2)
    assert filtered.total_approximate and filtered.total == 4
    small = store.search("independence", limit=50)
    assert not small.total_approximate and not small.facets_approximate, "a page holding every match is counted exactly"


def test_facet_filters_match_case_and_accents_and_exclude(store):
    theme = store.reference.execute("SELECT value, label FROM facets WHERE facet='theme' LIMIT 1").fetchone()
    wanted = {uid for (uid,) in store.reference.execute("SELECT uid FROM facets WHERE facet='theme' AND value=?", (theme[0],))}
    for spelled in (theme[0], theme[0].upper(), theme[1]):
        found = {hit.uid for hit in store.search(f"theme:\"{spelled}\"", limit=10**6).hits}
        assert found == wanted, spelled
    everything = {hit.uid for hit in store.search("-zzzznothing", limit=10**6).hits}
    assert {hit.uid for hit in store.search(f"-zzzznothing -theme:{theme[0]}", limit=10**6).hits} == everything - wanted
