"""The query language: no input is ever an error (db/search/query.py, Store.search)."""
from __future__ import annotations

import sqlite3
import threading

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from db import SearchCancelled
from db.reference.schema import FTS_OPTIONS
from db.search.query import FIELDS, MAX_TERMS, parse

# What people type, and what breaks naive parsers: operators, quotes, brackets, field:value,
# FTS5's own syntax (NEAR, ^, column filters), control characters, lone surrogates, scripts
# the tokenizer splits differently.
PIECES = (
    '"', '""', "-", "*", "(", ")", "OR", "AND", "NOT", "|", "&&", "or", "not", ":", "^", "+", "'", "\\", "NEAR(", "NEAR/2",
    "title:", "text:", "{title text}:", "kind:", "kind:lesson", "kind:Models", "kind:foo", "year:1999", "year:1990-2000",
    "year:..1995", "year:abc", 'theme:"funding quality"', "tag:", "tag:meeting", "-kind:model", "pack:working-in-partnership",
    "\x00", "\t", "\u2028", "\ud800", "\ufeff", "é", "e\u0301", "ﬁ", "İ", "ß", "🙂", "中文", "شراكة", "\u0301", "x" * 300, "9" * 30,
    "donor", "funding", "independence", "partner*", "coop*", "*coop",
    # What search reads into words (db/search/understanding.py): forms, little words, typos, synonyms.
    "efficiency", "expectations", "the", "for", "of", "le", "de", "partnrship", "indepence", "zzqx", "DFID", "NS", "RC/RC",
    "national society", "International Federation", "government", "vulnerable", "zanzibar",
)
words = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
pieces = st.lists(st.one_of(st.sampled_from(PIECES), words), max_size=40)
queries = st.one_of(
    st.text(max_size=300),
    st.builds(lambda parts, glue: glue.join(parts), pieces, st.sampled_from([" ", "", "  ", "\n"])),
)


@pytest.fixture(scope="module")
def fts():
    """An FTS5 table made like the stores' ones, to run every expression the parser builds."""
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(title, body, {FTS_OPTIONS})")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [("Donor support group", "Funding coopération and independence"),
                                                   ("中文 title", "partnership 🙂 body")])
    yield conn
    conn.close()


@given(queries)
@example('"unclosed phrase AND (kind:')
@example("NOT NOT OR - * \ud800")
@example("year:2001-1999 -year:abc kind:lessons")
def test_parse_never_raises_and_every_expression_runs_in_fts5(fts, text):
    query = parse(text)
    assert sum(len(group) for group in query.groups) + len(query.excluded) <= MAX_TERMS
    assert set(query.filters) <= set(FIELDS) and all(all(values) for values in query.filters.values())
    for expression in (query.match_expression(), query.literal_expression(), query.exclusion_expression()):
        if expression is not None:
            # An expression FTS5 refuses would raise sqlite3.OperationalError here.
            fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()
    assert query.has_text == (query.match_expression() is not None)


facet_names = st.one_of(st.sampled_from(FIELDS), st.text(max_size=8))
facet_values = st.lists(st.one_of(st.sampled_from(("lesson", "1999", "1990-2000", "funding-quality", "")), st.text(max_size=10)), max_size=3)
limits = st.one_of(st.integers(-5, 120), st.sampled_from([0, 2**31, 2**63, 2**80, -(2**70)]))


@given(queries, st.dictionaries(facet_names, facet_values, max_size=3), limits, limits, st.booleans(), st.booleans())
@example("kind:note meeting", {}, 5, 0, True, True)
@example("-independence", {"year": ["1999.."]}, 2**63, 2**63, False, True)
@example("partnrship the vulnerable zanzibar", {}, 10, 0, True, True)
@example("DFID RC/RC national society -government", {"kind": ["lesson"]}, 10, 3, True, False)
def test_search_never_raises(bundled_store, text, filters, limit, offset, facets, correct):
    results = bundled_store.search(text, limit=limit, offset=offset, filters=filters, facets=facets, correct=correct)
    assert len(results.hits) <= max(0, limit)
    assert results.total >= len(results.hits)
    assert results.showing is None or (correct and results.corrected_from == text and results.showing != text)
    assert not results.closest or results.total > 0


@given(queries)
def test_a_cancelled_search_raises_only_search_cancelled(bundled_store, text):
    cancel = threading.Event()
    cancel.set()
    try:
        bundled_store.search(text, cancel=cancel)
    except SearchCancelled:
        pass  # the documented outcome; a query too quick to notice the cancel returns its results
