"""A message of the data layer is its English text and remembers how it was made, for the window to translate."""
from __future__ import annotations

import copy
import pickle

from db.errors import StoreWriteError
from db.phrases import Phrase, joined, phrase


def test_a_phrase_is_its_english_text_with_its_template_and_values_kept():
    said = phrase("{path}: cannot be read ({reason}).", path="lessons.csv", reason="permission denied")
    assert said == "lessons.csv: cannot be read (permission denied)." and isinstance(said, str)
    assert said.template == "{path}: cannot be read ({reason})." and said.values["reason"] == "permission denied"


def test_a_count_picks_the_english_plural_in_the_template_not_in_the_values():
    assert phrase("%n row(s) skipped in {path}", None, 1, path="a(s).csv") == "1 row skipped in a(s).csv"
    assert phrase("%n row(s) skipped in {path}", None, 3, path="a(s).csv") == "3 rows skipped in a(s).csv"


def test_joined_messages_keep_each_part_translatable():
    first, second = phrase("one {x}", x="{1}"), phrase("two")
    both = joined([first, second], "; ")
    assert both == "one {1}; two" and list(both.values.values()) == [first, second]
    assert isinstance(list(both.values.values())[0], Phrase)


def test_a_copied_or_pickled_phrase_keeps_its_template():
    said = phrase("{a} {{literal}}", a="x")
    for again in (copy.copy(said), copy.deepcopy(said), pickle.loads(pickle.dumps(said))):
        assert again == "x {literal}" and again.template == "{a} {{literal}}" and again.values == {"a": "x"}


def test_an_error_keeps_its_phrase_for_the_window():
    error = StoreWriteError("notes.sqlite", phrase("the disk is full"))
    assert str(error).startswith("Could not save to notes.sqlite: the disk is full.")
    assert isinstance(error.args[0], Phrase) and error.args[0].values["reason"].template == "the disk is full"
