"""Comparison tables and their four output formats."""
from __future__ import annotations

import csv
import io
import json

import pytest

from db import AtlasError, Store, UnknownIdError
from db.compare.render import render
from db.compare.table import Cell, Citation, Comparison, Group, ModelColumn, Row
from db.reference.attributes import NOT_DOCUMENTED

SIX = ["dfid-ifrc", "dfid-icrc", "tripartite-pilot-project", "icrc-donor-support-group", "auxiliary-role", "movement-component-partnerships"]


@pytest.fixture
def factory_store(home, packs):
    with Store(home, bundled=[packs.write()]) as opened:
        yield opened


def test_rows_follow_declared_groups_and_order(store):
    comparison = store.compare(SIX)
    declared = store.reference.execute("SELECT key, grp FROM attributes ORDER BY ord").fetchall()
    assert [row.key for _, row in comparison.rows()] == [key for key, _ in declared]
    groups_in_order = list(dict.fromkeys(group for _, group in declared))
    assert [g.label for g in comparison.groups] == groups_in_order
    assert all(len(row.cells) == 6 for _, row in comparison.rows())


def test_differences_are_marked_and_can_be_shown_alone(factory_store):
    comparison = factory_store.compare(["alpha", "beta"])
    rows = {row.key: row for _, row in comparison.rows()}
    assert rows["funding"].differs and rows["start_year"].differs
    assert rows["start_year"].cells[1].text == NOT_DOCUMENTED and not rows["start_year"].cells[1].documented
    assert rows["funding"].cells[0].citations[0].locator == "p. 1"
    assert len(comparison.rows(only_differences=True)) == 2


def test_identical_values_are_not_marked(store):
    comparison = store.compare(["tripartite-pilot-project", "dfid-icrc"])
    same = [row for _, row in comparison.rows() if not row.differs]
    assert same and all(cell.text == NOT_DOCUMENTED for row in same for cell in row.cells)


def test_formats_carry_the_same_table(factory_store):
    comparison = factory_store.compare(["alpha", "beta"])
    text = render(comparison, "text", width=120)
    assert "≠ Funding" in text and "Unearmarked grant [1]" in text and "[1] Source A" in text
    markdown = render(comparison, "md")
    assert "| ≠ | Funding | Unearmarked grant [1] | Earmarked grants [1] |" in markdown
    assert "## Money" in markdown and "## Sources" in markdown
    rows = list(csv.DictReader(io.StringIO(render(comparison, "csv"))))
    assert [(r["attribute_key"], r["differs"]) for r in rows] == [("funding", "yes"), ("start_year", "yes")]
    assert rows[0]["Alpha partnership (sources)"] == "Source A (p. 1)"
    document = json.loads(render(comparison, "json"))
    assert [m["uid"] for m in document["models"]] == ["test-pack/alpha", "test-pack/beta"]
    cell = document["groups"][0]["rows"][0]["cells"][0]
    assert cell["text"] == "Unearmarked grant" and cell["sources"][0]["source"] == "test-pack/src-a"


def test_only_differences_in_every_format(store):
    comparison = store.compare(["tripartite-pilot-project", "dfid-icrc"])
    differing = len(comparison.rows(only_differences=True))
    rows = list(csv.DictReader(io.StringIO(render(comparison, "csv", only_differences=True))))
    assert len(rows) == differing
    assert sum(len(g["rows"]) for g in json.loads(render(comparison, "json", only_differences=True))["groups"]) == differing


def test_unknown_id_lists_the_closest(store):
    with pytest.raises(UnknownIdError) as caught:
        store.compare(["dfid-ifc", "auxiliary-role"])
    assert "dfid-ifrc" in caught.value.suggestions
    assert "dfid-ifrc" in str(caught.value)


def test_a_lesson_is_not_a_model(store):
    with pytest.raises(UnknownIdError, match="is a lesson, not a model"):
        store.compare(["no-single-model", "auxiliary-role"])


@pytest.mark.parametrize("ids", [["dfid-ifrc"], SIX + ["dfid-ifrc"]])
def test_two_to_six_models(store, ids):
    with pytest.raises(AtlasError, match="between 2 and 6"):
        store.compare(ids)


def test_a_model_appears_once(store):
    with pytest.raises(AtlasError, match="once"):
        store.compare(["dfid-ifrc", "working-in-partnership/dfid-ifrc"])


def _handmade(cells: list[Cell]) -> Comparison:
    models = [ModelColumn(f"p/m{i}", f"Model {i}", "p") for i in range(len(cells))]
    return Comparison(models, [Group("Basics", (Row("k", "Attribute label", "", tuple(cells)),))])


def test_text_never_cuts_words_and_rules_the_table_at_its_width():
    words = "Intergovernmental well-established co-ordination arrangements between partners"
    comparison = _handmade([Cell(words, True), Cell("short", True), Cell(words, True)])
    for width in (60, 80, 120):
        lines = render(comparison, "text", width=width).splitlines()
        rule = next(line for line in lines if line.startswith("---"))
        assert len(rule) == max(len(line) for line in lines if "|" in line or line.startswith("---")) <= width
        text = " ".join(lines)
        for word in words.split():
            assert word in text, f"{word!r} was cut at width {width}"


def test_text_follows_the_terminal_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    lines = render(_handmade([Cell("A value of several words", True)] * 2), "text").splitlines()
    assert max(len(line) for line in lines) <= 70 and len(next(line for line in lines if line.startswith("---"))) <= 70


def test_footnotes_are_in_ascending_order():
    first, second = Citation("p/s1", "Source one", ""), Citation("p/s2", "Source two", "")
    comparison = _handmade([Cell("a", True, (first,)), Cell("b", True, (second, first, second))])
    assert "b [1][2]" in render(comparison, "text", width=100)
    assert "| b [1][2] |" in render(comparison, "md")


def test_markdown_names_a_saved_comparison_and_its_date(factory_store):
    import datetime

    markdown = render(factory_store.compare(["alpha", "beta"]), "md", title="Donor meeting brief")
    assert markdown.startswith("# Donor meeting brief\n")
    assert f"Prepared on {datetime.date.today().isoformat()}" in markdown and "Alpha partnership, Beta partnership" in markdown
