"""The query language: what each token becomes, before any SQL runs."""
from __future__ import annotations

import pytest

from db.search.filters import kind_value, year_range
from db.search.query import parse


@pytest.mark.parametrize("value, expected", [
    ("1999", (1999, 1999)), ("1995..2005", (1995, 2005)), ("2005..1995", (1995, 2005)), ("1995-2005", (1995, 2005)),
    ("1999..", (1999, None)), ("..1999", (None, 1999)),
    ("abc", None), ("..", None), ("19992000", None), ("-1999", None), ("99", None), ("1999..x", None),
])
def test_year_values(value, expected):
    assert year_range(value) == expected


@pytest.mark.parametrize("value, expected", [("model", "model"), ("models", "model"), ("Models", "model"),
                                             ("lessons", "lesson"), ("foo", None), ("s", None)])
def test_kind_values(value, expected):
    assert kind_value(value) == expected


def test_a_plural_kind_is_a_filter():
    query = parse("kind:models")
    assert query.filters == {"kind": ["model"]} and not query.groups


@pytest.mark.parametrize("text", ["kind:foo", "year:abc", "year:..", "-kind:foo"])
def test_a_filter_value_that_means_nothing_is_plain_text(text):
    query = parse(text)
    assert not query.filters and not query.excluded_filters
    terms = [t.text for group in query.groups for t in group] + [t.text for t in query.excluded]
    assert terms == [text.removeprefix("-")]


def test_not_excludes_the_next_term_like_a_minus():
    assert [t.text for t in parse("funding NOT icrc").excluded] == ["icrc"]
    assert parse("funding NOT icrc").match_expression() == parse("funding -icrc").match_expression()
    assert parse("NOT kind:lesson").excluded_filters == {"kind": ["lesson"]}
    assert parse('NOT "donor support" x').excluded[0].text == "donor support"


def test_operators_count_only_in_capitals():
    assert [[t.text for t in g] for g in parse("a or b").groups] == [["a"], ["or"], ["b"]]
    assert [[t.text for t in g] for g in parse("a OR b").groups] == [["a", "b"]]
    assert [t.text for t in parse("a not b").excluded] == []
    assert [[t.text for t in g] for g in parse("a AND b").groups] == [["a"], ["b"]]
