"""A rank budget: past it, a search answers with the first matches, unranked, and says so."""
from __future__ import annotations

import threading

import pytest

from db import SearchCancelled, Store
from db.files.resources import bundled_pack_dirs
from tests.bench import corpus

LESSONS = 300


@pytest.fixture(scope="module")
def synthetic_pack(tmp_path_factory):
    return corpus.write_pack(tmp_path_factory.mktemp("packs") / "synthetic", LESSONS)


@pytest.fixture
def big_store(home, synthetic_pack):
    # Every synthetic lesson's title holds "Synthetic lesson": ranking scores all of them.
    with Store(home, bundled=[*bundled_pack_dirs(), synthetic_pack]) as opened:
        yield opened


def uids(results):
    return [hit.uid for hit in results.hits]


def test_a_spent_budget_answers_with_the_first_matches_unranked(big_store):
    everything = big_store.search("synthetic", limit=1_000_000)
    unranked = big_store.search("synthetic", limit=20, rank_budget=0)
    assert unranked.ranked is False and everything.ranked is True
    assert len(unranked.hits) == 20
    assert set(uids(unranked)) <= set(uids(everything)), "every hit shown is a match"
    rowids = dict(big_store.reference.execute("SELECT uid, rowid FROM entries").fetchall())
    assert [rowids[uid] for uid in uids(unranked)] == sorted(rowids[uid] for uid in uids(everything))[:20], "the first matches in index order"
    assert unranked.total == everything.total >= LESSONS and not unranked.total_approximate
    assert all("\x02" in hit.snippet or "ynthetic" in hit.title for hit in unranked.hits)
    assert unranked.facets["kind"][0].value == "lesson"


def test_without_a_budget_or_within_it_ranking_is_unchanged(big_store):
    unbudgeted = big_store.search("synthetic donor", limit=50)
    generous = big_store.search("synthetic donor", limit=50, rank_budget=60.0)
    assert unbudgeted.ranked and generous.ranked
    assert uids(unbudgeted) == uids(generous)
    assert [hit.score for hit in unbudgeted.hits] == sorted((hit.score for hit in unbudgeted.hits), reverse=True)
    assert unbudgeted.total == generous.total


def test_cancelling_wins_over_the_budget(big_store):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SearchCancelled):
        big_store.search("synthetic", rank_budget=0, cancel=cancel)
