"""Search in each language of the packs: the French of the bundled pack with or without accents and in
other word forms; Arabic as its readers search it, with or without vowel marks, any form of alef, taa
marbuta typed as haa, a stretched word, and other forms through Snowball's Arabic stemmer."""
from __future__ import annotations

import pytest

from db import Store
from db.search.textfold import arabic_words, fold

BODY = "تُعَدُّ الشَّراكةُ مع الحكومة أساسيّة. قدّم أحمد تقريراً عن الاستقلالية، وكتـــاب الدروس المستفادة."


@pytest.fixture
def arabic(packs, home):
    entries = {"lessons/arabic.md": ({"id": "arabic", "title": "الشراكة مع الحكومة", "type": "lesson",
                                      "statement": "الاستقلالية شرط أساسي.", "recommendation": "اتفقوا على المجالات مسبقاً.",
                                      "themes": ["trust"], "sources": [{"source": "src-a", "locator": "ص 4"}]}, BODY)}
    folder = packs.write(pack={"language": "ar"}, entries=entries)
    with Store(home, bundled=[folder]) as store:
        yield store


def test_folding_takes_what_arabic_readers_take_as_one():
    assert fold("الشَّراكةُ") == fold("الشراكه") == "الشراكه"
    assert fold("أحمد") == fold("إحمد") == fold("آحمد") == fold("احمد")
    assert fold("كتـــاب") == "كتاب" and fold("مستشفى") == "مستشفي"
    assert arabic_words("Partnership, الشَّراكة and أحمد") == "الشراكه احمد" and arabic_words("no Arabic") == ""


@pytest.mark.parametrize("query", ["الشراكة", "الشَّراكة", "الشراكه", "احمد", "أحمد", "كتاب", "كتـاب", "الاستقلاليه"])
def test_an_arabic_entry_is_found_however_the_word_is_written(arabic, query):
    assert [hit.uid for hit in arabic.search(query).hits] == ["test-pack/arabic"], query


def test_other_forms_of_an_arabic_word_through_its_stemmer(arabic):
    assert arabic.reference.execute("SELECT count(*) FROM stems WHERE language = 'ar'").fetchone()[0] > 0
    assert [hit.uid for hit in arabic.search("شراكة").hits] == ["test-pack/arabic"], "without the article"


@pytest.mark.parametrize("query", ["indépendance", "independance", "partenariats", "conclusions de l’atelier"])
def test_french_words_find_the_french_entries_with_or_without_accents(store, query):
    results = store.search(query)
    assert results.total >= 2 and results.showing is None, "found as typed, not corrected into English"
    first = fold(query.split()[0])[:8]
    assert any(first in fold(hit.snippet) for hit in results.hits), "the snippet shows the French words found"


@pytest.mark.parametrize("typed, language, corrected", [
    ("enseignemnts", "fr", "enseignements"), ("indepence", "fr", "independance"), ("indepence", None, "independence"),
    ("indepence", "en", "independence"),
])
def test_a_typo_is_corrected_into_the_windows_language(store, typed, language, corrected):
    assert store.search(typed, language=language).showing == corrected


def test_a_french_word_the_packs_lack_is_not_turned_into_an_english_one(store):
    assert store.search("tirés", language="fr").showing is None
