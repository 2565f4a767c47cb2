"""Printing helpers shared by the subcommands: terminal width, wrapping, safe text, times."""
from __future__ import annotations

import json
import os
import shutil
import sys
import textwrap
import unicodedata
from datetime import datetime
from typing import Any

from db.search.results import MARK_CLOSE, MARK_OPEN, Hit

# Used when the output is not a terminal and $COLUMNS is not set.
DEFAULT_WIDTH = 100
_KEEP = "\n\t"


def use_color(stream=None) -> bool:
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def terminal_width() -> int:
    """The terminal's width ($COLUMNS when set), never so narrow that text becomes a column of words."""
    return max(40, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)


def clean(text: str, keep: str = _KEEP) -> str:
    """`text` without control characters, so a note or a pack cannot send escape sequences to the terminal."""
    return "".join(ch for ch in text if ch in keep or unicodedata.category(ch) != "Cc")


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def highlighted(hit: Hit) -> str:
    """The snippet with its matched words marked: reverse video on a terminal, **bold** otherwise."""
    snippet = clean(hit.snippet, keep=_KEEP + MARK_OPEN + MARK_CLOSE)
    open_mark, close_mark = ("\x1b[1;7m", "\x1b[0m") if use_color() else ("**", "**")
    return snippet.replace(MARK_OPEN, open_mark).replace(MARK_CLOSE, close_mark)


def wrap(text: str, indent: str = "    ", width: int | None = None, *, hanging: str | None = None) -> str:
    """One paragraph, re-flowed to the terminal; `hanging` indents the lines after the first (list items)."""
    return "\n".join(textwrap.wrap(" ".join(text.split()), width=width or terminal_width(), initial_indent=indent,
                                   subsequent_indent=indent if hanging is None else hanging,
                                   break_long_words=False, break_on_hyphens=False))


def local_time(stamp: str | None, *, seconds: bool = False) -> str:
    """A stored UTC timestamp in the reader's time zone, e.g. '12 Mar 2025 14:05'."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%d %b %Y %H:%M:%S" if seconds else "%d %b %Y %H:%M")


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def error(message: str) -> None:
    print(f"partnership-atlas: {clean(message)}", file=sys.stderr)
