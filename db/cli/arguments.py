"""Argument parsing pieces: the parser class, help layout, and checks with clear messages."""
from __future__ import annotations

import argparse
import difflib
import textwrap

from db.errors import AtlasError
from db.search.textfold import fold

MAX_LIMIT = 1000


class HelpFormatter(argparse.HelpFormatter):
    """Wraps prose paragraphs to the terminal; keeps paragraphs with indented lines (examples) as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        blocks = []
        for paragraph in text.split("\n\n"):
            lines = paragraph.splitlines()
            if any(line.startswith(" ") for line in lines):
                blocks.append("\n".join(indent + line for line in lines))
            else:
                blocks.append(textwrap.fill(" ".join(paragraph.split()), width, initial_indent=indent, subsequent_indent=indent))
        return "\n\n".join(blocks)


    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if isinstance(action, argparse._SubParsersAction) and action.help is not argparse.SUPPRESS:
            # argparse measures subcommand names one indent short of where it prints them, so a
            # long name such as 'restore-revision' would push its help onto the next line.
            longest = max((len(name) for name in action.choices), default=0)
            self._action_max_length = max(self._action_max_length, longest + self._current_indent + 2 * self._indent_increment)


class AtlasParser(argparse.ArgumentParser):
    """Every parser and subparser (add_subparsers reuses this class) lays out help the same way."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        # One line, like every other error, instead of argparse's usage block first.
        self.exit(2, f"{self.prog}: {message} (see: {self.prog} --help)\n")


def result_limit(text: str) -> int:
    """argparse type for --limit: a whole number from 1 to MAX_LIMIT."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number; give a number from 1 to {MAX_LIMIT}") from None
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"{text} is out of range; give a number from 1 to {MAX_LIMIT}")
    return value


def closest_first(wanted: str, choices: list[str]) -> list[str]:
    folded = fold(wanted)
    return sorted(choices, key=lambda choice: (-difflib.SequenceMatcher(None, folded, fold(choice)).ratio(), choice))


def check_choices(option: str, wanted: list[str], choices: dict[str, list[str]]) -> None:
    """Refuse a value that names none of `choices` (each maps a value to its other accepted names)."""
    accepted = {fold(name) for value, names in choices.items() for name in (value, *names)}
    for value in wanted:
        if fold(value.strip()) not in accepted:
            listed = ", ".join(closest_first(value, list(choices))) or "none"
            raise AtlasError(f"{option}: there is no '{value}'. Choose one of (closest first): {listed}.")
