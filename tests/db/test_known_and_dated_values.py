"""Values a comparison can trust: "not applicable" apart from "not documented", the year a value holds
for, and what holds for every model said once beside the attribute instead of in each cell."""
from __future__ import annotations

import copy
import csv
import io
import json

import pytest

from db import Store
from db.compare.render import render
from db.packs.loader import load_pack
from db.reference.attributes import INAPPLICABLE, UNDOCUMENTED
from tests.db.test_pack_validation import alpha_attributes, edit_entry, problems_of, the_problem
from tests.packfactory import ENTRIES, PACK_YAML

SOURCES = [{"source": "src-a", "locator": "p. 2"}]
NOTE = {"text": "Every partner keeps its independence.", "sources": [{"source": "src-a", "locator": "p. 9"}]}


def _model(relative: str, **attributes):
    fields, body = copy.deepcopy(ENTRIES[relative])
    fields["attributes"].update(attributes)
    return fields, body


@pytest.fixture
def pack(packs):
    """alpha's funding is dated 2011; beta's does not apply; the year attribute carries a note."""
    attributes = copy.deepcopy(PACK_YAML["attributes"])
    year = next(a for a in attributes if a.get("key") == "start_year")
    year["note"] = NOTE
    entries = {
        "models/alpha.md": _model("models/alpha.md", funding={"value": "Unearmarked grant", "as_of": 2011, "sources": SOURCES}),
        "models/beta.md": _model("models/beta.md", funding={"not_applicable": "Beta gives no money"}),
    }
    return packs.write(pack={"attributes": attributes}, entries=entries)


def test_not_applicable_is_known_and_differs_from_a_value(pack, home):
    with Store(home, bundled=[pack]) as store:
        comparison = store.compare(["alpha", "beta"])
    rows = {row.key: row for _, row in comparison.rows()}
    alpha, beta = rows["funding"].cells
    assert beta.state == INAPPLICABLE and not beta.documented and beta.known
    assert beta.text == "not applicable: Beta gives no money"
    assert rows["funding"].difference == "wording"
    assert alpha.as_of == "2011" and beta.as_of == ""


def test_a_row_only_inapplicable_is_shown_not_folded(packs, home):
    entries = {name: _model(name, funding={"not_applicable": True}) for name in ("models/alpha.md", "models/beta.md")}
    folder = packs.write(entries=entries)
    with Store(home, bundled=[folder]) as store:
        comparison = store.compare(["alpha", "beta"])
    funding = next(row for _, row in comparison.rows() if row.key == "funding")
    assert [cell.text for cell in funding.cells] == ["not applicable"] * 2 and funding.difference is None
    assert "funding" not in {row.key for row in comparison.undocumented()}


def test_exports_carry_the_year_the_note_and_the_state(pack, home):
    with Store(home, bundled=[pack]) as store:
        comparison = store.compare(["alpha", "beta"])
    text = render(comparison, "text", width=160)
    assert "Unearmarked grant (as of 2011)" in text
    assert "For all models: Every partner keeps its independence. [1]" in " ".join(text.split())
    assert "[1] Source A" in text, "the note's source is listed with the cells' sources"
    markdown = render(comparison, "md")
    assert "*Year it began* — For all models: Every partner keeps its independence." in markdown
    table = list(csv.reader(io.StringIO(render(comparison, "csv").removeprefix("\ufeff"))))
    year = next(row for row in table if row[1] == "start_year")
    assert year[4] == NOTE["text"]
    cells = {row["key"]: row for group in json.loads(render(comparison, "json"))["groups"] for row in group["rows"]}
    assert cells["funding"]["cells"][1]["state"] == INAPPLICABLE and cells["funding"]["cells"][0]["as_of"] == "2011"
    assert cells["start_year"]["note"]["sources"][0]["locator"] == "p. 9"


def test_undocumented_stays_apart_from_inapplicable(pack, home):
    edit_entry(pack, "models/beta.md", attributes=alpha_attributes(funding={"not_documented": True}))
    with Store(home, bundled=[pack]) as store:
        funding = next(row for row in store.compare(["alpha", "beta"]).groups[0].rows if row.key == "funding")
    assert funding.cells[1].state == UNDOCUMENTED and funding.difference is None


@pytest.mark.parametrize("value, field, message", [
    ({"not_applicable": True, "not_documented": True}, "attributes.funding", "has not_documented and not_applicable; keep one"),
    ({"value": "Grant", "not_applicable": True, "sources": SOURCES}, "attributes.funding", "has value and not_applicable; keep one"),
    ({"not_applicable": ""}, "attributes.funding.not_applicable", "must be true, or the reason"),
    ({"not_documented": "yes"}, "attributes.funding.not_documented", "must be true"),
    ({"not_documented": True, "sources": SOURCES}, "attributes.funding.sources", "what no source documents cites none"),
    ({"not_applicable": True, "as_of": 2011}, "attributes.funding", "has both an as_of year and not_applicable: true; keep one"),
    ({"value": "Grant", "as_of": "lately", "sources": SOURCES}, "attributes.funding.as_of", "must be a year such as 1999"),
    ({"not_applicable": True, "sources": [{"source": "nowhere"}]}, "attributes.funding.sources.0.source",
     "links to 'nowhere', but no source has that id"),
])
def test_bad_states_name_the_field(packs, value, field, message):
    folder = packs.write()
    edit_entry(folder, "models/alpha.md", attributes=alpha_attributes(funding=value))
    assert message in the_problem(problems_of(folder), "models/alpha.md", field).message


@pytest.mark.parametrize("note, field, message", [
    ("Independence first", "attributes.0.note", "must be {text: ..., sources: [...]}"),
    ({"text": "Independence first"}, "attributes.0.note.sources", "must be a list of citations"),
    ({"text": "Independence first", "sources": [{"source": "src-z"}]}, "attributes.0.note.sources.0.source",
     "cites 'src-z', but no source has that id"),
    ({"text": "Independence first", "sources": SOURCES, "source": "src-a"}, "attributes.0.note.source", "unknown field"),
])
def test_bad_notes_name_the_field(packs, note, field, message):
    attributes = copy.deepcopy(PACK_YAML["attributes"])
    attributes[0]["note"] = note
    folder = packs.write(pack={"attributes": attributes})
    problems = [p for p in problems_of(folder) if p.file == "pack.yaml" and p.field == field]
    assert len(problems) == 1 and message in problems[0].message, problems_of(folder)


def test_a_valid_note_loads(pack):
    year = next(a for a in load_pack(pack).attributes if a.key == "start_year")
    assert year.note == NOTE["text"] and year.note_sources == (("src-a", "p. 9"),)
