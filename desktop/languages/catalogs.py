"""The window's translation catalogues, for developers and translators.

    python -m desktop.languages.catalogs            update the .ts sources from the code, then compile them
    python -m desktop.languages.catalogs --check    exit 1 if a .ts is out of step with the code, or unfinished

The sources are Qt Linguist files, resources/translations/partnership_atlas_LANG.ts, made by
pyside6-lupdate from every `tr()` in desktop/ and every `phrase()` in db/ (no line numbers, so an edit elsewhere in a file does
not touch them; messages the code no longer has are dropped). English holds only the plural forms
("%n note(s)" as "1 note" and "2 notes"). Translate with Qt Linguist (`pyside6-linguist`) or any
.ts editor; the compiled .qm files beside them are what the window loads.
"""
from __future__ import annotations

import argparse
import string
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

import db
import desktop
from desktop.languages.choice import LANGUAGES, TRANSLATIONS_DIR

SOURCES_DIRS = (Path(desktop.__file__).parent, Path(db.__file__).parent)


def catalogue(language: str) -> Path:
    return TRANSLATIONS_DIR / f"partnership_atlas_{language}.ts"


def python_sources() -> list[str]:
    return sorted(str(path) for folder in SOURCES_DIRS for path in folder.rglob("*.py"))


def lupdate(target: Path, language: str) -> None:
    # db's messages are phrase() calls, which take tr()'s arguments (db.phrases)
    options = ["-locations", "none", "-no-obsolete", "-target-language", language, "-tr-function-alias", "tr+=phrase"]
    if language == "en":
        options.append("-pluralonly")
    subprocess.run(["pyside6-lupdate", *python_sources(), *options, "-ts", str(target)], check=True, capture_output=True)


def messages(path: Path) -> dict[tuple[str, str], bool]:
    """(context, source) → finished, for each message of a .ts file."""
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            found[(name, message.findtext("source") or "")] = kind not in ("unfinished", "vanished", "obsolete")
    return found


def problems(language: str) -> list[str]:
    """What keeps a catalogue from being complete: messages missing, vanished or unfinished."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.ts"
        lupdate(fresh, language)
        wanted = set(messages(fresh))
    have = messages(catalogue(language))
    found = [f"{language}: missing {source!r} ({context or 'no context'})" for context, source in sorted(wanted - set(have))]
    found += [f"{language}: no longer in the code {source!r}" for context, source in sorted(set(have) - wanted)]
    found += [f"{language}: unfinished {source!r}" for (context, source), done in sorted(have.items()) if not done]
    found += [f"{language}: {{values}} differ from the source's in {text!r}" for source, text in translations(catalogue(language))
              if placeholders(text) != placeholders(source)]
    return found


def translations(path: Path) -> list[tuple[str, str]]:
    """(source, translation) for each form of each finished message of a .ts file."""
    found = []
    for message in ElementTree.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        found += [(message.findtext("source") or "", form) for form in forms]
    return found


def placeholders(text: str) -> set[str]:
    """The {values} a message of db.phrases names (Python's format fields; "{{" is a brace)."""
    return {field for _, field, _, _ in string.Formatter().parse(text.replace("{{", "").replace("}}", "")) if field}


def compile_all() -> None:
    for language in LANGUAGES:
        source = catalogue(language)
        subprocess.run(["pyside6-lrelease", str(source), "-qm", str(source.with_suffix(".qm"))], check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report what is missing or unfinished; change nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = [problem for language in LANGUAGES for problem in problems(language)]
        print("\n".join(found) or "Every catalogue is complete.")
        return 1 if found else 0
    for language in LANGUAGES:
        lupdate(catalogue(language), language)
    compile_all()
    unfinished = {language: sum(not done for done in messages(catalogue(language)).values()) for language in LANGUAGES}
    print("Updated and compiled: " + ", ".join(f"{language} ({count} unfinished)" for language, count in unfinished.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
