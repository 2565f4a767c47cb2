"""A pack in several languages: `ID.LANG.md` beside each original, checked to say the same thing in
other words (same sources, links, attribute keys and figures), and the entries a language lacks."""
from __future__ import annotations

import copy

import pytest
import yaml

from db.packs.loader import load_pack
from tests.db.test_pack_tooling import cli
from tests.db.test_pack_validation import problems_of
from tests.packfactory import ENTRIES, PACK_YAML

LESSON = "lessons/keep-trust.md"


def french(relative: str, **changes):
    """The factory entry at `relative`, its words in French, with `changes` to its fields."""
    fields, body = copy.deepcopy(ENTRIES[relative])
    fields["title"] = "En français : " + fields["title"]
    fields.update(changes)
    return fields, "Traduction. " + body


def write(folder, relative: str, entry) -> None:
    fields, body = entry
    (folder / relative).write_text(f"---\n{yaml.safe_dump(fields, allow_unicode=True)}---\n{body}\n", encoding="utf-8")


@pytest.fixture
def bilingual(packs):
    folder = packs.write(pack={"languages": ["en", "fr"]})
    write(folder, LESSON.replace(".md", ".fr.md"), french(LESSON))
    return folder


def test_a_translation_attaches_to_its_original(bilingual):
    pack = load_pack(bilingual)
    assert pack.languages == ["en", "fr"]
    lesson = pack.entry("keep-trust")
    assert lesson.translations["fr"].title.startswith("En français") and not pack.entry("keep-trust").title.startswith("En")
    assert {entry.id for entry in pack.entries} == {entry.id for entry in load_pack(bilingual).entries}, "not an entry of its own"


@pytest.mark.parametrize("change, message", [
    ({"sources": [{"source": "src-a", "locator": "p. 4"}, {"source": "src-a", "locator": "préface"}]}, "'sources' differs"),
    ({"themes": []}, "'themes' differs"),
    ({"statement": "La confiance grandit en 2012."}, "its figures differ from the original's: it adds 2012"),
    ({"id": "confiance"}, "a translation keeps its original's id, 'keep-trust'"),
])
def test_a_translation_that_says_something_else_is_reported(bilingual, change, message):
    original = yaml.safe_load((bilingual / LESSON).read_text(encoding="utf-8").split("---")[1])
    entry = french(LESSON, **change)
    if "statement" in change:
        entry[0]["statement"] = change["statement"] + " " + original["statement"]
    write(bilingual, LESSON.replace(".md", ".fr.md"), entry)
    found = [p for p in problems_of(bilingual) if p.file == "lessons/keep-trust.fr.md"]
    assert len(found) == 1 and message in found[0].message, found


def test_a_model_translation_keeps_attribute_states_and_compare_values(packs):
    folder = packs.write(pack={"languages": ["en", "fr"]})
    fields, body = french("models/alpha.md")
    fields["attributes"]["funding"] = {"not_documented": True}
    write(folder, "models/alpha.fr.md", (fields, body))
    problem = next(p for p in problems_of(folder) if p.file == "models/alpha.fr.md")
    assert "'attributes' differs" in problem.message


@pytest.mark.parametrize("name, message", [
    ("lessons/keep-trust.de.md", "is in 'de', which pack.yaml's languages do not list (other languages: fr)"),
    ("lessons/nowhere.fr.md", "translates 'nowhere', but there is no lesson nowhere.md to translate"),
])
def test_a_translation_needs_a_declared_language_and_an_original(bilingual, name, message):
    write(bilingual, name, french(LESSON))
    assert any(p.file == name and message in p.message for p in problems_of(bilingual)), problems_of(bilingual)


def test_pack_languages_must_hold_its_own(packs):
    folder = packs.write(pack={"languages": ["fr"]})
    assert any(p.field == "languages" and "must include the pack's own language, en" in p.message for p in problems_of(folder))


def test_a_translated_pack_yaml_names_the_same_attributes(bilingual):
    labels = [{"key": a["key"], "label": f"{a['label']} (fr)"} for a in PACK_YAML["attributes"]]
    (bilingual / "pack.fr.yaml").write_text(yaml.safe_dump({"title": "Module d'essai", "attributes": labels}), encoding="utf-8")
    assert load_pack(bilingual).translated_meta["fr"]["title"] == "Module d'essai"
    (bilingual / "pack.fr.yaml").write_text(yaml.safe_dump({"title": "x", "attributes": labels[:1], "licence": "y"}),
                                            encoding="utf-8")
    found = {p.field: p.message for p in problems_of(bilingual) if p.file == "pack.fr.yaml"}
    assert "must list the attributes of pack.yaml" in found["attributes"] and "unknown field" in found["licence"]


def test_validate_says_which_entries_a_language_lacks(bilingual, capsys):
    code, out, _ = cli(capsys, "pack", "validate", bilingual)
    total = len(load_pack(bilingual).entries)
    assert code == 0 and f"fr: 1 of {total} entries translated; not yet: " in out and "keep-trust" not in out.split("not yet:")[1]


def test_the_store_shows_an_entry_in_a_language_it_has_and_finds_it_by_its_words(bilingual, home):
    from db import Store

    with Store(home, bundled=[bilingual]) as store:
        french = store.entry("keep-trust", language="fr")
        assert (french.language, french.languages) == ("fr", ("en", "fr")) and french.title.startswith("En français")
        assert french.markdown.startswith("Traduction.")
        other = store.entry("keep-trust", language="es")
        assert other.language == "en" and not other.title.startswith("En français"), "no Spanish: the original"
        assert store.entry("alpha", language="fr").languages == ("en",)
        assert [hit.uid for hit in store.search("traduction").hits] == ["test-pack/keep-trust"], "found by its French words"
        english = store.search("regular dialogue").hits[0]
        assert "Traduction" not in english.snippet, "an English search shows the English words"
        assert [hit.uid for hit in store.search("language:fr").hits] == ["test-pack/keep-trust"]


def test_lists_and_results_are_titled_in_the_language_asked(bilingual, home):
    from db import Store

    with Store(home, bundled=[bilingual]) as store:
        english = {entry.uid: entry.title for entry in store.entries_page("lesson")}
        french = {entry.uid: entry.title for entry in store.entries_page("lesson", language="fr")}
        assert list(french) == list(english), "the same entries in the same order"
        assert french["test-pack/keep-trust"].startswith("En français") and not english["test-pack/keep-trust"].startswith("En")
        assert store.entry_summaries(["test-pack/keep-trust"], "fr")["test-pack/keep-trust"].title.startswith("En français")
        hit = store.search("regular dialogue", language="fr").hits[0]
        assert hit.uid == "test-pack/keep-trust" and hit.title.startswith("En français")
        assert not store.search("regular dialogue").hits[0].title.startswith("En français")


def test_lists_in_a_language_follow_its_titles_and_positions_agree(store):
    french = store.entries_page("lesson", language="fr")
    titles = [entry.title for entry in french]
    assert titles == sorted(titles, key=str.casefold) and titles != [e.title for e in store.entries_page("lesson")]
    for row, entry in enumerate(french):
        assert store.entry_position(entry.uid, language="fr") == ("lesson", row)
    assert [entry.uid for entry in store.entries_page("lesson", offset=3, limit=2, language="fr")] == [e.uid for e in french[3:5]]


def test_only_a_choice_attribute_has_its_choices_translated(bilingual):
    choices = [{"key": "funding", "label": "Financement", "choices": {"earmarked": "affecté"}}]
    (bilingual / "pack.fr.yaml").write_text(yaml.safe_dump({"title": "Module", "attributes": choices}), encoding="utf-8")
    found = {p.field: p.message for p in problems_of(bilingual) if p.file == "pack.fr.yaml"}
    assert "only an attribute of type choice has choices" in found["attributes.0.choices"], "funding is text in the factory"


def test_the_bundled_comparison_shows_choices_in_french(store):
    english = {row.key: row for _, row in store.compare(["dfid-ifrc", "icrc-donor-support-group"]).rows()}
    french = {row.key: row for _, row in store.compare(["dfid-ifrc", "icrc-donor-support-group"], "fr").rows()}
    assert english["relationship_type"].cells[0].short.text == "bilateral donor partnership"
    assert french["relationship_type"].cells[0].short.text == "partenariat bilatéral avec un donateur"
    assert french["relationship_type"].difference == english["relationship_type"].difference == "values", "compared as before"


def test_translated_choices_must_be_declared_ones(packs):
    from tests.db.test_typed_attributes import TYPED

    typed = packs.write(pack={"attributes": TYPED, "languages": ["en", "fr"]})
    labels = [{"key": a["key"], "label": a["label"]} for a in TYPED]
    labels[0]["choices"] = {"earmarked": "affecté", "pooled": "mis en commun"}
    (typed / "pack.fr.yaml").write_text(yaml.safe_dump({"title": "Module", "attributes": labels}, allow_unicode=True), encoding="utf-8")
    found = {p.field: p.message for p in problems_of(typed) if p.file == "pack.fr.yaml"}
    assert "pack.yaml declares no choice 'pooled'" in found["attributes.0.choices"]
