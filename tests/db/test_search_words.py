"""Search reads a delegate's words: word forms, little words, the closest, typos, synonyms, linked names, titles first."""
from __future__ import annotations

import pytest

from db import Store
from db.search.results import MARK_OPEN
from db.packs.loader import validate_pack

PACK = "working-in-partnership"


def uids(results):
    return [hit.uid for hit in results.hits]


def entry(uid: str) -> str:
    return f"{PACK}/{uid}"


@pytest.fixture
def words_store(home, packs):
    """A pack whose lessons say one thing in several word forms, with synonyms declared."""
    folder = packs.write(
        pack={"synonyms": ["DFID = Department for International Development", ["NS", "National Society"],
                           "RC/RC = Red Cross and Red Crescent"]},
        entries={
            "lessons/exact.md": ({"id": "exact", "title": "Budgets", "type": "lesson", "statement": "Plan.", "recommendation": "Do.",
                                  "themes": ["trust"], "sources": [{"source": "src-a", "locator": "1"}]},
                                 "Efficiency matters when budgets are tight."),
            "lessons/forms.md": ({"id": "forms", "title": "Money", "type": "lesson", "statement": "Plan.", "recommendation": "Do.",
                                  "themes": ["trust"], "sources": [{"source": "src-a", "locator": "2"}]},
                                 "Work efficiently, and efficient work follows, efficiently done."),
            "lessons/dfid.md": ({"id": "dfid", "title": "A ministry's grant", "type": "lesson", "statement": "Plan.",
                                 "recommendation": "Do.", "themes": ["trust"], "sources": [{"source": "src-a", "locator": "3"}]},
                                "The Department for International Development funded the work."),
            "lessons/auxiliary.md": ({"id": "auxiliary", "title": "Auxiliary status", "type": "lesson", "statement": "Plan.",
                                    "recommendation": "Do.", "themes": ["trust"], "sources": [{"source": "src-a", "locator": "4"}]},
                                   "Each national society is auxiliary to its public authorities."),
        })
    with Store(home, bundled=[folder]) as opened:
        yield opened


def test_a_word_finds_its_other_forms_and_the_words_as_typed_come_first(words_store):
    found = uids(words_store.search("efficiency"))
    assert found[:2] == ["test-pack/exact", "test-pack/forms"]
    marks = words_store.search("efficiency").hits[1].snippet
    assert f"{MARK_OPEN}efficiently" in marks


def test_phrases_stay_exact_and_prefixes_keep_working(words_store):
    assert uids(words_store.search('"efficient work"')) == ["test-pack/forms"]
    assert uids(words_store.search('"efficiency work"')) == []
    assert set(uids(words_store.search("effic*"))) == {"test-pack/exact", "test-pack/forms"}


def test_exclusions_keep_their_meaning(words_store):
    assert "test-pack/forms" not in uids(words_store.search("efficiency -efficiently"))
    assert "test-pack/exact" in uids(words_store.search("efficiency -efficiently"))


def test_an_acronym_finds_what_it_stands_for_and_back(words_store):
    assert uids(words_store.search("DFID")) == ["test-pack/dfid"]
    assert "test-pack/auxiliary" in uids(words_store.search("NS auxiliary"))
    assert "test-pack/auxiliary" in uids(words_store.search("national societies"))


def test_little_words_never_make_a_query_fail(words_store, store):
    results = store.search("benefits for the most vulnerable")
    assert results.hits and set(results.dropped) == {"for", "the", "most"}
    assert store.search("the").hits  # a query of little words only searches for them


def test_when_no_entry_has_every_word_the_closest_come_best_first(store):
    results = store.search("vulnerable people zanzibar")
    assert results.closest and results.hits
    assert results.hits[0].uid == entry("vulnerable-people")
    exact = store.search("vulnerable people")
    assert not exact.closest


def test_a_typo_is_corrected_when_nothing_matches_and_the_words_as_typed_are_a_click_away(store):
    results = store.search("partnrship models")
    assert results.showing == "partnership models" and results.corrected_from == "partnrship models"
    assert results.hits and not results.closest
    literal = store.search("partnrship models", correct=False)
    assert literal.showing is None and literal.suggestion == "partnership models"
    assert store.search("indepence").showing == "independence"


def test_a_word_the_index_knows_is_never_corrected(store):
    results = store.search("donor")
    assert results.suggestion is None and results.showing is None


def test_the_title_that_holds_the_query_comes_first(store):
    assert uids(store.search("donor support group"))[0] == entry("icrc-donor-support-group")
    assert entry("icrc-donor-support-group") in uids(store.search("donor"))[:3]


def test_an_entry_is_found_by_the_names_of_its_themes_below_those_that_use_the_words(store):
    found = uids(store.search("managing expectations"))
    assert found[:2] == [entry("expectations"), entry("manage-stakeholder-expectations")]


def test_every_snippet_shows_a_matched_word(store):
    for query in ("donor", "efficiency", "independence", "auxiliary role", "managing expectations"):
        for hit in store.search(query).hits:
            assert MARK_OPEN in hit.snippet, (query, hit.uid, hit.snippet)


@pytest.mark.parametrize(("synonyms", "message"), [
    ("just text", "must be a list of groups"),
    (["IFRC"], "needs at least two different names"),
    (["IFRC = "], "has an empty name"),
    (["IFRC = Federation", "Federation = International Federation"], "'federation' is also in group 1"),
    ([{"a": "b"}], "must be names joined by ' = '"),
])
def test_pack_validate_checks_the_synonym_groups(packs, synonyms, message):
    problems = validate_pack(packs.write(pack={"synonyms": synonyms}))
    assert any(message in problem.message and problem.file == "pack.yaml" and problem.line for problem in problems), problems


def test_a_french_pack_is_stemmed_in_french_and_accents_fold(home, packs):
    folder = packs.write("pack-fr", pack={"id": "pack-fr", "language": "fr"}, entries={
        "lessons/partenariat.md": ({"id": "partenariat", "title": "Les partenariats durables", "type": "lesson",
                                    "statement": "Plan.", "recommendation": "Do.", "themes": ["trust"],
                                    "sources": [{"source": "src-a", "locator": "1"}]},
                                   "Un partenariat repose sur la coopération et l'indépendance des sociétés nationales."),
    })
    with Store(home, bundled=[folder]) as store:
        for query in ("partenariat", "partenariats", "cooperation", "indépendant", "independantes"):
            assert "pack-fr/partenariat" in uids(store.search(query)), query
        assert store.reference.execute("SELECT count(*) FROM stems WHERE language = 'fr'").fetchone()[0] > 0


@pytest.mark.parametrize(("typed", "corrected"), [
    ("indepence", "independence"), ("partnerhsip", "partnership"), ("fundng", "funding"), ("donr", "donor"),
    ("Sevilla", "seville"), ("harmonized", "harmonised"), ("comunication", "communication"),
])
def test_typos_of_every_kind_are_corrected(store, typed, corrected):
    assert store.search(typed).showing == corrected


@pytest.mark.parametrize("words", ["pooled funds", "cash transfers", "local actors", "capacity building", "pool", "cahs"])
def test_a_real_word_the_packs_lack_is_never_turned_into_another(store, words):
    """'pooled' is not 'looked', 'actors' not 'authors': results for another word would mislead."""
    results = store.search(words)
    assert results.showing is None and results.suggestion is None
