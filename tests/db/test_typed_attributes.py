"""Typed comparison attributes in a pack: declared choices, amounts and years, each checked with a clear message."""
from __future__ import annotations

import copy

import pytest

from db import Store
from db.packs.loader import load_pack
from tests.db.test_pack_validation import alpha_attributes, edit_entry, problems_of, the_problem
from tests.packfactory import ENTRIES, PACK_YAML

SOURCES = [{"source": "src-a", "locator": "p. 2"}]
TYPED = [
    {"key": "funding", "label": "Funding", "group": "Money", "type": "choice", "order": 1,
     "choices": ["earmarked", "unearmarked"]},
    {"key": "start_year", "label": "Year it began", "group": "Basics", "type": "year", "order": 2},
    {"key": "scale", "label": "Scale", "group": "Money", "type": "amount", "order": 3},
]


@pytest.fixture
def typed(packs):
    """The factory pack with a choice, a year and an amount attribute (both models valid)."""
    amount = {"value": "Two million pounds a year", "compare": {"amount": 2000000, "currency": "GBP", "period": "a year"},
              "sources": SOURCES}
    entries = {
        "models/alpha.md": _model("models/alpha.md", funding={"value": "Unearmarked grant", "compare": "unearmarked",
                                                              "sources": SOURCES}, scale=amount),
        "models/beta.md": _model("models/beta.md", scale={"not_documented": True}),
    }
    return packs.write(pack={"attributes": TYPED}, entries=entries)


def _model(relative: str, **attributes):
    fields, body = copy.deepcopy(ENTRIES[relative])
    fields["attributes"].update(attributes)
    return fields, body


def test_a_typed_pack_loads_and_compares_on_its_short_values(typed, home):
    pack = load_pack(typed)
    assert [a.choices for a in pack.attributes if a.type == "choice"] == [("earmarked", "unearmarked")]
    with Store(home, bundled=[typed]) as store:
        rows = {row.key: row for _, row in store.compare(["alpha", "beta"]).rows()}
    assert rows["funding"].cells[0].short.text == "unearmarked" and rows["funding"].cells[1].short is None
    assert rows["funding"].difference == "wording", "beta gives no short value: its text is read"
    assert rows["scale"].cells[0].headline == "GBP 2 million, a year"


@pytest.mark.parametrize("declaration, message", [
    ({"type": "choice"}, "an attribute of type choice needs a list of at least two choices"),
    ({"type": "choice", "choices": ["yes"]}, "an attribute of type choice needs a list of at least two choices"),
    ({"type": "choice", "choices": ["Yes", "yes"]}, "lists a choice twice"),
    ({"type": "text", "choices": ["a", "b"]}, "only an attribute of type choice has choices"),
    ({"type": "money"}, "must be one of: text, list, number, year, amount, choice"),
])
def test_bad_declarations_name_the_attribute(packs, declaration, message):
    attributes = copy.deepcopy(PACK_YAML["attributes"])
    attributes[0].update(declaration)
    folder = packs.write(pack={"attributes": attributes})
    problems = [p for p in problems_of(folder) if p.file == "pack.yaml"]
    assert any(message in p.message and p.field.startswith("attributes.0") for p in problems), problems


@pytest.mark.parametrize("value, field, message", [
    ({"value": "Mixed", "compare": "mixed"}, "attributes.funding.compare",
     "must be one of the attribute's choices: earmarked, unearmarked (found 'mixed')"),
    ({"value": "Mixed", "comapre": "earmarked"}, "attributes.funding.comapre", "unknown field (did you mean compare?)"),
    ({"not_documented": True, "compare": "earmarked"}, "attributes.funding",
     "has both a compare value and not_documented: true; keep one"),
])
def test_bad_choice_values(typed, value, field, message):
    edit_entry(typed, "models/beta.md", attributes=alpha_attributes(funding={**value, "sources": SOURCES}
                                                                     if "not_documented" not in value else value,
                                                                     scale={"not_documented": True}))
    assert the_problem(problems_of(typed), "models/beta.md", field).message.startswith(message)


@pytest.mark.parametrize("compare, field, message", [
    ({"amount": "2 million", "currency": "GBP", "period": "a year"}, "scale.compare.amount", "must be a number above zero"),
    ({"amount": 2000000, "currency": "£", "period": "a year"}, "scale.compare.currency", "must be a three-letter ISO 4217 code"),
    ({"amount": 2000000, "currency": "GBP"}, "scale.compare.period", "must be non-empty text"),
    ({"amount": 2000000, "currency": "GBP", "period": "a year", "per": "member"}, "scale.compare.per", "unknown field"),
    ({"amount": 2000000, "currency": "GBP", "period": "a year", "at_least": "yes"}, "scale.compare.at_least", "must be true or false"),
    ("GBP 2 million", "scale.compare", "must be {amount: NUMBER, currency: ISO CODE, period: TEXT}"),
])
def test_bad_amounts(typed, compare, field, message):
    edit_entry(typed, "models/beta.md",
               attributes=alpha_attributes(scale={"value": "Some money", "compare": compare, "sources": SOURCES}))
    assert the_problem(problems_of(typed), "models/beta.md", f"attributes.{field}").message.startswith(message)


def test_a_compare_value_on_a_text_attribute_says_how_to_type_it(packs):
    folder = packs.write()
    edit_entry(folder, "models/alpha.md", attributes=alpha_attributes(
        funding={"value": "Unearmarked grant", "compare": "unearmarked", "sources": SOURCES}))
    problem = the_problem(problems_of(folder), "models/alpha.md", "attributes.funding.compare")
    assert "attribute 'funding' is text, which is read, not compared" in problem.message
    assert "number, year, amount, choice" in problem.message


@pytest.mark.parametrize("compare", ["about 1999", "by 1995", 2001])
def test_years_take_one_qualifier(packs, compare):
    folder = packs.write()
    edit_entry(folder, "models/alpha.md", attributes=alpha_attributes(
        start_year={"value": "Around the turn of the century", "compare": compare, "sources": SOURCES}))
    assert load_pack(folder)


def test_models_are_found_by_the_year_they_began(store):
    """A model without a `year` of its own is found by year: through its year attribute ("by 1965" is 1965)."""
    assert [hit.uid for hit in store.search("kind:model year:1965").hits] == ["working-in-partnership/auxiliary-role"]
    found = {hit.uid.split("/")[1] for hit in store.search("kind:model year:1995..1999").hits}
    assert found == {"movement-component-partnerships", "icrc-donor-support-group", "dfid-ifrc", "dfid-icrc"}
