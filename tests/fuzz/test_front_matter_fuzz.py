"""Front matter and YAML (db/packs/yamltext.py): any text either parses or raises YamlSyntaxError."""
from __future__ import annotations

import datetime
import json

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from db.packs.yamltext import (
    MAX_NESTING,
    YamlSyntaxError,
    parse_yaml,
    split_front_matter,
)
from tests.fuzz.strategies import yaml_text

front_matter_files = st.one_of(
    st.text(max_size=400),
    st.builds(lambda front, body: f"---\n{front}\n---\n{body}", yaml_text, st.text(max_size=40)),
    st.builds(lambda front: "---\n{" + front + "\n---\n", yaml_text),
)
paths = st.lists(st.one_of(st.text(max_size=8), st.integers(0, 5)), max_size=4)


def _deep(levels: int, opening: str, closing: str) -> str:
    return "---\nid: " + opening * levels + closing * levels + "\n---\n"


def _alias_bomb(levels: int) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]" for n in range(1, levels)]
    return "---\n" + "\n".join(lines) + "\n---\n"


@given(front_matter_files, paths)
@example("---\nyear: 2001-02-30\n---\n", ["year"])  # a date Python cannot build
@example("---\nn: 0x_\n---\n", ["n"])
@example("---\n!!int \n---\n", [])  # IndexError inside PyYAML
@example("---\n!!timestamp \n---\n", [])  # AttributeError inside PyYAML
@example("---\nn: " + "9" * 5000 + "\n---\n", [])  # beyond Python's digits limit
@example(_deep(100_000, "[", "]"), ["id", 0])  # crashed libyaml (C stack overflow)
@example(_deep(3000, "{a: ", "}"), ["id"])
@example(_alias_bomb(9), ["a8", 0])  # ten lines standing for 10^9 strings
@example("---\na: &x [*x]\n---\n", ["a", 0])  # a list that contains itself
@example('---\n{"k": ' + "[" * 5000 + "]" * 5000 + "}\n---\n", ["k"])  # JSON too deep for json.loads
@example('---\n{"' + "k" * 2000 + '": 1}\n---\n', ["k"])  # JSON that YAML cannot read (key over 1024)
@example("---\n2001-12-14t21:59:43.10-05:00: \n---\n", [])  # a date as a name: JSON cannot store it
def test_front_matter_parses_or_raises_yaml_syntax_error(text, path):
    try:
        document = split_front_matter(text)
    except YamlSyntaxError as exc:
        assert str(exc) and (exc.line is None or exc.line >= 1)
        return
    assert isinstance(document.data, dict)
    assert document.lines.line(*path) >= 1  # asked for whenever a field has a problem
    json.dumps(document.data, default=str)  # what the compiler stores: no cycle, no runaway depth


# Values that safe_dump writes and YAML reads back unchanged; shared lists become anchors and
# aliases. (safe_dump writes some line separators, such as U+0085, unquoted and loses them.)
texts = st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=10)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(10**30), 10**30), st.floats(allow_nan=False),
                    texts, st.dates(), st.datetimes(timezones=st.just(datetime.UTC)))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.one_of(texts, st.integers()), inner, max_size=4)),
                      max_leaves=10)


@st.composite
def documents(draw) -> dict:
    document = draw(st.dictionaries(texts, values, min_size=1, max_size=4))
    if draw(st.booleans()):  # repeat one value under another key: safe_dump writes &id001 / *id001
        shared = draw(st.lists(values, min_size=1, max_size=3))
        document["first"], document["again"] = shared, shared
    return document


@given(documents())
def test_what_yaml_writes_reads_back(document):
    text = yaml.safe_dump(document, allow_unicode=True)
    assert parse_yaml(text)[0] == document


json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10)),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=10)


@given(st.dictionaries(st.text(max_size=10), json_values, max_size=4))
def test_json_front_matter_reads_back(document):
    parsed = split_front_matter("---\n" + json.dumps(document, ensure_ascii=False) + "\n---\nBody\n")
    assert parsed.data == document and parsed.body == "Body"


def test_nesting_up_to_the_limit_is_read():
    assert split_front_matter(_deep(MAX_NESTING - 1, "[", "]")).data["id"] is not None
