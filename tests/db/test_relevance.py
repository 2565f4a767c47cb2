"""The judged queries of tests/bench/relevance_queries.yaml: search keeps finding what a delegate looks for."""
from __future__ import annotations

from tests.bench.relevance import TARGETS, measure


def test_judged_queries_find_their_entries_first_far_better_than_plain_fts5():
    found = measure()
    assert found["queries"] >= 40
    misses = [row["query"] for row in found["rows"] if not row["rank"] or row["rank"] > 3]
    assert found["search"]["hits3"] >= TARGETS["hits3"], misses
    assert found["search"]["mrr"] >= TARGETS["mrr"], misses
    assert found["search"]["mrr"] > found["baseline"]["mrr"] + 0.3
