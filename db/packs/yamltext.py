"""YAML documents and Markdown front matter, with the line of each field kept for messages."""
from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from db.phrases import phrase

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Packs nest values six levels deep at most. Far deeper documents only exhaust the parser:
# libyaml composes nodes recursively in C, and a few thousand levels overflow a worker thread's
# stack and crash the process; Python code walking the values would recurse as deep.
MAX_NESTING = 50
_NESTING_MARKS = "[{-?:"  # every nested collection is opened by one of these characters
# Aliases (*name) may repeat values, but not inflate a document past this many times its
# length: ten lines of nested aliases can stand for gigabytes ("billion laughs").
MAX_ALIAS_GROWTH = 10
# A name YAML reads as a date (2001-01-01:) or as bytes (!!binary) cannot be stored as JSON:
# the values are walked for such names only when the text holds something like them (a time
# after the date is shorter than 40 characters).
_ODD_NAME = re.compile(r"\d{4}-\d\d?-\d\d?[^\n]{0,40}?:(?:\s|$)|!!binary")


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line

    @property
    def message(self) -> str:
        """The db.phrases.Phrase itself: str(error) would keep only its English."""
        return self.args[0]


def _too_deep(line: int | None) -> YamlSyntaxError:
    return YamlSyntaxError(phrase("values nested more than {most} levels deep", most=MAX_NESTING), line)


@dataclass
class LineMap:
    """Finds the line of a field path such as ("attributes", "funding", "value").

    The YAML is composed a second time only when a message needs a line, so valid files
    (almost all of them) are parsed once by the fast loader.
    """

    text: str
    first_line: int
    _lines: dict[tuple, int] | None = field(default=None, repr=False)

    def line(self, *path: Any) -> int:
        if self._lines is None:
            self._lines = {}
            try:
                node = yaml.compose(self.text, Loader=_Loader)
            except yaml.YAMLError:
                node = None  # JSON front matter that YAML cannot read (a key over 1024 characters)
            if node is not None:
                self._walk(node, ())
        for depth in range(len(path), 0, -1):
            found = self._lines.get(tuple(path[:depth]))
            if found is not None:
                return found
        return self.first_line

    def _walk(self, node: yaml.Node, path: tuple) -> None:
        self._lines[path] = node.start_mark.line + self.first_line
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = path + (key.value,)
                self._lines[child] = key.start_mark.line + self.first_line
                self._walk_value(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, path + (index,))

    def _walk_value(self, node: yaml.Node, path: tuple) -> None:
        line = self._lines[path]
        self._walk(node, path)
        self._lines[path] = line


def parse_yaml(text: str, *, first_line: int = 1) -> tuple[Any, LineMap]:
    """Parse one YAML document; raise YamlSyntaxError, with its line where known, for a syntax
    error, a value that cannot be built, or a document made to exhaust the parser."""
    try:
        _check_nesting(text, first_line)
        data = yaml.load(text, Loader=_Loader)
    except YamlSyntaxError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else None
        raise YamlSyntaxError(phrase("YAML syntax error: {problem}", problem=str(exc.problem or exc)), line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(phrase("YAML error: {reason}", reason=str(exc)), None) from None
    except (ValueError, TypeError, AttributeError, LookupError, OverflowError) as exc:
        # PyYAML's constructors fail this way on a value that looks like, or is tagged as, a type
        # it does not fit: the date 2001-02-30, the number 0x_, an empty !!int, !!bool x.
        if type(exc) is ValueError:
            raise YamlSyntaxError(phrase("a value cannot be read as the date, number or other type it looks like ({reason})",
                                         reason=str(exc)), None) from None
        raise YamlSyntaxError(phrase("a value cannot be read as the date, number or other type it looks like"), None) from None
    if "*" in text or _ODD_NAME.search(text):
        _check_values(data, len(text))
    return data, LineMap(text, first_line)


def _check_nesting(text: str, first_line: int) -> None:
    """Refuse a document nested deeper than MAX_NESTING before libyaml composes it."""
    if sum(map(text.count, _NESTING_MARKS)) <= MAX_NESTING:
        return
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    raise _too_deep(event.start_mark.line + first_line)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        # PyYAML 6.0.4 and later stop deep flow collections in the scanner, before any event:
        # the same refusal, said the same way whichever version is installed.
        if "nesting depth" not in str(exc):
            raise
        line = exc.problem_mark.line + first_line if exc.problem_mark else None
        raise _too_deep(line) from None


def _check_values(data: Any, text_length: int) -> None:
    """Refuse values nested too deep, aliases that contain themselves or inflate the document,
    and names that are not text, numbers or booleans; each shared value is measured once, so
    this never expands anything."""
    budget = MAX_ALIAS_GROWTH * max(text_length, 1000)
    measured: dict[int, tuple[int, int]] = {}  # id of a list or mapping -> (expanded size, depth)
    walking: set[int] = set()

    def measure(value: Any) -> tuple[int, int]:
        if not isinstance(value, (list, dict)):
            return (len(value) if isinstance(value, str) else 1), 0
        key = id(value)
        if key in measured:
            return measured[key]
        if key in walking:
            raise YamlSyntaxError(phrase("an alias (*name) refers to a value that contains it; write the values out"), None)
        walking.add(key)
        size, depth = 1, 1
        odd = next((name for name in value if isinstance(name, (datetime.date, bytes))), None) if isinstance(value, dict) else None
        if isinstance(odd, datetime.date):
            raise YamlSyntaxError(phrase("the name {name} reads as a date, not as text; put it in quotes", name=str(odd)), None)
        if odd is not None:
            raise YamlSyntaxError(phrase("the name {name} reads as binary data, not as text; put it in quotes", name=str(odd)),
                                  None)
        for child in [part for pair in value.items() for part in pair] if isinstance(value, dict) else value:
            child_size, child_depth = measure(child)
            size, depth = size + child_size, max(depth, child_depth + 1)
            if depth > MAX_NESTING:
                raise _too_deep(None)
            if size > budget:
                raise YamlSyntaxError(phrase("aliases (*name) repeat values into more than {most} characters; write the values "
                                             "out", most=budget), None)
        walking.discard(key)
        measured[key] = size, depth
        return size, depth

    try:
        measure(data)
    except RecursionError:
        raise _too_deep(None) from None


def parse_json_front(text: str) -> tuple[Any, LineMap]:
    """Front matter written as one JSON object (which is also YAML) parses far faster.

    Generated packs (spreadsheet imports, 100,000 lessons) use it; anything that is not valid
    JSON is read as YAML, which reports the line of a problem.
    """
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return parse_yaml(text, first_line=2)
    if text.count("[") + text.count("{") > MAX_NESTING:
        _check_values(data, len(text))
    return data, LineMap(text, 2)


@dataclass
class FrontMatterDocument:
    data: dict
    body: str
    lines: LineMap
    body_line: int


def split_front_matter(text: str) -> FrontMatterDocument:
    """Split `---` YAML front matter from the Markdown body that follows it."""
    text = text.removeprefix("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise YamlSyntaxError(phrase("the file must start with a '---' line opening the YAML front matter"), 1)
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            break
    else:
        raise YamlSyntaxError(phrase("the front matter is never closed by a second '---' line"), 1)
    front = "".join(lines[1:index])
    data, line_map = parse_json_front(front) if front.lstrip().startswith("{") else parse_yaml(front, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise YamlSyntaxError(phrase("the front matter must be a mapping of field: value"), 2)
    return FrontMatterDocument(data=data, body="".join(lines[index + 1 :]).strip(), lines=line_map, body_line=index + 2)
