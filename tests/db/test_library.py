"""Bookmarks, saved comparisons, facet values and re-anchoring highlighted passages."""
from __future__ import annotations

import pytest

from db import AtlasError, NotFoundError
from db.user.anchoring import locate, quote_at
from db.user.notes import TextQuote


def test_bookmarks_toggle_and_list_newest_first(store):
    store.set_bookmark("dfid-ifrc", True)
    store.set_bookmark("auxiliary-role", True)
    store.set_bookmark("dfid-ifrc", True)
    assert store.bookmarks() == ["working-in-partnership/auxiliary-role", "working-in-partnership/dfid-ifrc"]
    assert store.is_bookmarked("working-in-partnership/dfid-ifrc")
    store.set_bookmark("dfid-ifrc", False)
    assert store.bookmarks() == ["working-in-partnership/auxiliary-role"]


def test_saved_comparisons_keep_column_order_and_unique_names(store):
    saved = store.save_comparison("Donor models", ["icrc-donor-support-group", "dfid-ifrc"])
    assert saved.models == ("working-in-partnership/icrc-donor-support-group", "working-in-partnership/dfid-ifrc")
    with pytest.raises(AtlasError, match="already exists"):
        store.save_comparison("donor  models", ["dfid-ifrc", "dfid-icrc"])
    renamed = store.save_comparison("Donors, reordered", ["dfid-ifrc", "icrc-donor-support-group"], comparison_id=saved.id)
    assert [c.name for c in store.saved_comparisons()] == ["Donors, reordered"]
    assert renamed.models[0] == "working-in-partnership/dfid-ifrc"
    with pytest.raises(AtlasError):
        store.save_comparison("Bad", ["dfid-ifrc", "no-such-model"])
    store.delete_saved_comparison(saved.id)
    with pytest.raises(NotFoundError):
        store.saved_comparison(saved.id)


def test_facet_values_count_entries(store):
    themes = {f.value: f.count for f in store.facet_values("theme")}
    assert themes["independence"] >= 2
    kinds = {f.value: f.count for f in store.facet_values("kind")}
    assert kinds["model"] == 6


def test_quote_round_trip_finds_the_same_span():
    text = "Partners met often. Trust grew. Partners met often again later."
    start = text.index("Partners met often again")
    quote = quote_at(text, start, start + len("Partners met often"))
    assert locate(text, quote) == (start, start + len("Partners met often"))


def test_passage_reanchors_when_text_around_it_changes():
    quote = TextQuote("no single model", prefix="The workshop found ", suffix=" fits every case.")
    edited = "Intro added. The workshop clearly found that no single model fits every case. Also, no single model was tested."
    start, end = locate(edited, quote)
    assert edited[start:end] == "no single model" and start == edited.index("no single model")


def test_passage_survives_whitespace_and_case_changes_and_is_lost_when_deleted():
    quote = TextQuote("independence stays paramount")
    start, end = locate("For the Movement, Independence\nstays  paramount.", quote)
    assert start == 18
    assert locate("Nothing about it here.", quote) is None


def test_a_saved_comparison_is_found_by_id_prefix_or_name(store):
    saved = store.save_comparison("Donor models", ["icrc-donor-support-group", "dfid-ifrc"])
    assert store.find_saved_comparison("donor  MODELS").id == saved.id
    assert store.find_saved_comparison(saved.id[:6]).id == saved.id
    assert store.find_saved_comparison(saved.id).id == saved.id
    with pytest.raises(NotFoundError, match=r"Saved comparisons: Donor models \("):
        store.find_saved_comparison("Other")
