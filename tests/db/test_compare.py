"""Comparison tables and their four output formats."""
from __future__ import annotations

import csv
import io
import json

import pytest

from db import AtlasError, Store, UnknownIdError
from db.compare.render import render
from db.compare.table import VALUES, WORDING, Cell, Citation, Comparison, Group, ModelColumn, Row
from db.reference.attributes import DOCUMENTED, NOT_DOCUMENTED, UNDOCUMENTED, Comparable, amount_words, comparable

SIX = ["dfid-ifrc", "dfid-icrc", "tripartite-pilot-project", "icrc-donor-support-group", "auxiliary-role", "movement-component-partnerships"]


@pytest.fixture
def factory_store(home, packs):
    with Store(home, bundled=[packs.write()]) as opened:
        yield opened


def test_rows_follow_declared_groups_and_order(store):
    comparison = store.compare(SIX)
    declared = store.reference.execute("SELECT key, grp FROM attributes ORDER BY ord").fetchall()
    assert [row.key for group in comparison.groups for row in group.rows] == [key for key, _ in declared]
    groups_in_order = list(dict.fromkeys(group for _, group in declared))
    assert [g.label for g in comparison.groups] == groups_in_order
    assert all(len(row.cells) == 6 for _, row in comparison.rows())


def test_free_text_differs_in_wording_and_a_gap_is_no_difference(factory_store):
    comparison = factory_store.compare(["alpha", "beta"])
    rows = {row.key: row for _, row in comparison.rows()}
    assert rows["funding"].difference == WORDING and not rows["funding"].differs
    # Beta does not document its start: 2001 against "not known" is no difference.
    assert rows["start_year"].cells[0].short.text == "2001" and rows["start_year"].difference is None
    assert rows["start_year"].cells[1].text == NOT_DOCUMENTED and not rows["start_year"].cells[1].documented
    assert rows["funding"].cells[0].citations[0].locator == "p. 1"
    assert comparison.rows(only_differences=True) == []
    assert [row.key for _, row in comparison.rows(only_differences=True, wording=True)] == ["funding"]


def test_the_readme_comparison_marks_only_rows_whose_values_differ(store):
    comparison = store.compare(["dfid-ifrc", "icrc-donor-support-group", "auxiliary-role"])
    marked = {row.key: row.difference for _, row in comparison.rows()}
    assert [key for key, kind in marked.items() if kind == VALUES] == [
        "relationship_type", "year_began", "funding_modality", "funding_scale", "time_horizon"]
    assert marked["origin"] == WORDING and marked["results_focus"] is None  # one model documents it
    scale = next(row for _, row in comparison.rows() if row.key == "funding_scale")
    assert [cell.short and cell.short.text for cell in scale.cells] == [
        "GBP 28 million, 2011–2014", "at least CHF 10 million, per member per calendar year", None]


def test_rows_no_model_documents_fold_into_one_list(store):
    comparison = store.compare(["tripartite-pilot-project", "dfid-icrc"])
    folded = comparison.undocumented()
    assert folded and all(not cell.documented for row in folded for cell in row.cells)
    shown = [row for _, row in comparison.rows()]
    declared = len(store.attributes("working-in-partnership"))
    assert shown and all(row.documented for row in shown) and len(shown) + len(folded) == declared
    text = render(comparison, "text", width=120)
    assert f"{len(folded)} attributes not documented for any of these models: {folded[0].label}, " in text
    assert not any(line.lstrip("≠~ ").startswith(folded[0].label + " ") for line in text.splitlines())
    assert "not documented for any" not in render(comparison, "text", width=120, only_differences=True)
    assert [r["key"] for r in json.loads(render(comparison, "json"))["not_documented_for_any"]] == [r.key for r in folded]


def _row(*shorts, texts=None, documented=None) -> Row:
    texts = texts or [f"text {n}" for n in range(len(shorts))]
    documented = documented or [True] * len(shorts)
    cells = tuple(Cell(text, DOCUMENTED if known else UNDOCUMENTED, (), Comparable(("year", short), str(short)) if short else None)
                  for short, text, known in zip(shorts, texts, documented))
    return Row("k", "Label", "", cells, "year")


def test_short_values_decide_a_typed_row():
    assert _row(1998, 1999).difference == VALUES
    assert _row(1998, 1998).difference is None, "same value, whatever the wording"
    assert _row(1998, None, texts=["1998", "some years ago"]).difference == WORDING
    assert _row(1998, None, None, texts=["1998", "x", "y"], documented=[True, False, False]).difference is None
    assert _row(1998, 1999, None, texts=["a", "b", "c"]).difference == VALUES, "a third model without a value hides nothing"


def test_comparable_values_read_as_a_brief_writes_them():
    year = comparable("year", {"value": "About 1999", "compare": "about 1999"})
    assert year.text == "about 1999" and year.key == comparable("year", {"value": "By 1999", "compare": "by 1999"}).key, \
        "the same year, whatever its qualifier"
    assert year.key != comparable("year", {"value": 1998}).key
    assert comparable("year", {"value": 1999}).key == comparable("year", {"value": "In 1999", "compare": 1999}).key
    amount = comparable("amount", {"value": "x", "compare": {"amount": 6500000, "currency": "GBP", "period": "a year"}})
    assert amount.text == "GBP 6.5 million, a year"
    assert comparable("choice", {"value": "x", "compare": "Standing"}).key == comparable("choice", {"value": "y", "compare": "standing"}).key
    assert comparable("text", {"value": "x"}) is None and comparable("year", {"not_documented": True}) is None
    assert comparable("text", {"not_applicable": "No members"}).text == "not applicable"
    assert [amount_words(n) for n in (28_000_000, 750_000, 2_500_000_000, 1234.5)] == ["28 million", "750,000", "2.5 billion", "1,234.50"]


def test_formats_carry_the_same_table(factory_store):
    comparison = factory_store.compare(["alpha", "beta"])
    text = render(comparison, "text", width=120)
    assert "~ Funding" in text and "Unearmarked grant [1]" in text and "[1] Source A" in text
    assert "| 2001 [1]" in text and "~ marks rows described in different words" in text and "≠ marks" not in text
    markdown = render(comparison, "md")
    assert "| \\~ | Funding | Unearmarked grant [1] | Earmarked grants [1] |" in markdown
    assert "## Money" in markdown and "## Sources" in markdown
    rows = list(csv.DictReader(io.StringIO(render(comparison, "csv"))))
    assert [(r["attribute_key"], r["differs"]) for r in rows] == [("funding", "wording"), ("start_year", "")]
    assert rows[0]["Alpha partnership (sources)"] == "Source A (p. 1)"
    assert (rows[1]["Alpha partnership (value compared)"], rows[0]["Alpha partnership (value compared)"]) == ("2001", "")
    document = json.loads(render(comparison, "json"))
    assert [m["uid"] for m in document["models"]] == ["test-pack/alpha", "test-pack/beta"]
    row = document["groups"][0]["rows"][0]
    assert (row["difference"], row["type"]) == ("wording", "text")
    assert row["cells"][0]["text"] == "Unearmarked grant" and row["cells"][0]["sources"][0]["source"] == "test-pack/src-a"
    assert document["groups"][1]["rows"][0]["cells"][0]["value"] == "2001"


@pytest.mark.parametrize("wording", [False, True])
def test_only_differences_in_every_format(store, wording):
    comparison = store.compare(["dfid-ifrc", "icrc-donor-support-group", "auxiliary-role"])
    differing = comparison.rows(only_differences=True, wording=wording)
    assert len(differing) == (13 if wording else 5)
    rows = list(csv.DictReader(io.StringIO(render(comparison, "csv", only_differences=True, wording=wording))))
    assert [r["attribute_key"] for r in rows] == [row.key for _, row in differing]
    document = json.loads(render(comparison, "json", only_differences=True, wording=wording))
    assert sum(len(g["rows"]) for g in document["groups"]) == len(differing)
    marks = [line[0] for line in render(comparison, "text", width=200, only_differences=True, wording=wording).splitlines()
             if line[:1] in "≠~" and "|" in line]
    assert marks == [("≠" if row.differs else "~") for _, row in differing]


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
    comparison = _handmade([Cell(words), Cell("short"), Cell(words)])
    for width in (60, 80, 120):
        lines = render(comparison, "text", width=width).splitlines()
        rule = next(line for line in lines if line.startswith("---"))
        assert len(rule) == max(len(line) for line in lines if "|" in line or line.startswith("---")) <= width
        text = " ".join(lines)
        for word in words.split():
            assert word in text, f"{word!r} was cut at width {width}"


def test_text_follows_the_terminal_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    lines = render(_handmade([Cell("A value of several words")] * 2), "text").splitlines()
    assert max(len(line) for line in lines) <= 70 and len(next(line for line in lines if line.startswith("---"))) <= 70


def test_footnotes_are_in_ascending_order():
    first, second = Citation("p/s1", "Source one", ""), Citation("p/s2", "Source two", "")
    comparison = _handmade([Cell("a", DOCUMENTED, (first,)), Cell("b", DOCUMENTED, (second, first, second))])
    assert "b [1][2]" in render(comparison, "text", width=100)
    assert "| b [1][2] |" in render(comparison, "md")


def test_markdown_names_a_saved_comparison_and_its_date(factory_store):
    import datetime

    markdown = render(factory_store.compare(["alpha", "beta"]), "md", title="Donor meeting brief")
    assert markdown.startswith("# Donor meeting brief\n")
    assert f"Prepared on {datetime.date.today().isoformat()}" in markdown and "Alpha partnership, Beta partnership" in markdown
