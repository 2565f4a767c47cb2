"""The bundled 'Working in partnership' pack covers what the 1999 workshop discussed."""
from __future__ import annotations

import pytest

from db.files.resources import CONTENT_DIR
from db.packs.loader import load_pack

PACK = CONTENT_DIR / "working-in-partnership"


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK)


def of_kind(pack, kind):
    return {e.id: e for e in pack.entries if e.kind == kind}


def test_the_six_models_of_1999(pack):
    assert set(of_kind(pack, "model")) == {
        "dfid-ifrc", "dfid-icrc", "tripartite-pilot-project", "icrc-donor-support-group", "auxiliary-role",
        "movement-component-partnerships",
    }


def test_every_model_has_a_cited_or_undocumented_value_for_every_attribute(pack):
    assert len(pack.attributes) >= 8
    for model in of_kind(pack, "model").values():
        values = model.fields["attributes"]
        assert set(values) == {a.key for a in pack.attributes}, model.id
        for key, value in values.items():
            assert value.get("not_documented") is True or value.get("sources"), (model.id, key)


def test_facts_marked_not_established_stay_undocumented(pack):
    pilot = of_kind(pack, "model")["tripartite-pilot-project"]
    assert all(v.get("not_documented") for v in pilot.fields["attributes"].values())
    assert "nigerian-red-cross" not in {p["actor"] for p in pilot.fields["parties"]}


def test_lessons_have_every_part(pack):
    lessons = of_kind(pack, "lesson")
    assert len(lessons) >= 12
    for lesson in lessons.values():
        assert lesson.fields["statement"] and lesson.fields["recommendation"] and lesson.body
        assert lesson.fields["themes"] and lesson.fields["sources"]
        assert {link.rel for link in lesson.links} >= {"theme", "cites"}


def test_four_guiding_questions_each_answered_by_lessons(pack):
    questions = of_kind(pack, "question")
    assert sorted(q.fields["number"] for q in questions.values()) == [1, 2, 3, 4]
    assert all(len(q.fields["lessons"]) >= 2 for q in questions.values())


def test_themes_actors_and_sources(pack):
    assert len(of_kind(pack, "theme")) >= 6
    actors = of_kind(pack, "actor")
    assert {"british-red-cross", "dfid", "nigerian-red-cross", "ifrc", "icrc"} <= set(actors)
    sources = of_kind(pack, "source")
    assert {f"s{n}" for n in range(1, 11)} <= set(sources)
    related = [s for s in sources.values() if s.fields["relation"] == "related"]
    assert len(related) == 10
