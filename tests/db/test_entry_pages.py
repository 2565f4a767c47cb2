"""Entries read a page at a time (the navigator) come in the order of the whole list, counted by kind."""
from __future__ import annotations

import pytest

KINDS = ("model", "lesson", "question", "theme", "source", "actor")


def all_pages(store, kind, size, filters=None):
    pages, offset = [], 0
    while page := store.entries_page(kind, offset=offset, limit=size, filters=filters):
        pages += page
        offset += size
    return pages


@pytest.mark.parametrize("size", [1, 4, 200])
def test_pages_put_together_are_the_whole_list(store, size):
    for kind in KINDS:
        assert all_pages(store, kind, size) == store.entries(kind=kind)


def test_counts_by_kind_match_the_lists(store):
    assert store.counts() == {kind: len(store.entries(kind=kind)) for kind in KINDS}


def test_filters_count_and_page_what_search_finds(store):
    filters = {"theme": ["independence"]}
    found = store.search("", filters=filters, limit=1000, facets=False).hits
    by_kind = {}
    for hit in found:
        by_kind.setdefault(hit.kind, set()).add(hit.uid)
    assert store.counts(filters=filters) == {kind: len(uids) for kind, uids in by_kind.items()}
    lessons = all_pages(store, "lesson", 2, filters)
    assert {e.uid for e in lessons} == by_kind["lesson"]
    assert [e.uid for e in lessons] == [e.uid for e in store.entries(kind="lesson") if e.uid in by_kind["lesson"]]


def test_an_entry_position_is_its_row_in_its_kind(store):
    for kind in ("lesson", "question"):  # by title; questions by their number
        listed = store.entries(kind=kind)
        for row, entry in enumerate(listed):
            assert store.entry_position(entry.uid) == (kind, row)


def test_a_position_respects_the_filters_and_unknown_entries(store):
    filters = {"theme": ["independence"]}
    lessons = all_pages(store, "lesson", 200, filters)
    assert store.entry_position(lessons[-1].uid, filters=filters) == ("lesson", len(lessons) - 1)
    outside = next(e for e in store.entries(kind="lesson") if e not in lessons)
    assert store.entry_position(outside.uid, filters=filters) is None
    assert store.entry_position("no-such/entry") is None


def test_summaries_name_only_entries_that_exist(store):
    lesson = store.entries(kind="lesson")[0]
    assert store.entry_summaries([lesson.uid, "gone/entry"]) == {lesson.uid: lesson}
