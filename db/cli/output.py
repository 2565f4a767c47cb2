"""Printing helpers shared by the subcommands."""
from __future__ import annotations

import json
import os
import sys
import textwrap
from typing import Any

from db.search.results import Hit


def use_color(stream=None) -> bool:
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def highlighted(hit: Hit) -> str:
    if use_color():
        return hit.snippet_as("\x1b[1;7m", "\x1b[0m")
    return hit.snippet_as("**", "**")


def wrap(text: str, indent: str = "    ", width: int = 100) -> str:
    return "\n".join(textwrap.wrap(" ".join(text.split()), width=width, initial_indent=indent, subsequent_indent=indent))


def error(message: str) -> None:
    print(f"partnership-atlas: {message}", file=sys.stderr)
