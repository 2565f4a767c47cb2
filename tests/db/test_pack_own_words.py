"""The bundled pack says what its sources say in its own words: no run of eight words is copied from
the 1999 workshop report or FACTS.md, outside the proper names and titles it must repeat."""
from __future__ import annotations

from db.files.resources import CONTENT_DIR
from tests.fixtures.source_wording import RUN_WORDS, run_hash, runs, source_run_hashes

PACK = CONTENT_DIR / "working-in-partnership"


def copied_runs(text: str, hashes: set[str]) -> list[str]:
    return [" ".join(run) for run in runs(text) if run_hash(run) in hashes]


def test_no_run_of_eight_words_is_copied_from_the_sources():
    hashes = source_run_hashes()
    copied = {path.relative_to(PACK).as_posix(): found
              for path in sorted(PACK.rglob("*.md")) + [PACK / "pack.yaml"]
              if (found := copied_runs(path.read_text(encoding="utf-8"), hashes))}
    assert copied == {}, f"runs of {RUN_WORDS} words copied from the sources: {copied}"


def test_the_check_finds_a_copied_run_and_spares_proper_names():
    hashes = source_run_hashes()
    report_sentence = "the need to be realistic about the inputs and resources needed to start up"
    assert copied_runs(f"Participants saw {report_sentence}.", hashes)
    assert not copied_runs("It asked for realism about what starting and keeping up a partnership costs.", hashes)
    title = "The SIrUS Project and reviewing the legality of new weapons"
    assert not copied_runs(f"A workshop called {title} met the same week.", hashes)
